package nl.regiebord.stakeholder;

import nl.regiebord.api.Invoer;
import nl.regiebord.gebruiker.Gebruiker;
import nl.regiebord.toegang.Lidmaatschap;

/** A person field's optional user id: it must name a member of the plan, whose name is then shown. */
final class Planleden {

    private Planleden() {
    }

    /** The member's name, or null after recording a field error when the id is no member of the plan. */
    static String naamVanLid(Invoer invoer, String veld, Long gebruikerId, Long planId) {
        if (gebruikerId == null) {
            return null;
        }
        if (Lidmaatschap.rolVan(gebruikerId, planId).isEmpty()) {
            invoer.fout(veld, "gebruiker " + gebruikerId + " is geen lid van dit plan");
            return null;
        }
        Gebruiker gebruiker = Gebruiker.findById(gebruikerId);
        return gebruiker.naam;
    }
}
