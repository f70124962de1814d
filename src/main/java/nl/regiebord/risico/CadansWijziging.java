package nl.regiebord.risico;

import nl.regiebord.api.Veldbeschrijving;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of PATCH /api/plannen/{planId}/risicocadans, a JSON Merge Patch. Documents the fields for the OpenAPI
 * document only: the resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "Hoe vaak risico's per kwalificatie worden herzien, in maanden.")
public record CadansWijziging(
        @Schema(required = true, description = Veldbeschrijving.VERSIE) Long version,
        @Schema(description = "Van 1 tot en met 24 maanden.") Integer hoogMaanden,
        @Schema(description = "Van 1 tot en met 24 maanden.") Integer middenMaanden,
        @Schema(description = "Van 1 tot en met 24 maanden.") Integer laagMaanden) {
}
