package nl.regiebord.plan;

import nl.regiebord.api.Keuzewaarde;

/** The choice of ch. 2.1: local or (sub)regional preparation and execution. Absent while not yet chosen. */
public enum Uitvoering implements Keuzewaarde {
    LOKAAL("lokaal"),
    SUBREGIONAAL("subregionaal"),
    REGIONAAL("regionaal");

    private final String tekst;

    Uitvoering(String tekst) {
        this.tekst = tekst;
    }

    @Override
    public String tekst() {
        return tekst;
    }
}
