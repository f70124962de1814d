package nl.regiebord.product;

import nl.regiebord.api.Keuzewaarde;

/** Where a product of the checklist stands. {@code nvt}: the plan does not need this product. */
public enum Productstatus implements Keuzewaarde {
    OPEN("open"),
    IN_VOORBEREIDING("in voorbereiding"),
    GELEVERD("geleverd"),
    NVT("nvt");

    private final String tekst;

    Productstatus(String tekst) {
        this.tekst = tekst;
    }

    @Override
    public String tekst() {
        return tekst;
    }
}
