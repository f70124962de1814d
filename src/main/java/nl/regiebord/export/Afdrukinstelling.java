package nl.regiebord.export;

import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.time.LocalDate;

/**
 * How every Regiebord sheet prints: A4 landscape, as wide as the page, the header row on every page, the plan
 * and export date above and "Pagina X van Y" below, so a printed page still says where it came from.
 */
public final class Afdrukinstelling {

    /** Excel refuses a page header longer than 255 characters (all three parts and their codes together). */
    static final int MAX_PLANNAAM = 100;
    /** Page header codes: this page's number, the number of pages. */
    static final String PAGINA = "&P";
    static final String AANTAL_PAGINAS = "&N";

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
        blad.setFitToPage(true);
        instelling.setFitWidth((short) 1);
        instelling.setFitHeight((short) 0);
        blad.setHorizontallyCenter(true);
        if (kopRijen > 0) {
            blad.setRepeatingRows(new CellRangeAddress(0, kopRijen - 1, -1, -1));
        }
        Header kop = blad.getHeader();
        kop.setLeft(letterlijk(ingekort(plannaam)));
        kop.setCenter(letterlijk(titel));
        kop.setRight(letterlijk("Export " + Werkboekstijl.DATUMTEKST.format(exportdatum)));
        Footer voet = blad.getFooter();
        voet.setCenter("Pagina " + PAGINA + " van " + AANTAL_PAGINAS);
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
