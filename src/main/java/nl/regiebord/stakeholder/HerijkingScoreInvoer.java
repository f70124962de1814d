package nl.regiebord.stakeholder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One stakeholder's new score inside a HerijkingInvoer. Documents the fields for the OpenAPI document only: the
 * resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "Belang en invloed van één stakeholder.")
public record HerijkingScoreInvoer(
        @Schema(required = true, description = "Het nummer (id) van de stakeholder.") Long stakeholder,
        @Schema(required = true,
                description = "De versie van de stakeholder die de herijking besprak; een verouderde geeft 409.")
        Long version,
        @Schema(required = true) Stakeholderniveau belang,
        @Schema(required = true) Stakeholderniveau invloed,
        String reden) {
}
