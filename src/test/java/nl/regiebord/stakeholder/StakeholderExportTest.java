package nl.regiebord.stakeholder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.regiebord.plan.Testplannen;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.when;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class StakeholderExportTest {

    @Test
    void theWorkbookHoldsTheAnalysisTheColouredGridAndTheContactPlan() throws Exception {
        long plan = Testplannen.gemeente();
        long coa = Stakeholders.id(Stakeholders.voegToe(plan, Map.of("naam", "COA", "cluster", "opvang",
                "belangen", "Snelle start", "wensenEisen", "Klantprofiel", "belang", "zeer hoog", "invloed", "hoog",
                "frequentie", "maandelijks", "communicatie", "overleg", "verantwoordelijke", "Els")));
        Stakeholders.contact(plan, coa, Map.of("datum", "2026-10-01", "door", "Els")).statusCode(201);
        Stakeholders.voegToe(plan, Map.of("naam", "Tolken", "type", "intern", "belang", "laag", "invloed", "laag",
                "frequentie", "jaarlijks")).statusCode(201);
        Stakeholders.voegToe(plan, Map.of("naam", "Pharos")).statusCode(201);

        Response antwoord = when().get("/api/plannen/" + plan + "/export/stakeholders.xlsx");
        assertEquals(200, antwoord.statusCode());
        assertTrue(antwoord.header("Content-Disposition").contains("Stakeholders-"), antwoord.header("Content-Disposition"));
        assertTrue(antwoord.header("Content-Disposition").contains("2026-11-23"), antwoord.header("Content-Disposition"));
        try (XSSFWorkbook boek = new XSSFWorkbook(new ByteArrayInputStream(antwoord.asByteArray()))) {
            assertEquals(List.of("Stakeholderanalyse", "Stakeholdermatrix", "Contactplan"),
                    List.of(boek.getSheetName(0), boek.getSheetName(1), boek.getSheetName(2)));

            XSSFSheet analyse = boek.getSheet("Stakeholderanalyse");
            Row kop = analyse.getRow(0);
            for (int k = 0; k < Stakeholderwerkmap.ANALYSEKOLOMMEN.size(); k++) {
                assertEquals(Stakeholderwerkmap.ANALYSEKOLOMMEN.get(k).titel(), kop.getCell(k).getStringCellValue());
            }
            assertEquals(1, analyse.getPaneInformation().getHorizontalSplitPosition());
            assertNotNull(analyse.getCTWorksheet().getAutoFilter());
            assertEquals(3, analyse.getLastRowNum());
            Row eerste = analyse.getRow(1);
            assertEquals(List.of("COA", "extern", "opvang", "Snelle start", "Klantprofiel", "zeer hoog", "hoog",
                            "belangrijke speler"),
                    List.of(tekst(eerste, 0), tekst(eerste, 1), tekst(eerste, 2), tekst(eerste, 3), tekst(eerste, 4),
                            tekst(eerste, 5), tekst(eerste, 6), tekst(eerste, 7)));
            assertTrue(tekst(eerste, 8).contains("persoonlijk contact"));
            assertEquals(List.of("maandelijks", "overleg", "Els"), List.of(tekst(eerste, 9), tekst(eerste, 10), tekst(eerste, 11)));
            assertFill(Kwadrant.BELANGRIJKE_SPELER.rgb(), (XSSFCell) eerste.getCell(7));
            assertEquals("monitoren", tekst(analyse.getRow(2), 7));
            assertFill(Kwadrant.MONITOREN.rgb(), (XSSFCell) analyse.getRow(2).getCell(7));
            assertEquals("", tekst(analyse.getRow(3), 7));
            // belang, invloed, frequentie and communicatie have dropdowns
            assertTrue(analyse.getDataValidations().size() >= 5);

            XSSFSheet matrix = boek.getSheet("Stakeholdermatrix");
            assertEquals("belang laag", tekst(matrix.getRow(2), 1));
            assertEquals("invloed zeer hoog", tekst(matrix.getRow(3), 0));
            // row invloed hoog (4), column belang zeer hoog (4)
            XSSFCell speler = (XSSFCell) matrix.getRow(4).getCell(4);
            assertEquals("BELANGRIJKE SPELER (1)\nCOA", speler.getStringCellValue());
            assertFill(Kwadrant.BELANGRIJKE_SPELER.rgb(), speler);
            XSSFCell monitoren = (XSSFCell) matrix.getRow(6).getCell(1);
            assertEquals("MONITOREN (1)\nTolken", monitoren.getStringCellValue());
            assertFill(Kwadrant.MONITOREN.rgb(), monitoren);
            assertEquals("TEVREDEN HOUDEN (0)", matrix.getRow(3).getCell(1).getStringCellValue());
            assertFill(Kwadrant.TEVREDEN_HOUDEN.rgb(), (XSSFCell) matrix.getRow(3).getCell(1));
            assertFill(Kwadrant.INFORMEREN.rgb(), (XSSFCell) matrix.getRow(6).getCell(4));

            XSSFSheet contactplan = boek.getSheet("Contactplan");
            Row te = contactplan.getRow(1);
            assertEquals("COA", tekst(te, 0));
            assertEquals(LocalDate.of(2026, 10, 1), datum(te, 5));
            assertEquals(LocalDate.of(2026, 11, 1), datum(te, 6));
            assertEquals("te laat", tekst(te, 7));
            Row tolken = contactplan.getRow(2);
            assertEquals("Tolken", tekst(tolken, 0));
            assertEquals(LocalDate.of(2027, 11, 23), datum(tolken, 6));
            assertEquals("", tekst(tolken, 7));
            assertEquals("Pharos", tekst(contactplan.getRow(3), 0));
        }
    }

    @Test
    void thePagesDownloadTheSameWorkbook() {
        long plan = Testplannen.gemeente();
        Response antwoord = when().get("/plannen/" + plan + "/export/stakeholders.xlsx");
        assertEquals(200, antwoord.statusCode());
        assertTrue(antwoord.contentType().startsWith("application/vnd.openxmlformats"));
    }

    private static String tekst(Row rij, int kolom) {
        var cel = rij.getCell(kolom);
        return cel == null ? "" : cel.getStringCellValue();
    }

    private static LocalDate datum(Row rij, int kolom) {
        var cel = rij.getCell(kolom);
        assertTrue(DateUtil.isCellDateFormatted(cel), "geen datumopmaak in kolom " + kolom);
        return cel.getLocalDateTimeCellValue().toLocalDate();
    }

    private static void assertFill(String rgb, XSSFCell cel) {
        XSSFCellStyle stijl = cel.getCellStyle();
        assertNotNull(stijl.getFillForegroundXSSFColor(), "geen vulling");
        assertArrayEquals(HexFormat.of().parseHex(rgb), stijl.getFillForegroundXSSFColor().getRGB());
    }
}
