package nl.regiebord.modelplan;

import nl.regiebord.api.Keuzewaarde;

/** The four phases the model's tijdtafels use. */
public enum Fase implements Keuzewaarde {
    VOORBEREIDEND("voorbereidende fase"),
    BESLUITVORMEND("besluitvormende fase"),
    UITVOEREND("uitvoerende fase"),
    EVALUEREND("evaluerende fase");

    private final String tekst;

    Fase(String tekst) {
        this.tekst = tekst;
    }

    @Override
    public String tekst() {
        return tekst;
    }
}
