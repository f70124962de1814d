package nl.regiebord.projectkaart;

import nl.regiebord.api.Keuzewaarde;

/** Step 2: the doel is formulated SMART; the user ticks which of the five hold. */
public enum Smart implements Keuzewaarde {
    SPECIFIEK("specifiek"),
    MEETBAAR("meetbaar"),
    ACCEPTABEL("acceptabel"),
    REALISTISCH("realistisch"),
    TIJDGEBONDEN("tijdgebonden");

    private final String tekst;

    Smart(String tekst) {
        this.tekst = tekst;
    }

    @Override
    public String tekst() {
        return tekst;
    }
}
