package nl.regiebord.plannen;

import nl.regiebord.toegang.Rol;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /api/plannen/{planId}/leden: a user joins the plan. Documents the fields for the OpenAPI
 * document only: the resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "Een nieuw lid: gebruikerId of gebruikersnaam, en de rol.")
public record LidInvoer(
        @Schema(description = "De gebruiker; of geef gebruikersnaam.") Long gebruikerId,
        @Schema(description = "De gebruiker; of geef gebruikerId.") String gebruikersnaam,
        @Schema(required = true) Rol rol) {
}
