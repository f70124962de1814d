package nl.regiebord.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import nl.regiebord.export.Werkboekstijl.Soort;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void linesAreMeasuredWithTheFontsRealMetricsNotCountedInCharacters() {
        java.awt.Font letter = Tekstmaat.letter("Calibri", 11, false, false);
        assertEquals(1, Tekstmaat.regels("kort", letter, 100));
        assertEquals(3, Tekstmaat.regels("een\ntwee\ndrie", letter, 200), "elke regelovergang telt");
        String smal = "il ".repeat(30);
        String breed = "WM ".repeat(30);
        assertTrue(Tekstmaat.regels(breed, letter, 150) > 2 * Tekstmaat.regels(smal, letter, 150),
                "even veel tekens, maar brede letters nemen meer regels");
        java.awt.Font vet = Tekstmaat.letter("Calibri", 11, true, false);
        String kop = "Volgende deadline per thema in de regio";
        assertTrue(Tekstmaat.regels(kop, vet, 150) >= Tekstmaat.regels(kop, letter, 150));
        assertEquals(Werkboekstijl.REGELHOOGTE, Tekstmaat.regelhoogte(letter), 0.01, "Excel geeft 11 pt 15 pt per regel");
    }

    @Test
    void aRowIsMadeTallEnoughForItsWrappedText() throws IOException {
        try (XSSFWorkbook werkmap = new XSSFWorkbook()) {
            Werkboekstijl stijl = new Werkboekstijl(werkmap);
            XSSFSheet blad = werkmap.createSheet("Blad");
            blad.setColumnWidth(0, 20 * 256);
            var kort = blad.createRow(0);
            stijl.tekst(kort, 0, "past op een regel", Soort.TEKST, null);
            assertEquals(Werkboekstijl.REGELHOOGTE, kort.getHeightInPoints());
            var lang = blad.createRow(1);
            String tekst = "deze tekst is te lang voor twintig tekens en loopt door";
            stijl.tekst(lang, 0, tekst, Soort.TEKST, null);
            stijl.tekst(lang, 1, "niet omgebroken tekst telt niet mee, hoe lang ook", Soort.NOOT, null);
            java.awt.Font letter = Tekstmaat.letter("Calibri", 11, false, false);
            int regels = Tekstmaat.regels(tekst, letter, Tekstmaat.tekstbreedte(20 * 256, 0));
            assertTrue(regels >= 3, "regels: " + regels);
            assertEquals(regels * Werkboekstijl.REGELHOOGTE, lang.getHeightInPoints());
            var ingesprongen = blad.createRow(2);
            var gewoon = blad.createRow(3);
            String stap = "stap die net niet past";
            stijl.tekst(ingesprongen, 0, stap, Soort.STAP, null);
            stijl.tekst(gewoon, 0, stap, Soort.TEKST, null);
            assertTrue(ingesprongen.getHeightInPoints() > gewoon.getHeightInPoints(), "inspringen kost ruimte");
        }
    }

    @Test
    void aTextLongerThanARowCanShowIsCutShortVisiblyAndAnImportSeesNoChangeInIt() throws IOException {
        try (XSSFWorkbook werkmap = new XSSFWorkbook()) {
            Werkboekstijl stijl = new Werkboekstijl(werkmap);
            XSSFSheet blad = werkmap.createSheet("Blad");
            blad.setColumnWidth(0, 36 * 256);
            String volledig = "Een toelichting die veel langer is dan een rij kan tonen. ".repeat(80).strip();
            var rij = blad.createRow(0);
            stijl.tekst(rij, 0, volledig, Soort.TEKST, null);
            String getoond = rij.getCell(0).getStringCellValue();
            assertTrue(getoond.endsWith(" " + Tekstmaat.INGEKORT), getoond);
            assertTrue(volledig.startsWith(getoond.substring(0, getoond.length() - Tekstmaat.INGEKORT.length() - 1)));
            assertTrue(rij.getHeightInPoints() <= Tekstmaat.MAX_RIJHOOGTE, "rijhoogte " + rij.getHeightInPoints());
            assertTrue(rij.getHeightInPoints() > Tekstmaat.MAX_RIJHOOGTE - 2 * Werkboekstijl.REGELHOOGTE,
                    "de rij is zo goed als vol");
            assertTrue(Tekstmaat.isIngekortVan(getoond, volledig));
            assertFalse(Tekstmaat.isIngekortVan(getoond, "Een andere toelichting"));
            assertFalse(Tekstmaat.isIngekortVan("Een toelichting", volledig));
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
