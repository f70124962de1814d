package nl.regiebord.projectkaart;

import nl.regiebord.api.Keuzewaarde;

/** Where a milestone of step 3 stands. A postponed milestone carries its new date and the reason. */
public enum Mijlpaalstatus implements Keuzewaarde {
    GEPLAND("gepland"),
    BEHAALD("behaald"),
    UITGESTELD("uitgesteld");

    private final String tekst;

    Mijlpaalstatus(String tekst) {
        this.tekst = tekst;
    }

    @Override
    public String tekst() {
        return tekst;
    }
}
