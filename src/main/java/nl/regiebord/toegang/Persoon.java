package nl.regiebord.toegang;

import java.util.List;
import java.util.Objects;
import nl.regiebord.api.Invoer;
import nl.regiebord.gebruiker.Gebruiker;

/**
 * A person field of a record in a plan (verantwoordelijke, eigenaar …): a name, linked to a member of the plan
 * when there is one. A member chosen by id ({@code …Id}) brings their name; a typed name that is exactly a
 * member's name links to that member, so "mijn acties" finds it either way. Anyone else stays a name.
 */
public record Persoon(String naam, Long id) {

    public static final Persoon NIEMAND = new Persoon(null, null);

    /** Reads the name and id fields; fields that are absent keep {@code huidig}. */
    public static Persoon lees(Invoer invoer, String naamVeld, String idVeld, Long planId, Persoon huidig,
                               boolean naamVerplicht, int maxLengte) {
        boolean metNaam = invoer.heeft(naamVeld);
        boolean metId = invoer.heeft(idVeld);
        if (!metNaam && !metId) {
            if (naamVerplicht && huidig.naam() == null) {
                invoer.fout(naamVeld, "is verplicht");
            }
            return huidig;
        }
        String naam = metNaam ? invoer.tekst(naamVeld, naamVerplicht && !metId, maxLengte) : huidig.naam();
        if (metId) {
            Long id = invoer.getal(idVeld, false);
            if (id == null) {
                return new Persoon(naam, null);
            }
            Gebruiker lid = lidVan(planId, id);
            if (lid == null) {
                invoer.fout(idVeld, "gebruiker " + id + " is geen lid van dit plan");
                return huidig;
            }
            return new Persoon(lid.naam, lid.id);
        }
        if (naam == null) {
            return NIEMAND;
        }
        if (huidig.id() != null && naam.equals(huidig.naam())) {
            return huidig;
        }
        Gebruiker lid = lidMetNaam(planId, naam);
        return new Persoon(naam, lid == null ? null : lid.id);
    }

    public boolean isLid(Long gebruikerId) {
        return gebruikerId != null && Objects.equals(id, gebruikerId);
    }

    private static Gebruiker lidVan(Long planId, Long gebruikerId) {
        return Lidmaatschap.lidVan(planId, gebruikerId);
    }

    private static Gebruiker lidMetNaam(Long planId, String naam) {
        List<Gebruiker> gevonden = Lidmaatschap.ledenMetNaam(planId, naam);
        // two members with the same name: which one is meant is unknown, so neither is linked
        return gevonden.size() == 1 ? gevonden.get(0) : null;
    }
}
