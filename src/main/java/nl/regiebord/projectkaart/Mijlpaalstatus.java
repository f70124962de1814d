package nl.regiebord.projectkaart;

import nl.regiebord.api.Keuzewaarde;

/** Where a milestone of step 3 stands. A postponed milestone carries its new date and the reason. */
public enum MijlpaalStatus implements Keuzewaarde {
    GEPLAND("gepland"),
    BEHAALD("behaald"),
    UITGESTELD("uitgesteld");

    private final String tekst;

    MijlpaalStatus(String tekst) {
        this.tekst = tekst;
    }

    @Override
    public String tekst() {
        return tekst;
    }
}
