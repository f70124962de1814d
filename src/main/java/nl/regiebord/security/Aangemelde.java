package nl.regiebord.security;

import nl.regiebord.gebruiker.Gebruiker;

/** The signed-in user as the request knows them; a copy, so it can travel between threads. */
public record Aangemelde(long id, String gebruikersnaam, String naam, boolean beheerder, int sessieversie) {

    public static Aangemelde van(Gebruiker gebruiker) {
        return new Aangemelde(gebruiker.id, gebruiker.gebruikersnaam, gebruiker.naam, gebruiker.beheerder,
                gebruiker.sessieversie);
    }
}
