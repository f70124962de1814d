package nl.regiebord.beheer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of PATCH /api/gebruikers/{gebruikerId}, a JSON Merge Patch. Documents the fields for the OpenAPI
 * document only: the resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "JSON Merge Patch van een gebruiker.")
public record GebruikerWijziging(
        @Schema(required = true,
                description = "De versie die je las (uit de laatste GET of het laatste antwoord); een "
                        + "verouderde geeft 409 met de huidige stand.")
        Long version,
        String naam,
        String email,
        Boolean beheerder,
        @Schema(description = "false blokkeert de gebruiker en beëindigt de sessies.") Boolean actief) {
}
