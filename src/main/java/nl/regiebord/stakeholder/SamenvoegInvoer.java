package nl.regiebord.stakeholder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /api/plannen/{planId}/stakeholders/{stakeholderId}/samenvoegen. Documents the fields for the
 * OpenAPI document only: the resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "De stakeholder waarin deze wordt samengevoegd.")
public record SamenvoegInvoer(
        @Schema(required = true, description = "Het nummer (id) van de stakeholder die blijft.") Long in) {
}
