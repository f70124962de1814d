package nl.regiebord.beheer;

import nl.regiebord.api.Veldbeschrijving;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of PATCH /api/gebruikers/{gebruikerId}, a JSON Merge Patch. Documents the fields for the OpenAPI
 * document only: the resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "JSON Merge Patch van een gebruiker.")
public record GebruikerWijziging(
        @Schema(required = true, description = Veldbeschrijving.VERSIE) Long version,
        String naam,
        String email,
        Boolean beheerder,
        @Schema(description = "false blokkeert de gebruiker en beëindigt de sessies.") Boolean actief) {
}
