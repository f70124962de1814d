package nl.regiebord.toegang;

/** A member of a plan as the API shows it. */
public record LidJson(Long id, Long gebruikerId, String gebruikersnaam, String naam, String rol, long version) {

    public static LidJson van(Lidmaatschap lid) {
        return new LidJson(lid.id, lid.gebruiker.id, lid.gebruiker.gebruikersnaam, lid.gebruiker.naam, lid.rol.tekst(),
                lid.version);
    }
}
