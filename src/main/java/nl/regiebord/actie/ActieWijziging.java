package nl.regiebord.actie;

import java.time.LocalDate;
import nl.regiebord.api.Veldbeschrijving;
import nl.regiebord.modelplan.Fase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of PATCH /api/plannen/{planId}/acties/{actieId}, a JSON Merge Patch. Documents the fields for the
 * OpenAPI document only: the resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "JSON Merge Patch van een actie.")
public record ActieWijziging(
        @Schema(required = true, description = Veldbeschrijving.VERSIE) Long version,
        ActieStatus status,
        @Schema(description = Veldbeschrijving.VERANTWOORDELIJKE) String verantwoordelijke,
        @Schema(description = Veldbeschrijving.VERANTWOORDELIJKE_ID) Long verantwoordelijkeId,
        String toelichting,
        @Schema(description = "Een eigen deadline; null: terug naar de datum van het model.") LocalDate deadline,
        @Schema(description = "Alleen bij een eigen actie.") String actie,
        @Schema(description = "Alleen bij een eigen actie.") Fase fase) {
}
