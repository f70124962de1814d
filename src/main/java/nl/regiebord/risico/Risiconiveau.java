package nl.regiebord.risico;

import nl.regiebord.api.Keuzewaarde;

/** Kans or impact as ch. 4 scores them: laag, midden, hoog, worth 1, 2 and 3 in the score. */
public enum Risiconiveau implements Keuzewaarde {
    LAAG("laag", 1),
    MIDDEN("midden", 2),
    HOOG("hoog", 3);

    private final String tekst;
    private final int waarde;

    Risiconiveau(String tekst, int waarde) {
        this.tekst = tekst;
        this.waarde = waarde;
    }

    @Override
    public String tekst() {
        return tekst;
    }

    public int waarde() {
        return waarde;
    }
}
