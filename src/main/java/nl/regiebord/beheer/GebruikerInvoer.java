package nl.regiebord.beheer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /api/gebruikers: a new user. Documents the fields for the OpenAPI document only: the resource
 * reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "Een nieuwe gebruiker.")
public record GebruikerInvoer(
        @Schema(required = true) String gebruikersnaam,
        @Schema(required = true) String naam,
        String email,
        @Schema(description = "Minstens 12 tekens; zonder maakt Regiebord een tijdelijk wachtwoord.") String wachtwoord,
        Boolean beheerder) {
}
