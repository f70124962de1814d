package nl.regiebord.security;

import nl.regiebord.gebruiker.Gebruiker;

/**
 * The signed-in user as the request knows them; a copy, so it can travel between threads.
 *
 * @param wachtwoordWijzigen still on a password a beheerder gave: nothing else until it is changed
 */
public record Aangemelde(long id, String gebruikersnaam, String naam, boolean beheerder, int sessieversie,
                         boolean wachtwoordWijzigen) {

    public static Aangemelde van(Gebruiker gebruiker) {
        return new Aangemelde(gebruiker.id, gebruiker.gebruikersnaam, gebruiker.naam, gebruiker.beheerder,
                gebruiker.sessieversie, gebruiker.tijdelijkWachtwoordTot != null);
    }
}
