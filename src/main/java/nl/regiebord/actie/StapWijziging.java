package nl.regiebord.actie;

import nl.regiebord.api.Veldbeschrijving;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of PATCH /api/plannen/{planId}/acties/{actieId}/stappen/{stapId}. Documents the fields for the
 * OpenAPI document only: the resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "Een stap afvinken of weer aanzetten.")
public record StapWijziging(
        @Schema(required = true, description = Veldbeschrijving.VERSIE) Long version,
        @Schema(required = true) Boolean afgevinkt) {
}
