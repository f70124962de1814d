package nl.regiebord.export;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * How much room a wrapped text takes in a cell, measured with the real metrics of the workbook's font: POI has no
 * height for wrapped text, and a row too low cuts off the last lines on paper. The workbook names Calibri; where it
 * is not installed its metric twin Carlito (which LibreOffice shows instead) is measured. Without either, a wider
 * sans-serif is measured, so rows come out taller rather than too low.
 */
public final class Tekstmaat {

    /** Excel's highest row, in points: text that needs more is cut short, see {@link #ingekort}. */
    public static final float MAX_RIJHOOGTE = 409f;
    /** The end of a text cut short to fit a row; Regiebord has it whole. */
    public static final String INGEKORT = "…(zie Regiebord)";
    /** Excel gives a line of 11-point Calibri 15 points; other sizes in proportion. */
    static final float REGELAFSTAND = 15f / 11f;
    /** Room a cell keeps free around its text, left and right together, in points. */
    static final float CELMARGE = 4f;
    /** Digits per level of indentation. */
    static final int INSPRINGING = 3;
    /** Width of a column unit (the '0' of 11-point Calibri, 7 pixels at 96 dpi) in points. */
    static final float PUNTEN_PER_BREEDTE = 7f * 72f / 96f;

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final Map<String, String> GELIJKWAARDIG = Map.of("Calibri", "Carlito", "Arial", "Liberation Sans");
    private static final Set<String> AANWEZIG = Arrays.stream(
            GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()).collect(Collectors.toSet());
    private static final Map<String, Font> LETTERS = new ConcurrentHashMap<>();

    private Tekstmaat() {
    }

    /** The font a viewer shows for {@code naam}: itself, its metric twin, or a wider sans-serif. */
    public static Font letter(String naam, float grootte, boolean vet, boolean cursief) {
        String familie = AANWEZIG.contains(naam) ? naam
                : AANWEZIG.contains(GELIJKWAARDIG.getOrDefault(naam, "")) ? GELIJKWAARDIG.get(naam)
                : AANWEZIG.contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
        int stijl = (vet ? Font.BOLD : Font.PLAIN) | (cursief ? Font.ITALIC : Font.PLAIN);
        return LETTERS.computeIfAbsent(familie + "/" + stijl, s -> new Font(familie, stijl, 1)).deriveFont(grootte);
    }

    /** Whether the font measured for {@code naam} is the font itself or its metric twin. */
    public static boolean echteMaten(String naam) {
        return AANWEZIG.contains(naam) || AANWEZIG.contains(GELIJKWAARDIG.getOrDefault(naam, ""));
    }

    /** Room for text in a column {@code breedte} units (1/256 of a character) wide, indented {@code niveau} levels. */
    public static float tekstbreedte(int breedte, int niveau) {
        return breedte / 256f * PUNTEN_PER_BREEDTE - CELMARGE - niveau * INSPRINGING * PUNTEN_PER_BREEDTE;
    }

    /** The lines {@code tekst} takes in {@code breedte} points, wrapped at word boundaries as a spreadsheet does. */
    public static int regels(String tekst, Font letter, float breedte) {
        float ruimte = Math.max(1f, breedte);
        int regels = 0;
        for (String alinea : tekst.split("\n", -1)) {
            if (alinea.isEmpty()) {
                regels++;
                continue;
            }
            AttributedString opgemaakt = new AttributedString(alinea, Map.of(TextAttribute.FONT, letter));
            LineBreakMeasurer meter = new LineBreakMeasurer(opgemaakt.getIterator(), CONTEXT);
            while (meter.getPosition() < alinea.length()) {
                meter.nextLayout(ruimte);
                regels++;
            }
        }
        return Math.max(1, regels);
    }

    /** The height of one line in points: what the font asks for, and no less than Excel gives it. */
    public static float regelhoogte(Font letter) {
        float metriek = letter.getLineMetrics("Hg", CONTEXT).getHeight();
        return Math.max(metriek, letter.getSize2D() * REGELAFSTAND);
    }

    /** The height in points a row needs for {@code tekst}. */
    public static float hoogte(String tekst, Font letter, float breedte) {
        return regels(tekst, letter, breedte) * regelhoogte(letter);
    }

    /**
     * {@code tekst} as it fits in a row of at most {@link #MAX_RIJHOOGTE}: whole when it fits, otherwise cut at a
     * word and ended with {@link #INGEKORT}, so a reader knows there is more.
     */
    public static String ingekort(String tekst, Font letter, float breedte) {
        if (hoogte(tekst, letter, breedte) <= MAX_RIJHOOGTE) {
            return tekst;
        }
        int laag = 0;
        int hoog = tekst.length();
        while (laag < hoog) {
            int midden = (laag + hoog + 1) / 2;
            if (hoogte(afgekapt(tekst, midden), letter, breedte) <= MAX_RIJHOOGTE) {
                laag = midden;
            } else {
                hoog = midden - 1;
            }
        }
        return afgekapt(tekst, laag);
    }

    /** Whether {@code celwaarde} is {@code volledig} cut short by {@link #ingekort}: then it says nothing new. */
    public static boolean isIngekortVan(String celwaarde, String volledig) {
        if (celwaarde == null || volledig == null || !celwaarde.endsWith(INGEKORT)) {
            return false;
        }
        return volledig.startsWith(celwaarde.substring(0, celwaarde.length() - INGEKORT.length()).stripTrailing());
    }

    private static String afgekapt(String tekst, int lengte) {
        String begin = Tekstlengte.ingekort(tekst, lengte);
        int spatie = begin.lastIndexOf(' ');
        if (lengte < tekst.length() && spatie > 0 && !Character.isWhitespace(tekst.charAt(lengte))) {
            begin = begin.substring(0, spatie);
        }
        return begin.stripTrailing() + " " + INGEKORT;
    }
}
