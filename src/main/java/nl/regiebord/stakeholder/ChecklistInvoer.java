package nl.regiebord.stakeholder;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /api/plannen/{planId}/stakeholders/checklist. Documents the fields for the OpenAPI document
 * only: the resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "Stakeholders uit de checklist van het model, bij naam.")
public record ChecklistInvoer(
        @Schema(required = true, description = "Namen uit de checklist.") List<String> namen) {
}
