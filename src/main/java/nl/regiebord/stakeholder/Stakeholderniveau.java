package nl.regiebord.stakeholder;

import nl.regiebord.api.Keuzewaarde;

/** Belang or invloed as ch. 5 scores them: four possibilities, "zeer hoog" with its space. */
public enum Stakeholderniveau implements Keuzewaarde {
    LAAG("laag"),
    MATIG("matig"),
    HOOG("hoog"),
    ZEER_HOOG("zeer hoog");

    private final String tekst;

    Stakeholderniveau(String tekst) {
        this.tekst = tekst;
    }

    @Override
    public String tekst() {
        return tekst;
    }

    /** The upper half of the grid: hoog and zeer hoog. */
    public boolean isHoog() {
        return this == HOOG || this == ZEER_HOOG;
    }
}
