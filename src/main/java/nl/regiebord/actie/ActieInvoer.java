package nl.regiebord.actie;

import java.time.LocalDate;
import nl.regiebord.api.Veldbeschrijving;
import nl.regiebord.modelplan.Fase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /api/plannen/{planId}/acties: an action of the plan's own. Documents the fields for the
 * OpenAPI document only: the resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "Een eigen actie.")
public record ActieInvoer(
        @Schema(required = true, description = "De sleutel van een thema van het model, zoals in /api/model.")
        String thema,
        @Schema(description = "De sleutel van een onderdeel van het thema.") String onderdeel,
        @Schema(required = true) Fase fase,
        @Schema(required = true, description = "De tekst van de actie.") String actie,
        LocalDate deadline,
        @Schema(description = "Standaard open.") ActieStatus status,
        @Schema(description = Veldbeschrijving.VERANTWOORDELIJKE) String verantwoordelijke,
        @Schema(description = Veldbeschrijving.VERANTWOORDELIJKE_ID) Long verantwoordelijkeId,
        String toelichting) {
}
