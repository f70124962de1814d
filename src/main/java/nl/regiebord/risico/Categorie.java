package nl.regiebord.risico;

import nl.regiebord.api.Keuzewaarde;

/** The four risicocategorieën of ch. 4. */
public enum Categorie implements Keuzewaarde {
    STRATEGISCH("strategisch"),
    OPERATIONEEL("operationeel"),
    FINANCIEEL("financieel"),
    COMPLIANCE("compliance");

    private final String tekst;

    Categorie(String tekst) {
        this.tekst = tekst;
    }

    @Override
    public String tekst() {
        return tekst;
    }
}
