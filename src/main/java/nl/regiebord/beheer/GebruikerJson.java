package nl.regiebord.beheer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import nl.regiebord.gebruiker.Gebruiker;

/** A user as the beheerder sees them; a new or reset password appears once, in the answer that made it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GebruikerJson(Long id, String gebruikersnaam, String naam, String email, boolean beheerder,
                            boolean actief, Instant aangemaakt, long version, String tijdelijkWachtwoord) {

    public static GebruikerJson van(Gebruiker g) {
        return van(g, null);
    }

    public static GebruikerJson van(Gebruiker g, String tijdelijkWachtwoord) {
        return new GebruikerJson(g.id, g.gebruikersnaam, g.naam, g.email, g.beheerder, g.actief, g.aangemaakt,
                g.version, tijdelijkWachtwoord);
    }
}
