package nl.regiebord.modelplan;

import nl.regiebord.api.Keuzewaarde;

/** The body of a gemeente that takes a decision. */
public enum Besluitorgaan implements Keuzewaarde {
    COLLEGE("college"),
    RAAD("raad");

    private final String tekst;

    Besluitorgaan(String tekst) {
        this.tekst = tekst;
    }

    @Override
    public String tekst() {
        return tekst;
    }
}
