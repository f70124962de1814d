package nl.regiebord.export;

import nl.regiebord.export.Werkboekstijl.Soort;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared helpers on their own, in a streaming workbook as the exports use them. */
class WerkboekstijlTest {

    @Test
    void aStyleIsMadeOncePerKindAndColour() throws IOException {
        try (XSSFWorkbook werkmap = new XSSFWorkbook()) {
            Werkboekstijl stijl = new Werkboekstijl(werkmap);
            int voor = werkmap.getNumCellStyles();
            for (int i = 0; i < 1000; i++) {
                stijl.stijl(Soort.TEKST, Palet.TE_LAAT);
                stijl.stijl(Soort.DATUM, null);
            }
            assertEquals(voor + 2, werkmap.getNumCellStyles());
            assertSame(stijl.stijl(Soort.KOP, Palet.KOP), stijl.stijl(Soort.KOP, Palet.KOP));
        }
    }

    @Test
    void linesAreCountedAsASpreadsheetWrapsWords() {
        assertEquals(1, Werkboekstijl.regels("kort", 10));
        assertEquals(1, Werkboekstijl.regels("precies tien", 12));
        assertEquals(2, Werkboekstijl.regels("precies tien", 11), "het tweede woord past niet meer");
        assertEquals(3, Werkboekstijl.regels("een\ntwee\ndrie", 50), "elke regelovergang telt");
        assertEquals(3, Werkboekstijl.regels("x".repeat(25), 10), "een te lang woord breekt af");
        assertEquals(2, Werkboekstijl.regels("Stel de startnotitie vast door het college.", 30));
    }

    @Test
    void aRowIsMadeTallEnoughForItsWrappedText() throws IOException {
        try (XSSFWorkbook werkmap = new XSSFWorkbook()) {
            Werkboekstijl stijl = new Werkboekstijl(werkmap);
            XSSFSheet blad = werkmap.createSheet("Blad");
            blad.setColumnWidth(0, 20 * 256); // room for 24 characters of text, 18 when indented twice
            var kort = blad.createRow(0);
            stijl.tekst(kort, 0, "past op een regel", Soort.TEKST, null);
            stijl.pasHoogteAan(kort);
            assertEquals(blad.getDefaultRowHeightInPoints(), kort.getHeightInPoints());
            var lang = blad.createRow(1);
            stijl.tekst(lang, 0, "deze tekst is te lang voor twintig tekens en loopt door", Soort.TEKST, null);
            stijl.tekst(lang, 1, "niet omgebroken tekst telt niet mee, hoe lang ook", Soort.NOOT, null);
            stijl.pasHoogteAan(lang);
            assertEquals(3 * Werkboekstijl.REGELHOOGTE, lang.getHeightInPoints());
            var ingesprongen = blad.createRow(2);
            stijl.tekst(ingesprongen, 0, "negentien tekens xx", Soort.STAP, null);
            stijl.pasHoogteAan(ingesprongen);
            assertEquals(2 * Werkboekstijl.REGELHOOGTE, ingesprongen.getHeightInPoints(), "inspringen kost ruimte");
            var kop = blad.createRow(3);
            stijl.tekst(kop, 0, "tweeëntwintig vette tkns", Soort.KOP, Palet.KOP);
            stijl.pasHoogteAan(kop);
            assertEquals(2 * Werkboekstijl.REGELHOOGTE, kop.getHeightInPoints(),
                    "vette letters zijn breder: 24 tekens passen als gewone tekst, als kop niet");
        }
    }

    @Test
    void aLongListAndASecondListGetTheirOwnColumnAndName() throws IOException {
        List<String> gemeenten = IntStream.rangeClosed(1, 60).mapToObj(i -> "Gemeente nummer " + i).toList();
        byte[] inhoud;
        SXSSFWorkbook streamend = new SXSSFWorkbook(10);
        try (streamend) {
            var blad = streamend.createSheet("Lijst");
            for (int r = 0; r < 50; r++) {
                blad.createRow(r).createCell(0).setCellValue(r);
            }
            Keuzelijsten lijsten = new Keuzelijsten(streamend);
            lijsten.keuzelijst(blad, new CellRangeAddressList(1, 49, 1, 1), "Status", List.of("open", "afgerond"));
            lijsten.keuzelijst(blad, new CellRangeAddressList(1, 49, 2, 2), "Gemeente", gemeenten);
            lijsten.keuzelijst(blad, new CellRangeAddressList(1, 49, 3, 3), "Status", List.of("open", "afgerond"));
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            streamend.write(uit);
            inhoud = uit.toByteArray();
        } finally {
            streamend.dispose();
        }
        try (XSSFWorkbook werkmap = new XSSFWorkbook(new ByteArrayInputStream(inhoud))) {
            assertTrue(String.join(",", gemeenten).length() > 255, "langer dan een lijst in de validatie zelf mag zijn");
            Name gemeente = werkmap.getName("Keuzelijst_Gemeente");
            assertEquals("'Keuzelijsten'!$B$2:$B$61", gemeente.getRefersToFormula());
            assertEquals("'Keuzelijsten'!$A$2:$A$3", werkmap.getName("Keuzelijst_Status").getRefersToFormula());
            XSSFSheet lijsten = werkmap.getSheet(Keuzelijsten.BLADNAAM);
            assertEquals("Gemeente", lijsten.getRow(0).getCell(1).getStringCellValue());
            assertEquals("Gemeente nummer 60", lijsten.getRow(60).getCell(1).getStringCellValue());
            List<String> formules = werkmap.getSheet("Lijst").getDataValidations().stream()
                    .map(DataValidation::getValidationConstraint).map(c -> c.getFormula1()).toList();
            assertEquals(List.of("Keuzelijst_Status", "Keuzelijst_Gemeente", "Keuzelijst_Status"), formules);
            assertTrue(werkmap.isSheetHidden(werkmap.getSheetIndex(lijsten)));
            var validaties = werkmap.getSheet("Lijst").getDataValidations();
            assertEquals("Kies een waarde uit de lijst: open, afgerond.", validaties.get(0).getErrorBoxText());
            assertEquals("Kies een waarde uit de keuzelijst van deze cel.", validaties.get(1).getErrorBoxText(),
                    "Excel toont ten hoogste 255 tekens");
        }
    }

    @Test
    void thePageHeaderPrintsAnAmpersandLiterallyAndStaysWithinExcelsLimit() throws IOException {
        try (XSSFWorkbook werkmap = new XSSFWorkbook()) {
            XSSFSheet blad = werkmap.createSheet("Blad");
            String naam = "Zorg & Werk " + "x".repeat(300);
            Afdrukinstelling.pasToe(blad, naam, "Titel", LocalDate.of(2026, 11, 23), 2);
            String links = blad.getHeader().getLeft();
            assertTrue(links.startsWith("Zorg && Werk xxx"), links);
            assertTrue(links.endsWith("…"));
            int totaal = links.length() + blad.getHeader().getCenter().length() + blad.getHeader().getRight().length()
                    + 6;
            assertTrue(totaal <= 255, "paginakop " + totaal + " tekens");
            assertEquals(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:2"), blad.getRepeatingRows());
        }
    }

    @Test
    void oneNameNeverStandsForTwoDifferentLists() throws IOException {
        try (XSSFWorkbook werkmap = new XSSFWorkbook()) {
            XSSFSheet blad = werkmap.createSheet("Lijst");
            Keuzelijsten lijsten = new Keuzelijsten(werkmap);
            lijsten.keuzelijst(blad, new CellRangeAddressList(1, 9, 0, 0), "Niveau", List.of("laag", "midden", "hoog"));
            lijsten.keuzelijst(blad, new CellRangeAddressList(1, 9, 1, 1), "Niveau", List.of("laag", "midden", "hoog"));
            IllegalArgumentException fout = assertThrows(IllegalArgumentException.class, () -> lijsten.keuzelijst(blad,
                    new CellRangeAddressList(1, 9, 2, 2), "Niveau", List.of("laag", "matig", "hoog", "zeer hoog")));
            assertTrue(fout.getMessage().contains("bestaat al met andere waarden"), fout.getMessage());
            assertEquals(1, werkmap.getAllNames().size());
        }
    }
}
