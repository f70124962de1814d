package nl.regiebord.stakeholder;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /api/plannen/{planId}/stakeholderherijkingen: a held re-scoring. Documents the fields for the
 * OpenAPI document only: the resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "Een gehouden herijking met per stakeholder belang en invloed.")
public record HerijkingInvoer(
        @Schema(required = true, description = "De dag van de herijking; niet in de toekomst.") LocalDate datum,
        @Schema(required = true) List<String> aanwezigen,
        @Schema(required = true) List<HerijkingScoreInvoer> scores) {
}
