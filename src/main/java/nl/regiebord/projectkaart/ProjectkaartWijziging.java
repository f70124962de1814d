package nl.regiebord.projectkaart;

import java.math.BigDecimal;
import java.util.List;
import nl.regiebord.api.Veldbeschrijving;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of PATCH /api/plannen/{planId}/projectkaarten/{kaartId}, a JSON Merge Patch. Documents the fields for
 * the OpenAPI document only: the resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "JSON Merge Patch van een projectkaart; mijlpalen wijzigen via /mijlpalen.")
public record ProjectkaartWijziging(
        @Schema(required = true, description = Veldbeschrijving.VERSIE) Long version,
        @Schema(description = "De sleutel van een thema van het model, zoals in /api/model.") String thema,
        String titel,
        @Schema(description = "De projectmanager: een naam; bij een lid van het plan liever projectmanagerId.")
        String projectmanager,
        @Schema(description = "Het gebruikersnummer van de projectmanager, een lid van het plan.")
        Long projectmanagerId,
        @Schema(description = "De projectleider: een naam; bij een lid van het plan liever projectleiderId.")
        String projectleider,
        @Schema(description = "Het gebruikersnummer van de projectleider, een lid van het plan.") Long projectleiderId,
        String aanleiding,
        String doel,
        String aanpak,
        String risicosEnVoorwaarden,
        String investering,
        String inzetten,
        String informeren,
        String verbeteren,
        String betrekken,
        String borgen,
        @Schema(description = "Aan welke SMART-criteria het doel voldoet.") List<Smart> smart,
        @Schema(description = "In euro, niet negatief.") BigDecimal investeringBedrag,
        @Schema(description = "Risico's van het plan.") List<Long> risicoIds,
        @Schema(description = "Acties van het thema.") List<Long> actieIds) {
}
