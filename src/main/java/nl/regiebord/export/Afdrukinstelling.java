package nl.regiebord.export;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;

/**
 * How every Regiebord sheet prints: A4 landscape, the header row on every page, the plan and export date above and
 * "Pagina X van Y" below, so a printed page still says where it came from. Text stays readable on paper: a sheet
 * is shrunk to the page's width only as far as {@link #MIN_SCHAAL}; a wider sheet is split over pages instead, first
 * all rows of the left columns, then those of the next, with the first column repeated so each page says whose row
 * it is.
 */
public final class Afdrukinstelling {

    /** Excel refuses a page header longer than 255 characters (all three parts and their codes together). */
    static final int MAX_PLANNAAM = 100;
    /** Page header codes: this page's number, the number of pages. */
    static final String PAGINA = "&P";
    static final String AANTAL_PAGINAS = "&N";
    /** 11-point text printed at 85% is 9.35 points: the smallest Regiebord prints. */
    public static final int MIN_SCHAAL = 85;
    /** A4 landscape, 842 points wide, less the left and right margins. */
    static final double MARGE_ZIJ = 0.4;
    static final double MARGE_BOVEN = 0.75;
    static final double MARGE_KOP = 0.3;
    static final double PAGINABREEDTE = 842 - 2 * MARGE_ZIJ * 72;
    /**
     * Points per unit of column width on paper, kept on the wide side: a viewer sizes a unit by the '0' of its own
     * font, and Carlito's is a little wider than Calibri's 7 pixels.
     */
    static final double PUNTEN_PER_BREEDTE = 7.5 * 72 / 96;
    /** The widest sheet that prints on one page width, at 100%, in points. */
    static final double PASSENDE_BREEDTE = PAGINABREEDTE * 100 / MIN_SCHAAL;

    private Afdrukinstelling() {
    }

    /**
     * @param titel       what the sheet is, in the middle of the page header
     * @param kopRijen    how many rows from the top repeat on every page (0: none)
     */
    public static void pasToe(Sheet blad, String plannaam, String titel, LocalDate exportdatum, int kopRijen) {
        PrintSetup instelling = blad.getPrintSetup();
        instelling.setPaperSize(PrintSetup.A4_PAPERSIZE);
        instelling.setLandscape(true);
        blad.setFitToPage(false);
        int schaal = schaal(breedte(blad));
        instelling.setScale((short) schaal);
        // down, then over: all rows of the left columns first
        instelling.setLeftToRight(false);
        blad.setMargin(PageMargin.LEFT, MARGE_ZIJ);
        blad.setMargin(PageMargin.RIGHT, MARGE_ZIJ);
        blad.setMargin(PageMargin.TOP, MARGE_BOVEN);
        blad.setMargin(PageMargin.BOTTOM, MARGE_BOVEN);
        blad.setMargin(PageMargin.HEADER, MARGE_KOP);
        blad.setMargin(PageMargin.FOOTER, MARGE_KOP);
        blad.setHorizontallyCenter(true);
        if (kopRijen > 0) {
            blad.setRepeatingRows(new CellRangeAddress(0, kopRijen - 1, -1, -1));
        }
        if (breedte(blad) * schaal / 100 > PAGINABREEDTE) {
            blad.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
        }
        Header kop = blad.getHeader();
        kop.setLeft(letterlijk(ingekort(plannaam)));
        kop.setCenter(letterlijk(titel));
        kop.setRight(letterlijk("Export " + Werkboekstijl.DATUMTEKST.format(exportdatum)));
        Footer voet = blad.getFooter();
        voet.setCenter("Pagina " + PAGINA + " van " + AANTAL_PAGINAS);
    }

    /** The print scale in percent: the whole width on one page, shrunk no further than {@link #MIN_SCHAAL}. */
    static int schaal(double breedte) {
        int passend = (int) Math.floor(PAGINABREEDTE / breedte * 100);
        return Math.max(MIN_SCHAAL, Math.min(100, passend));
    }

    /** The printed width of the sheet's visible columns, in points at 100%. */
    static double breedte(Sheet blad) {
        XSSFSheet xssf = blad instanceof SXSSFSheet stroom
                ? ((SXSSFWorkbook) stroom.getWorkbook()).getXSSFWorkbook().getSheet(blad.getSheetName())
                : (XSSFSheet) blad;
        double breedte = 0;
        for (CTCols kolommen : xssf.getCTWorksheet().getColsArray()) {
            for (CTCol kolom : kolommen.getColArray()) {
                if (!kolom.getHidden()) {
                    breedte += (kolom.getMax() - kolom.getMin() + 1) * gedrukt(kolom.getWidth());
                }
            }
        }
        return breedte;
    }

    /** The printed width of a column {@code breedte} characters wide, its gridlines included, in points at 100%. */
    static double gedrukt(double breedte) {
        return breedte * PUNTEN_PER_BREEDTE + 4;
    }

    /** In a page header '&' starts a code (page number, font); a plan called "Zorg & Werk" must print as such. */
    static String letterlijk(String tekst) {
        return tekst.replace("&", "&&");
    }

    private static String ingekort(String plannaam) {
        return plannaam.length() <= MAX_PLANNAAM ? plannaam
                : Tekstlengte.ingekort(plannaam, MAX_PLANNAAM - 1) + "…";
    }
}
