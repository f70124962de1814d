package nl.regiebord.risico;

import nl.regiebord.api.Keuzewaarde;

/** Where a risk stands. Only open and beheerst risks are still risks the matrix shows. */
public enum Risicostatus implements Keuzewaarde {
    OPEN("open"),
    BEHEERST("beheerst"),
    OPGETREDEN("opgetreden"),
    VERVALLEN("vervallen");

    private final String tekst;

    Risicostatus(String tekst) {
        this.tekst = tekst;
    }

    @Override
    public String tekst() {
        return tekst;
    }

    public boolean inMatrix() {
        return this == OPEN || this == BEHEERST;
    }
}
