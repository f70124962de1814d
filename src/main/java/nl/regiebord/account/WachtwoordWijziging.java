package nl.regiebord.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of PUT /api/mij/wachtwoord: the caller's own password change. Documents the fields for the OpenAPI
 * document only: the resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "Je eigen wachtwoord wijzigen.")
public record WachtwoordWijziging(
        @Schema(required = true, description = "Je huidige wachtwoord.") String huidig,
        @Schema(required = true, description = "Minstens 12 tekens, niet je gebruikersnaam en geen bekend wachtwoord.")
        String nieuw) {
}
