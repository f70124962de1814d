package nl.regiebord.export;

import java.awt.Font;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellBorder;

/**
 * How the cells of every Regiebord workbook look: a bold coloured header that stays in view and filters, real
 * dates, bold theme rows, indented sub-rows, and the {@link Palet} colours. One instance per workbook (xlsx,
 * streaming or not); each style is made once, because a workbook holds a limited number of them.
 */
public final class Werkboekstijl {

    /** Excel keeps number formats in English; a Dutch Excel shows this one as d-m-jjjj (15-7-2021). */
    public static final String DATUMNOTATIE = "d-m-yyyy";
    /** The same date as text, where a date is part of a sentence ("besloten 12-10-2021"). */
    public static final DateTimeFormatter DATUMTEKST = DateTimeFormatter.ofPattern("d-M-yyyy");
    /** An amount in euros, Excel's own Dutch currency format: a Dutch-locale viewer shows "€ 45.000,00". */
    public static final String EURONOTATIE = "[$€-413] #,##0.00";
    /** Points per line of 11-point text, as Excel sizes a row. */
    static final float REGELHOOGTE = 15f;

    /**
     * What a cell holds, which decides its font, alignment, number format and border. Cells of a table have thin
     * borders; the title, labels, values and notes above or below a table have none.
     */
    public enum Soort {
        TITEL(false), LABEL(false), WAARDE(false), WAARDEDATUM(false), NOOT(false),
        KOP(true), THEMA(true), TEKST(true), STAP(true), VINK(true), DATUM(true), GETAL(true), PERCENTAGE(true),
        BEDRAG(true);

        private final boolean tabel;

        Soort(boolean tabel) {
            this.tabel = tabel;
        }

        boolean isVet() {
            return this == TITEL || this == LABEL || this == KOP || this == THEMA;
        }

        short grootte() {
            return switch (this) {
                case TITEL -> 16;
                case THEMA -> 12;
                default -> 11;
            };
        }
    }

    /**
     * A column of a table: its header and the limits of its width in characters. Its width is what its texts need
     * (see {@link Kolominhoud}), within these limits and never less than the header's longest word.
     */
    public record Kolom(String titel, int minimum, int maximum) {

        /** A column of fixed width, whatever it holds: a date, a number, a hidden key. */
        public Kolom(String titel, int breedte) {
            this(titel, breedte, breedte);
        }
    }

    private record Sleutel(Soort soort, Palet kleur) {
    }

    private record Letter(boolean vet, boolean cursief, short grootte, String kleur) {
    }

    private final Workbook werkboek;
    private final Map<Sleutel, CellStyle> stijlen = new HashMap<>();
    private final Map<Letter, XSSFFont> letters = new HashMap<>();

    public Werkboekstijl(Workbook werkboek) {
        this.werkboek = werkboek;
    }

    /** The style of a kind of cell, coloured by {@code kleur} (null: no fill). */
    public CellStyle stijl(Soort soort, Palet kleur) {
        return stijlen.computeIfAbsent(new Sleutel(soort, kleur), this::maak);
    }

    /** A text cell; a wrapped one makes its row tall enough, see {@link #pasAan}. */
    public Cell tekst(Row rij, int kolom, String waarde, Soort soort, Palet kleur) {
        Cell cel = schrijf(rij, kolom, waarde, soort, kleur);
        pasAan(cel, rij.getSheet().getColumnWidth(kolom));
        return cel;
    }

    private Cell schrijf(Row rij, int kolom, String waarde, Soort soort, Palet kleur) {
        Cell cel = rij.createCell(kolom);
        if (waarde != null && !waarde.isEmpty()) {
            cel.setCellValue(waarde);
        }
        cel.setCellStyle(stijl(soort, kleur));
        return cel;
    }

    /** A real Excel date; an empty cell with the date format when there is none, so a typed date shows alike. */
    public Cell datum(Row rij, int kolom, LocalDate datum, Palet kleur) {
        return datum(rij, kolom, datum, Soort.DATUM, kleur);
    }

    public Cell datum(Row rij, int kolom, LocalDate datum, Soort soort, Palet kleur) {
        Cell cel = rij.createCell(kolom);
        if (datum != null) {
            cel.setCellValue(datum);
        }
        cel.setCellStyle(stijl(soort, kleur));
        return cel;
    }

    public Cell getal(Row rij, int kolom, double waarde, Soort soort, Palet kleur) {
        Cell cel = rij.createCell(kolom);
        cel.setCellValue(waarde);
        cel.setCellStyle(stijl(soort, kleur));
        return cel;
    }

    /**
     * Makes a row tall enough for the wrapped text of each of its cells, over the width of a merged cell where the
     * cell is merged: for a row whose column widths or merges were set after its cells were written.
     */
    public void pasHoogteAan(Row rij) {
        Sheet blad = rij.getSheet();
        for (Cell cel : rij) {
            int breedte = blad.getColumnWidth(cel.getColumnIndex());
            for (CellRangeAddress samen : blad.getMergedRegions()) {
                if (samen.getFirstRow() == rij.getRowNum() && samen.getLastRow() == rij.getRowNum()
                        && samen.getFirstColumn() == cel.getColumnIndex()) {
                    for (int k = samen.getFirstColumn() + 1; k <= samen.getLastColumn(); k++) {
                        breedte += blad.getColumnWidth(k);
                    }
                }
            }
            pasAan(cel, breedte);
        }
    }

    /**
     * The one place a row's height follows its wrapped text. Neither LibreOffice nor Excel fits the height of a
     * streamed row on opening, and on paper clipped text is lost; so the lines are measured here with the font's
     * real metrics ({@link Tekstmaat}) within the column's {@code breedte} (in 1/256 characters). A text taller
     * than Excel's highest row is cut short with "…(zie Regiebord)".
     */
    private void pasAan(Cell cel, int breedte) {
        CellStyle celstijl = cel.getCellStyle();
        if (!celstijl.getWrapText() || cel.getCellType() != CellType.STRING || cel.getStringCellValue().isEmpty()) {
            return;
        }
        Font letter = letter(werkboek.getFontAt(celstijl.getFontIndex()));
        float ruimte = Tekstmaat.tekstbreedte(breedte, celstijl.getIndention());
        String tekst = cel.getStringCellValue();
        String past = Tekstmaat.ingekort(tekst, letter, ruimte);
        if (!past.equals(tekst)) {
            cel.setCellValue(past);
        }
        Row rij = cel.getRow();
        rij.setHeightInPoints(Math.max(rij.getHeightInPoints(), Tekstmaat.hoogte(past, letter, ruimte)));
    }

    private static Font letter(org.apache.poi.ss.usermodel.Font letter) {
        return Tekstmaat.letter(letter.getFontName(), letter.getFontHeightInPoints(), letter.getBold(),
                letter.getItalic());
    }

    /**
     * A wrapped text over the columns {@code van} to {@code tot}, merged, the row made tall enough for it: for a long
     * explanation beside a table, which unwrapped would run on past the table and shrink the printed page.
     */
    public Cell samengevoegd(Row rij, int van, int tot, String waarde, Soort soort, Palet kleur) {
        Cell cel = schrijf(rij, van, waarde, soort, kleur);
        Sheet blad = rij.getSheet();
        int breedte = blad.getColumnWidth(van);
        for (int k = van + 1; k <= tot; k++) {
            schrijf(rij, k, null, soort, kleur);
            breedte += blad.getColumnWidth(k);
        }
        if (tot > van) {
            blad.addMergedRegion(new CellRangeAddress(rij.getRowNum(), rij.getRowNum(), van, tot));
        }
        pasAan(cel, breedte);
        return cel;
    }

    /**
     * A copy of {@code basis} filled with a colour that is not one of the {@link Palet}'s (a risk level, a quadrant):
     * make it once per workbook and colour, since a workbook holds a limited number of styles.
     */
    public CellStyle gevuld(CellStyle basis, String rgb) {
        XSSFCellStyle stijl = (XSSFCellStyle) werkboek.createCellStyle();
        stijl.cloneStyleFrom(basis);
        stijl.setFillForegroundColor(Palet.kleur(rgb));
        stijl.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return stijl;
    }

    /** Gives the cells of a row that are still missing the row's style, so a coloured band runs across the table. */
    public void band(Row rij, int kolommen, Soort soort, Palet kleur) {
        for (int k = 0; k < kolommen; k++) {
            if (rij.getCell(k) == null) {
                tekst(rij, k, null, soort, kleur);
            }
        }
    }

    /** A header row for columns that hold no text to measure: each gets its minimum width. */
    public Row kopRij(Sheet blad, int rijnummer, List<Kolom> kolommen, boolean vastzetten) {
        return kopRij(blad, rijnummer, kolommen, new Kolominhoud(), vastzetten);
    }

    /**
     * Writes a table's header row and sets each column's width from the texts it will hold ({@link Kolombreedte}).
     * With {@code vastzetten} the header stays in view while scrolling (freeze pane below it).
     */
    public Row kopRij(Sheet blad, int rijnummer, List<Kolom> kolommen, Kolominhoud inhoud, boolean vastzetten) {
        breedtes(blad, kolommen, inhoud);
        Row rij = blad.createRow(rijnummer);
        for (int k = 0; k < kolommen.size(); k++) {
            tekst(rij, k, kolommen.get(k).titel(), Soort.KOP, Palet.KOP);
        }
        if (vastzetten) {
            blad.createFreezePane(0, rijnummer + 1);
        }
        return rij;
    }

    /**
     * Sets each column's width from the texts it will hold ({@link Kolombreedte}), before any row is written. Hide
     * a column before, so it does not count for the printed width.
     */
    public void breedtes(Sheet blad, List<Kolom> kolommen, Kolominhoud inhoud) {
        int[] breedtes = Kolombreedte.breedtes(kolommen, inhoud, blad::isColumnHidden);
        for (int k = 0; k < kolommen.size(); k++) {
            blad.setColumnWidth(k, breedtes[k]);
        }
    }

    /** Autofilter over a table from its header row to its last row. */
    public void filter(Sheet blad, int kopRij, int laatsteRij, int kolommen) {
        blad.setAutoFilter(new CellRangeAddress(kopRij, Math.max(kopRij, laatsteRij), 0, kolommen - 1));
    }

    private CellStyle maak(Sleutel sleutel) {
        XSSFCellStyle stijl = (XSSFCellStyle) werkboek.createCellStyle();
        Soort soort = sleutel.soort();
        Palet kleur = sleutel.kleur();
        stijl.setVerticalAlignment(soort == Soort.KOP ? VerticalAlignment.CENTER : VerticalAlignment.TOP);
        if (soort.tabel) {
            rand(stijl);
        }
        switch (soort) {
            case KOP, TEKST, WAARDE -> stijl.setWrapText(true);
            case STAP -> {
                stijl.setWrapText(true);
                stijl.setIndention((short) 2);
            }
            case VINK -> stijl.setAlignment(HorizontalAlignment.CENTER);
            case DATUM -> stijl.setDataFormat(werkboek.createDataFormat().getFormat(DATUMNOTATIE));
            case WAARDEDATUM -> {
                stijl.setDataFormat(werkboek.createDataFormat().getFormat(DATUMNOTATIE));
                stijl.setAlignment(HorizontalAlignment.LEFT);
            }
            case GETAL -> stijl.setDataFormat(werkboek.createDataFormat().getFormat("0"));
            case PERCENTAGE -> stijl.setDataFormat(werkboek.createDataFormat().getFormat("0%"));
            case BEDRAG -> {
                stijl.setDataFormat(werkboek.createDataFormat().getFormat(EURONOTATIE));
                stijl.setAlignment(HorizontalAlignment.LEFT);
            }
            default -> {
            }
        }
        if (kleur != null) {
            stijl.setFillForegroundColor(Palet.kleur(kleur.vulling()));
            stijl.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        // Every style names its font: the default one refers to a theme POI does not write, which viewers then
        // each replace differently, so rows would measure differently from the row heights set here.
        stijl.setFont(letter(soort.isVet(), soort == Soort.NOOT, soort.grootte(), kleur == null ? null : kleur.tekst()));
        return stijl;
    }

    private void rand(XSSFCellStyle stijl) {
        stijl.setBorderTop(BorderStyle.THIN);
        stijl.setBorderBottom(BorderStyle.THIN);
        stijl.setBorderLeft(BorderStyle.THIN);
        stijl.setBorderRight(BorderStyle.THIN);
        for (XSSFCellBorder.BorderSide kant : List.of(XSSFCellBorder.BorderSide.TOP, XSSFCellBorder.BorderSide.BOTTOM,
                XSSFCellBorder.BorderSide.LEFT, XSSFCellBorder.BorderSide.RIGHT)) {
            stijl.setBorderColor(kant, Palet.kleur(Palet.RAND));
        }
    }

    private XSSFFont letter(boolean vet, boolean cursief, short grootte, String kleur) {
        return letters.computeIfAbsent(new Letter(vet, cursief, grootte, kleur), l -> {
            XSSFFont letter = (XSSFFont) werkboek.createFont();
            letter.setFamily(FontFamily.SWISS);
            letter.setBold(l.vet());
            letter.setItalic(l.cursief());
            letter.setFontHeightInPoints(l.grootte());
            if (l.kleur() != null) {
                letter.setColor(Palet.kleur(l.kleur()));
            }
            return letter;
        });
    }
}
