package nl.regiebord.projectkaart;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.security.Testgebruikers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class KaartexportTest {

    @Test
    void theOverviewSheetListsCardsPerThemeAndFlagsThemesWithoutOne() throws Exception {
        long plan = Testplannen.gemeente();
        Map<String, Object> volledig = Kaarten.volledig();
        volledig.put("titel", "Leerroutes inkopen");
        volledig.put("mijlpalen", List.of(Map.of("omschrijving", "Gunning", "datum", "2031-06-30")));
        Kaarten.nieuw(plan, volledig);
        Kaarten.nieuw(plan, Map.of("thema", "beleid", "titel", "Verordening", "projectleider", "Jurist"));

        try (XSSFWorkbook boek = lees(plan)) {
            assertEquals("Projectkaarten", boek.getSheetName(0));
            XSSFSheet blad = boek.getSheet("Projectkaarten");
            Row kop = blad.getRow(0);
            for (int k = 0; k < Kaartwerkmap.OVERZICHTKOLOMMEN.size(); k++) {
                assertEquals(Kaartwerkmap.OVERZICHTKOLOMMEN.get(k).titel(), kop.getCell(k).getStringCellValue());
                assertTrue(boek.getFontAt(kop.getCell(k).getCellStyle().getFontIndex()).getBold());
            }
            assertEquals(1, blad.getPaneInformation().getHorizontalSplitPosition());
            assertNotNull(blad.getCTWorksheet().getAutoFilter());
            assertTrue(blad.getPrintSetup().getLandscape());
            assertEquals(List.of("Keuze lokaal of (sub)regionaal|geen projectkaart", "Beleid|Verordening",
                            "Financiën|geen projectkaart", "Inkoop|Leerroutes inkopen",
                            "Werkprocessen en ICT-systemen|geen projectkaart", "Voorlichting en communicatie|geen projectkaart"),
                    rijen(blad).stream().map(r -> tekst(r.getCell(0)) + "|" + tekst(r.getCell(1))).toList());
            Row inkoop = blad.getRow(4);
            assertEquals("Els Pieters", tekst(inkoop.getCell(2)));
            assertEquals(1.0, inkoop.getCell(4).getNumericCellValue());
            assertEquals("100%", new DataFormatter().formatCellValue(inkoop.getCell(4)));
            assertEquals(0, inkoop.getCell(6).getNumericCellValue());
            assertEquals(1, inkoop.getCell(7).getNumericCellValue());
            assertEquals("Gunning", tekst(inkoop.getCell(8)));
            assertDatum(LocalDate.of(2031, 6, 30), inkoop.getCell(9));
            // a theme name that wraps gets a row tall enough, also on a row without a card
            assertTrue(blad.getRow(1).getHeightInPoints() >= 2 * 15, "Keuze lokaal of (sub)regionaal past niet");
            Row beleid = blad.getRow(2);
            assertEquals("Jurist", tekst(beleid.getCell(3)));
            assertEquals(0.07, beleid.getCell(4).getNumericCellValue(), 0.0001);
            assertTrue(tekst(beleid.getCell(5)).startsWith("Projectmanager, Aanleiding, Doel"), tekst(beleid.getCell(5)));
        }
    }

    @Test
    void eachCardIsASheetInTheFourStepsWithItsMilestonesAsRealDates() throws Exception {
        long plan = Testplannen.gemeente();
        Map<String, Object> volledig = Kaarten.volledig();
        volledig.put("titel", "Leerroutes inkopen");
        volledig.put("mijlpalen", List.of(Map.of("omschrijving", "Marktconsultatie", "datum", "2031-03-31",
                        "status", "behaald"),
                Map.of("omschrijving", "Gunning", "datum", "2031-06-30", "status", "uitgesteld",
                        "nieuweDatum", "2031-09-30", "reden", "Bezwaar van een inschrijver")));
        Kaarten.nieuw(plan, volledig);

        try (XSSFWorkbook boek = lees(plan)) {
            XSSFSheet blad = boek.getSheet("Leerroutes inkopen");
            assertNotNull(blad, "geen blad voor de kaart");
            assertEquals(1, blad.getPaneInformation().getHorizontalSplitPosition());
            List<String> onderdelen = new ArrayList<>();
            rijen(blad).forEach(r -> onderdelen.add(tekst(r.getCell(0))));
            assertEquals(List.of("Projectkaart Inkoop: Leerroutes inkopen", "Volledig",
                    "Stap 1 · Implementatie", "Projectmanager", "Projectleider",
                    "Stap 2 · Omschrijving", "Aanleiding", "Doel", "SMART", "Aanpak", "Acties", "Risico's en voorwaarden",
                    "Risico's uit het register", "Investering", "Investering (euro)",
                    "Stap 3 · Mijlpalen", "Marktconsultatie", "Gunning",
                    "Stap 4 · Verandering", "Inzetten", "Informeren", "Verbeteren", "Betrekken", "Borgen"), onderdelen);
            Row manager = blad.getRow(4);
            assertEquals("Els Pieters", tekst(manager.getCell(1)));
            Cell volledigCel = blad.getRow(2).getCell(1);
            assertEquals(CellType.NUMERIC, volledigCel.getCellType(), "een percentage is een getal");
            assertEquals(1.0, volledigCel.getNumericCellValue());
            assertEquals("0%", volledigCel.getCellStyle().getDataFormatString());
            assertEquals("specifiek, meetbaar, acceptabel, realistisch, tijdgebonden", tekst(blad.getRow(9).getCell(1)));
            Cell bedrag = blad.getRow(15).getCell(1);
            assertEquals(CellType.NUMERIC, bedrag.getCellType(), "een bedrag is een getal, geen tekst");
            assertEquals(25000.5, bedrag.getNumericCellValue());
            assertEquals(nl.regiebord.export.Werkboekstijl.EURONOTATIE, bedrag.getCellStyle().getDataFormatString());
            assertEquals("€ 25.000,50", new DataFormatter(java.util.Locale.forLanguageTag("nl-NL")).formatCellValue(bedrag));

            Row consultatie = blad.getRow(17);
            assertDatum(LocalDate.of(2031, 3, 31), consultatie.getCell(Kaartwerkmap.DATUM));
            assertEquals("behaald", tekst(consultatie.getCell(Kaartwerkmap.STATUS)));
            assertNull(consultatie.getCell(Kaartwerkmap.NIEUWE_DATUM).getDateCellValue());
            Row gunning = blad.getRow(18);
            assertDatum(LocalDate.of(2031, 6, 30), gunning.getCell(Kaartwerkmap.DATUM));
            assertEquals("uitgesteld", tekst(gunning.getCell(Kaartwerkmap.STATUS)));
            assertDatum(LocalDate.of(2031, 9, 30), gunning.getCell(Kaartwerkmap.NIEUWE_DATUM));
            assertEquals("Reden van uitstel: Bezwaar van een inschrijver", tekst(gunning.getCell(1)));
            assertTrue(blad.getDataValidations().stream().anyMatch(v -> v.getRegions().getCellRangeAddress(0)
                    .formatAsString().equals("D18:D19")), "geen keuzelijst op de status van de mijlpalen");
            assertEquals("Borgen", tekst(blad.getRow(blad.getLastRowNum()).getCell(0)));
        }
    }

    @Test
    void theDownloadIsNamedAfterThePlanAndNeedsTheRightToExport() {
        long plan = Testplannen.gemeente();
        Response antwoord = given().get("/api/plannen/" + plan + "/export/projectkaarten.xlsx");
        assertEquals(200, antwoord.statusCode());
        assertTrue(antwoord.header("Content-Disposition").contains("Projectkaarten-Testplan"),
                antwoord.header("Content-Disposition"));
        assertEquals(200, given().get("/plannen/" + plan + "/export/projectkaarten.xlsx").statusCode());
        Testgebruikers.als(Testgebruikers.nieuw("Vreemde"), Testgebruikers.WACHTWOORD);
        assertEquals(404, given().get("/api/plannen/" + plan + "/export/projectkaarten.xlsx").statusCode());
    }

    private static XSSFWorkbook lees(long plan) throws Exception {
        Response antwoord = given().get("/api/plannen/" + plan + "/export/projectkaarten.xlsx");
        assertEquals(200, antwoord.statusCode());
        return new XSSFWorkbook(new ByteArrayInputStream(antwoord.asByteArray()));
    }

    /** The rows below the header. */
    private static List<Row> rijen(XSSFSheet blad) {
        List<Row> rijen = new ArrayList<>();
        for (int i = 1; i <= blad.getLastRowNum(); i++) {
            rijen.add(blad.getRow(i));
        }
        return rijen;
    }

    private static String tekst(Cell cel) {
        return cel == null ? "" : cel.getStringCellValue();
    }

    private static void assertDatum(LocalDate verwacht, Cell cel) {
        assertTrue(DateUtil.isCellDateFormatted(cel), cel.getAddress().formatAsString());
        assertEquals(verwacht, cel.getLocalDateTimeCellValue().toLocalDate());
    }
}
