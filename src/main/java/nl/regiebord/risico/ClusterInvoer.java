package nl.regiebord.risico;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /api/plannen/{planId}/risicos/{risicoId}/cluster. Documents the fields for the OpenAPI
 * document only: the resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "Het risico waarin dit risico wordt geclusterd.")
public record ClusterInvoer(
        @Schema(required = true, description = "Het id van het risico dat het cluster vormt (niet zijn nummer R3).") Long in) {
}
