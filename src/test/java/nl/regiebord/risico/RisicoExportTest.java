package nl.regiebord.risico;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.regiebord.export.XlsxStroom;
import nl.regiebord.plan.Testplannen;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
class RisicoExportTest {

    @Test
    void theRegisterSheetHoldsEachRiskWithItsKwalificatieColour() throws Exception {
        long plan = Testplannen.gemeente();
        Risicos.breng(plan, Map.of("categorie", "financieel", "omschrijving", "Budget te laag",
                "maatregel", "Begroting per kwartaal", "kans", "hoog", "impact", "hoog", "restKans", "laag",
                "restImpact", "midden", "eigenaar", "Jan", "ingebrachtDoor", "Els")).statusCode(201);
        Risicos.gescoord(plan, "laag", "midden", "Kees");
        Risicos.gescoord(plan, "midden", "midden", "Kees");
        Risicos.breng(plan, Map.of("omschrijving", "Nog niet gescoord")).statusCode(201);

        try (XSSFWorkbook boek = lees(plan)) {
            assertEquals(List.of("Risicoregister", "Risicomatrix", "Legenda"),
                    List.of(boek.getSheetName(0), boek.getSheetName(1), boek.getSheetName(2)));
            XSSFSheet register = boek.getSheet("Risicoregister");
            Row kop = register.getRow(0);
            assertEquals(Risicoexport.KOPPEN.size(), kop.getLastCellNum());
            for (int k = 0; k < Risicoexport.KOPPEN.size(); k++) {
                assertEquals(Risicoexport.KOPPEN.get(k), kop.getCell(k).getStringCellValue());
                assertTrue(boek.getFontAt(kop.getCell(k).getCellStyle().getFontIndex()).getBold());
            }
            assertEquals(1, register.getPaneInformation().getHorizontalSplitPosition());
            assertNotNull(register.getCTWorksheet().getAutoFilter());
            assertTrue(register.getPrintSetup().getLandscape());
            assertEquals(4, register.getLastRowNum());

            Row eerste = register.getRow(1);
            assertEquals("R1", eerste.getCell(0).getStringCellValue());
            assertEquals("R4", register.getRow(4).getCell(0).getStringCellValue());
            assertEquals("Budget te laag", eerste.getCell(1).getStringCellValue());
            assertEquals("financieel", eerste.getCell(2).getStringCellValue());
            assertEquals("hoog", eerste.getCell(3).getStringCellValue());
            assertFill("F28B82", eerste.getCell(3));
            assertEquals(9, (int) eerste.getCell(4).getNumericCellValue());
            assertEquals("hoog", eerste.getCell(5).getStringCellValue());
            assertEquals("hoog", eerste.getCell(6).getStringCellValue());
            assertEquals("Begroting per kwartaal", eerste.getCell(7).getStringCellValue());
            assertEquals("Jan", eerste.getCell(8).getStringCellValue());
            assertEquals("open", eerste.getCell(9).getStringCellValue());
            assertEquals("Els", eerste.getCell(10).getStringCellValue());
            assertEquals("laag", eerste.getCell(11).getStringCellValue());
            assertEquals("midden", eerste.getCell(12).getStringCellValue());
            assertEquals("laag", eerste.getCell(13).getStringCellValue());
            assertFill("8FD19E", eerste.getCell(13));
            XSSFCell review = (XSSFCell) eerste.getCell(15);
            assertTrue(DateUtil.isCellDateFormatted(review));
            // hoog: reviewed monthly, from the day it was raised (the test clock's 23 November 2026)
            assertEquals(LocalDate.of(2026, 12, 23), review.getLocalDateTimeCellValue().toLocalDate());

            assertEquals("laag", register.getRow(2).getCell(3).getStringCellValue());
            assertFill("8FD19E", register.getRow(2).getCell(3));
            assertEquals("midden", register.getRow(3).getCell(3).getStringCellValue());
            assertFill("FFC46B", register.getRow(3).getCell(3));
            assertEquals("", register.getRow(4).getCell(3).getStringCellValue());
        }
    }

    @Test
    void theMatrixSheetIsAColouredGridWithCountsInWordsAndTheNumbersOfItsRisks() throws Exception {
        long plan = Testplannen.gemeente();
        Risicos.gescoord(plan, "hoog", "hoog", "A");
        Risicos.gescoord(plan, "hoog", "hoog", "B");
        Risicos.gescoord(plan, "laag", "laag", "C");
        try (XSSFWorkbook boek = lees(plan)) {
            Sheet matrix = boek.getSheet("Risicomatrix");
            assertEquals("impact laag", matrix.getRow(1).getCell(1).getStringCellValue());
            assertEquals("kans hoog", matrix.getRow(2).getCell(0).getStringCellValue());
            String[][] kleuren = {{"FFC46B", "F28B82", "F28B82"}, {"8FD19E", "FFC46B", "F28B82"}, {"8FD19E", "8FD19E", "FFC46B"}};
            String[][] teksten = {{"midden: 0", "hoog: 0", "hoog: 2\nR1, R2"}, {"laag: 0", "midden: 0", "hoog: 0"},
                    {"laag: 1\nR3", "laag: 0", "midden: 0"}};
            for (int r = 0; r < 3; r++) {
                for (int k = 0; k < 3; k++) {
                    XSSFCell cel = (XSSFCell) matrix.getRow(2 + r).getCell(1 + k);
                    assertEquals(teksten[r][k], cel.getStringCellValue(), "cel " + r + "," + k);
                    assertFill(kleuren[r][k], cel);
                }
            }
            assertTrue(matrix.getRow(2).getCell(3).getCellStyle().getWrapText());
            // the residual grid below: no rest scores, so the same places
            assertEquals("Na de maatregelen (rest)", matrix.getRow(6).getCell(0).getStringCellValue());
            assertEquals("hoog: 2\nR1, R2", matrix.getRow(8).getCell(3).getStringCellValue());
            // below the grids, each number with its full description
            assertEquals("Risico's in de matrix", matrix.getRow(12).getCell(0).getStringCellValue());
            assertEquals("Nr.", matrix.getRow(13).getCell(0).getStringCellValue());
            assertEquals("R1", matrix.getRow(14).getCell(0).getStringCellValue());
            assertEquals("Risico hoog/hoog van A", matrix.getRow(14).getCell(1).getStringCellValue());
            assertEquals("R3", matrix.getRow(16).getCell(0).getStringCellValue());
            assertEquals("Risico laag/laag van C", matrix.getRow(16).getCell(1).getStringCellValue());
            assertEquals(16, matrix.getLastRowNum());

            Sheet legenda = boek.getSheet("Legenda");
            assertTrue(legenda.getRow(1).getCell(0).getStringCellValue().contains("kans × impact"));
            assertEquals("hoog", legenda.getRow(6).getCell(0).getStringCellValue());
            assertEquals("6–9", legenda.getRow(6).getCell(1).getStringCellValue());
            assertFill("F28B82", (XSSFCell) legenda.getRow(6).getCell(0));
        }
    }

    @Test
    void theFileNameSaysPlanAndDateAndUnknownPlansAnswer404() {
        long plan = Testplannen.gemeente();
        Response antwoord = when().get("/api/plannen/" + plan + "/export/risicos.xlsx");
        assertEquals(200, antwoord.statusCode());
        assertTrue(antwoord.header("Content-Disposition").matches("attachment; filename=\"(Risicoregister-Testplan \\d+ \\d+-2026-11-23\\.xlsx)\"; "
                        + "filename\\*=UTF-8''Risicoregister-Testplan%20\\d+%20\\d+-2026-11-23\\.xlsx"),
                antwoord.header("Content-Disposition"));
        when().get("/api/plannen/999999/export/risicos.xlsx").then().statusCode(404);
    }

    private static XSSFWorkbook lees(long plan) throws Exception {
        Response antwoord = when().get("/api/plannen/" + plan + "/export/risicos.xlsx");
        assertEquals(200, antwoord.statusCode());
        assertTrue(antwoord.contentType().startsWith(XlsxStroom.MEDIA_TYPE));
        return new XSSFWorkbook(new ByteArrayInputStream(antwoord.asByteArray()));
    }

    private static void assertFill(String rgb, org.apache.poi.ss.usermodel.Cell cel) {
        XSSFCellStyle stijl = (XSSFCellStyle) cel.getCellStyle();
        assertNotNull(stijl.getFillForegroundXSSFColor(), "geen vulling in " + cel.getAddress());
        assertArrayEquals(HexFormat.of().parseHex(rgb), stijl.getFillForegroundXSSFColor().getRGB(),
                "kleur van " + cel.getAddress());
    }
}
