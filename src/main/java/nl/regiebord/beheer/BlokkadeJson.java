package nl.regiebord.beheer;

import java.time.Instant;
import nl.regiebord.gebruiker.Gebruiker;
import nl.regiebord.security.Blokkades;

/** A user held back by failed logins, as the beheerder sees them; see {@link Blokkades}. */
public record BlokkadeJson(Long gebruikerId, String gebruikersnaam, String naam, long mislukt, long adressen,
                           long geblokkeerdeAdressen, boolean vertraagd, Instant tot) {

    static BlokkadeJson van(Gebruiker gebruiker, Blokkades.Blokkade blokkade) {
        return new BlokkadeJson(gebruiker.id, gebruiker.gebruikersnaam, gebruiker.naam, blokkade.mislukt(),
                blokkade.adressen(), blokkade.geblokkeerdeAdressen(), blokkade.vertraagd(), blokkade.tot());
    }
}
