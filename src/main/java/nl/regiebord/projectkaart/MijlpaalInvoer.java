package nl.regiebord.projectkaart;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /api/plannen/{planId}/projectkaarten/{kaartId}/mijlpalen, and one milestone of a new card.
 * Documents the fields for the OpenAPI document only: the resource reads the body field by field with {@link
 * nl.regiebord.api.Invoer}.
 */
@Schema(description = "Een nieuwe mijlpaal (achteraan).")
public record MijlpaalInvoer(
        @Schema(required = true) String omschrijving,
        @Schema(required = true) LocalDate datum,
        @Schema(description = "Standaard gepland.") Mijlpaalstatus status,
        @Schema(description = "Verplicht bij uitgesteld: na de datum.") LocalDate nieuweDatum,
        @Schema(description = "Verplicht bij uitgesteld.") String reden) {
}
