package nl.regiebord.plannen;

import nl.regiebord.api.Veldbeschrijving;
import nl.regiebord.toegang.Rol;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of PATCH /api/plannen/{planId}/leden/{lidId}. Documents the fields for the OpenAPI document only: the
 * resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "De nieuwe rol van een lid.")
public record LidWijziging(
        @Schema(required = true, description = Veldbeschrijving.VERSIE) Long version,
        @Schema(required = true) Rol rol) {
}
