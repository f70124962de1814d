package nl.regiebord.export;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;
import java.util.function.IntPredicate;
import nl.regiebord.export.Werkboekstijl.Kolom;

/**
 * The one place a column's width follows from its content: as wide as its longest line unwrapped, measured with the
 * font's real metrics ({@link Tekstmaat}), within the column's limits, and never narrower than the longest word of
 * its (wrapped, bold) header. An empty or short column stays narrow; a long text gets the maximum and wraps. A table
 * that would just not fit the printed page's width gives up some of its columns' width, down to their longest word,
 * rather than print its right-hand columns on pages of their own.
 */
final class Kolombreedte {

    /** Excel's widest column, in characters. */
    static final int MAX_BREEDTE = 255;
    /** Room kept beside the measured text, in characters, against rounding; a viewer's unit is a little wider. */
    static final float SPELING = 0.25f;

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final Font TEKST = Tekstmaat.letter("Calibri", 11, false, false);
    private static final Font KOP = Tekstmaat.letter("Calibri", 11, true, false);

    /** What a column wants and the least it can do with without breaking a word, in characters. */
    record Maat(float gewenst, float ondergrens) {
    }

    private Kolombreedte() {
    }

    /**
     * The widths of {@code kolommen} holding {@code inhoud}, in units of 1/256 character as POI sets them. Only the
     * columns that are not {@code verborgen} count for the printed width.
     */
    static int[] breedtes(List<Kolom> kolommen, Kolominhoud inhoud, IntPredicate verborgen) {
        float[] breedte = new float[kolommen.size()];
        float[] ondergrens = new float[kolommen.size()];
        for (int k = 0; k < kolommen.size(); k++) {
            Maat maat = maat(kolommen.get(k), inhoud.van(k));
            breedte[k] = maat.gewenst();
            ondergrens[k] = verborgen.test(k) ? maat.gewenst() : maat.ondergrens();
        }
        smaller(breedte, ondergrens, verborgen);
        int[] eenheden = new int[breedte.length];
        for (int k = 0; k < breedte.length; k++) {
            eenheden[k] = Math.round(Math.min(MAX_BREEDTE, breedte[k]) * 256);
        }
        return eenheden;
    }

    /** The width {@code kolom} wants for {@code teksten}, and how far it could give way. */
    static Maat maat(Kolom kolom, List<String> teksten) {
        float kopwoord = 0;
        for (String woord : kolom.titel().split("\\s+")) {
            kopwoord = Math.max(kopwoord, tekens(woord, KOP));
        }
        float regel = 0;
        float woord = 0;
        for (String tekst : teksten) {
            for (String r : tekst.split("\n")) {
                regel = Math.max(regel, tekens(r, TEKST));
                for (String w : r.split("\\s+")) {
                    woord = Math.max(woord, tekens(w, TEKST));
                }
            }
        }
        float minimum = Math.max(kolom.minimum(), kopwoord);
        float maximum = Math.max(minimum, kolom.maximum());
        float gewenst = Math.min(Math.max(regel, minimum), maximum);
        return new Maat(gewenst, Math.min(gewenst, Math.max(minimum, woord)));
    }

    /**
     * Narrows the columns with room to give, each in proportion to that room, when that makes the table fit the
     * page at {@link Afdrukinstelling#MIN_SCHAAL}; a table too wide even then keeps its widths and is split.
     */
    private static void smaller(float[] breedte, float[] ondergrens, IntPredicate verborgen) {
        double gewenst = 0;
        double minst = 0;
        for (int k = 0; k < breedte.length; k++) {
            if (!verborgen.test(k)) {
                gewenst += Afdrukinstelling.gedrukt(breedte[k]);
                minst += Afdrukinstelling.gedrukt(ondergrens[k]);
            }
        }
        double passend = Afdrukinstelling.PASSENDE_BREEDTE;
        if (gewenst <= passend || minst > passend) {
            return;
        }
        double deel = (gewenst - passend) / (gewenst - minst);
        for (int k = 0; k < breedte.length; k++) {
            float ruimte = breedte[k] - ondergrens[k];
            breedte[k] = (float) Math.max(ondergrens[k], Math.floor((breedte[k] - ruimte * deel) * 4) / 4);
        }
    }

    /** Characters of column width that {@code tekst} needs on one line, its cell's margin and some room included. */
    static float tekens(String tekst, Font letter) {
        if (tekst.isEmpty()) {
            return 0;
        }
        float punten = (float) letter.getStringBounds(tekst, CONTEXT).getWidth();
        return (float) Math.ceil((punten + Tekstmaat.CELMARGE) / Tekstmaat.PUNTEN_PER_BREEDTE + SPELING);
    }
}
