package nl.regiebord.risico;

import nl.regiebord.api.Keuzewaarde;

/**
 * The risicokwalificatie with its colour code, the same on the pages and in the export: laag green, midden
 * orange, hoog red. The colour is never shown alone; the word goes with it.
 */
public enum Kwalificatie implements Keuzewaarde {
    LAAG("laag", "groen", "8FD19E"),
    MIDDEN("midden", "oranje", "FFC46B"),
    HOOG("hoog", "rood", "F28B82");

    private final String tekst;
    private final String kleur;
    private final String rgb;

    Kwalificatie(String tekst, String kleur, String rgb) {
        this.tekst = tekst;
        this.kleur = kleur;
        this.rgb = rgb;
    }

    @Override
    public String tekst() {
        return tekst;
    }

    /** The colour's name ("rood"), as the API gives it and the CSS class uses it. */
    public String kleur() {
        return kleur;
    }

    /** The fill colour as hex RGB, for the export. */
    public String rgb() {
        return rgb;
    }
}
