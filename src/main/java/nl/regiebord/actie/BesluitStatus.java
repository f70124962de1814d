package nl.regiebord.actie;

import nl.regiebord.api.Keuzewaarde;

/** Where the decision of one gemeente on an action stands. Only {@code besloten} counts as decided. */
public enum BesluitStatus implements Keuzewaarde {
    OPEN("open"),
    GEAGENDEERD("geagendeerd"),
    BESLOTEN("besloten"),
    VERWORPEN("verworpen");

    private final String tekst;

    BesluitStatus(String tekst) {
        this.tekst = tekst;
    }

    @Override
    public String tekst() {
        return tekst;
    }
}
