package nl.regiebord.projectkaart;

import java.time.LocalDate;
import nl.regiebord.api.Veldbeschrijving;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of PATCH /api/plannen/{planId}/projectkaarten/{kaartId}/mijlpalen/{mijlpaalId}, a JSON Merge Patch.
 * Documents the fields for the OpenAPI document only: the resource reads the body field by field with {@link
 * nl.regiebord.api.Invoer}.
 */
@Schema(description = "JSON Merge Patch van een mijlpaal.")
public record MijlpaalWijziging(
        @Schema(required = true, description = Veldbeschrijving.VERSIE) Long version,
        String omschrijving,
        LocalDate datum,
        Mijlpaalstatus status,
        @Schema(description = "Verplicht bij uitgesteld: na de datum.") LocalDate nieuweDatum,
        @Schema(description = "Verplicht bij uitgesteld.") String reden,
        @Schema(description = "De plaats in de lijst, vanaf 1.") Integer volgorde) {
}
