package nl.regiebord.product;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.export.Afdrukinstelling;
import nl.regiebord.export.Keuzelijsten;
import nl.regiebord.export.Palet;
import nl.regiebord.export.XlsxStroom;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static nl.regiebord.product.Productenblad.DOCUMENT;
import static nl.regiebord.product.Productenblad.ID;
import static nl.regiebord.product.Productenblad.PRODUCT;
import static nl.regiebord.product.Productenblad.STATUS;
import static nl.regiebord.product.Productenblad.THEMA;
import static nl.regiebord.product.Productenblad.TOELICHTING;
import static nl.regiebord.product.Productenblad.VERANTWOORDELIJKE;
import static nl.regiebord.product.Productenblad.VERSIE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ProductExportTest {

    @Test
    void everyProductIsARowUnderItsThemeWithTheValuesOfThePlan() throws IOException {
        long plan = Testplannen.gemeente();
        long visie = ProductApiTest.product(plan, "Visie op inburgering");
        ProductApiTest.wijzig(plan, visie, Map.of("status", "geleverd", "verantwoordelijke", "Beleidsadviseur",
                "document", "https://www.weert.nl/visie.pdf", "version", 0)).then().statusCode(200);
        try (XSSFWorkbook werkmap = werkmap("/api/plannen/" + plan + "/export/producten.xlsx")) {
            XSSFSheet blad = werkmap.getSheet(Productenblad.BLADNAAM);
            assertEquals(List.of("Thema", "Product", "Toelichting en aandachtspunten", "Status", "Verantwoordelijke",
                    "Document", "id", "versie"), teksten(blad.getRow(0)));

            List<String> themarijen = new ArrayList<>();
            List<String> producten = new ArrayList<>();
            for (int r = 1; r <= blad.getLastRowNum(); r++) {
                Row rij = blad.getRow(r);
                if (rij.getCell(ID).getCellType() == CellType.BLANK) {
                    themarijen.add(rij.getCell(THEMA).getStringCellValue());
                } else {
                    producten.add(rij.getCell(PRODUCT).getStringCellValue());
                }
            }
            assertEquals(List.of("Overkoepelend", "Aanpak inburgering", "Middelen en organisatie",
                    "Beleidsafstemming- of herijking"), themarijen);
            assertEquals(33, producten.size());
            assertEquals(1, producten.stream().filter(p -> p.equals("Sociale kaart inburgering")).count());

            Row thema = blad.getRow(1);
            assertEquals("1 van 8 geleverd (13%)", thema.getCell(PRODUCT).getStringCellValue());
            assertEquals(Palet.THEMA.vulling(), vulling(thema.getCell(THEMA)));
            assertTrue(werkmap.getFontAt(thema.getCell(THEMA).getCellStyle().getFontIndex()).getBold());

            Row eerste = blad.getRow(2);
            assertEquals("Overkoepelend", eerste.getCell(THEMA).getStringCellValue());
            assertEquals("Inventarisatie van de doelgroep", eerste.getCell(PRODUCT).getStringCellValue());
            assertEquals("Samenstelling, taakstelling en prognose doelgroep.",
                    eerste.getCell(TOELICHTING).getStringCellValue());
            assertEquals("open", eerste.getCell(STATUS).getStringCellValue());
            assertEquals(CellType.BLANK, eerste.getCell(VERANTWOORDELIJKE).getCellType());

            Row geleverd = rijVan(blad, "Visie op inburgering");
            assertEquals("geleverd", geleverd.getCell(STATUS).getStringCellValue());
            assertEquals("Beleidsadviseur", geleverd.getCell(VERANTWOORDELIJKE).getStringCellValue());
            assertEquals("https://www.weert.nl/visie.pdf", geleverd.getCell(DOCUMENT).getStringCellValue());
            assertEquals("https://www.weert.nl/visie.pdf", geleverd.getCell(DOCUMENT).getHyperlink().getAddress());
            assertEquals(Palet.AFGEROND.vulling(), vulling(geleverd.getCell(PRODUCT)));
            assertEquals((double) visie, geleverd.getCell(ID).getNumericCellValue());
            assertEquals(1.0, geleverd.getCell(VERSIE).getNumericCellValue());
            assertNull(vulling(eerste.getCell(PRODUCT)));
        }
    }

    @Test
    void idAndVersionAreTheLastTwoColumnsHiddenAndNamedForTheImport() throws IOException {
        long plan = Testplannen.gemeente();
        long team = ProductApiTest.product(plan, "Team");
        ProductApiTest.wijzig(plan, team, Map.of("status", "nvt", "version", 0)).then().statusCode(200);
        ProductApiTest.wijzig(plan, team, Map.of("verantwoordelijke", "HR", "document", "Teamplan 2022 (map HR)",
                "version", 1)).then().statusCode(200);
        try (XSSFWorkbook werkmap = werkmap("/api/plannen/" + plan + "/export/producten.xlsx")) {
            XSSFSheet blad = werkmap.getSheet(Productenblad.BLADNAAM);
            Row kop = blad.getRow(0);
            assertEquals(Productenblad.KOP_ID, kop.getCell(kop.getLastCellNum() - 2).getStringCellValue());
            assertEquals(Productenblad.KOP_VERSIE, kop.getCell(kop.getLastCellNum() - 1).getStringCellValue());
            assertTrue(blad.isColumnHidden(ID), "id is verborgen");
            assertTrue(blad.isColumnHidden(VERSIE), "versie is verborgen");
            for (int k = THEMA; k <= DOCUMENT; k++) {
                assertFalse(blad.isColumnHidden(k), "kolom " + k + " is zichtbaar");
            }
            Row rij = rijVan(blad, "Team");
            assertEquals((double) team, rij.getCell(ID).getNumericCellValue());
            assertEquals(2.0, rij.getCell(VERSIE).getNumericCellValue());
            assertEquals("nvt", rij.getCell(STATUS).getStringCellValue());
            assertEquals("Teamplan 2022 (map HR)", rij.getCell(DOCUMENT).getStringCellValue());
            assertNull(rij.getCell(DOCUMENT).getHyperlink(), "een documentnaam is geen link");
            List<Map<String, Object>> api = given().get("/api/plannen/" + plan + "/producten").then().extract()
                    .jsonPath().getList("$");
            for (Map<String, Object> product : api) {
                Row inBlad = rijVan(blad, (String) product.get("product"));
                assertEquals(((Number) product.get("id")).doubleValue(), inBlad.getCell(ID).getNumericCellValue());
                assertEquals(((Number) product.get("version")).doubleValue(), inBlad.getCell(VERSIE).getNumericCellValue());
            }
        }
    }

    @Test
    void theStatusColumnHasADropdownFromTheHiddenListSheet() throws IOException {
        long plan = Testplannen.gemeente();
        try (XSSFWorkbook werkmap = werkmap("/api/plannen/" + plan + "/export/producten.xlsx")) {
            XSSFSheet blad = werkmap.getSheet(Productenblad.BLADNAAM);
            List<XSSFDataValidation> validaties = blad.getDataValidations();
            assertEquals(1, validaties.size());
            XSSFDataValidation status = validaties.get(0);
            assertEquals(new CellRangeAddress(1, blad.getLastRowNum(), STATUS, STATUS),
                    status.getRegions().getCellRangeAddress(0));
            assertTrue(status.getShowErrorBox());
            assertFalse(status.getSuppressDropDownArrow());
            Name bereik = werkmap.getName(status.getValidationConstraint().getFormula1());
            AreaReference waar = new AreaReference(bereik.getRefersToFormula(), werkmap.getSpreadsheetVersion());
            XSSFSheet lijsten = werkmap.getSheet(waar.getFirstCell().getSheetName());
            assertEquals(Keuzelijsten.BLADNAAM, lijsten.getSheetName());
            assertTrue(werkmap.isSheetHidden(werkmap.getSheetIndex(lijsten)));
            List<String> waarden = Arrays.stream(waar.getAllReferencedCells())
                    .map(c -> lijsten.getRow(c.getRow()).getCell(c.getCol()).getStringCellValue()).toList();
            assertEquals(List.of("open", "in voorbereiding", "geleverd", "nvt"), waarden);
            assertEquals(Keuzewaarde.toegestaan(Productstatus.class), waarden);
        }
    }

    @Test
    void theHeaderIsBoldFrozenAndFilteredAndTheSheetPrintsLandscape() throws IOException {
        long plan = Testplannen.gemeente();
        String plannaam = given().get("/api/plannen/" + plan).then().extract().path("naam");
        try (XSSFWorkbook werkmap = werkmap("/api/plannen/" + plan + "/export/producten.xlsx")) {
            XSSFSheet blad = werkmap.getSheet(Productenblad.BLADNAAM);
            assertEquals(0, werkmap.getSheetIndex(blad));
            for (Cell kop : blad.getRow(0)) {
                assertTrue(werkmap.getFontAt(kop.getCellStyle().getFontIndex()).getBold(), kop.getStringCellValue());
                assertEquals(Palet.KOP.vulling(), vulling(kop));
            }
            PaneInformation paneel = blad.getPaneInformation();
            assertNotNull(paneel);
            assertTrue(paneel.isFreezePane());
            assertEquals(1, paneel.getHorizontalSplitPosition());
            assertEquals(0, paneel.getVerticalSplitPosition());
            assertEquals("A1:H" + (blad.getLastRowNum() + 1), blad.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(1 + 4 + 33, blad.getLastRowNum() + 1);

            PrintSetup afdruk = blad.getPrintSetup();
            assertTrue(afdruk.getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, afdruk.getPaperSize());
            assertTrue(afdruk.getScale() >= Afdrukinstelling.MIN_SCHAAL, "leesbaar afgedrukt: " + afdruk.getScale());
            assertEquals(CellRangeAddress.valueOf("1:1"), blad.getRepeatingRows());
            assertEquals(plannaam, blad.getHeader().getLeft());
            assertEquals("Productenchecklist", blad.getHeader().getCenter());
        }
    }

    @Test
    void thePagesDownloadIsTheSameWorkbookWithTheFileNameOfPlanAndDate() throws IOException {
        long plan = Testplannen.gemeente();
        String plannaam = given().get("/api/plannen/" + plan).then().extract().path("naam");
        Response api = given().get("/api/plannen/" + plan + "/export/producten.xlsx");
        assertEquals(200, api.statusCode());
        assertTrue(api.header("Content-Disposition").startsWith("attachment; filename=\"Producten-" + plannaam
                + "-2026-11-23.xlsx\""), api.header("Content-Disposition"));
        Bezoeker.open("/plannen/" + plan + "/producten");
        try (XSSFWorkbook werkmap = werkmap("/plannen/" + plan + "/export/producten.xlsx")) {
            assertEquals(1 + 4 + 33, werkmap.getSheet(Productenblad.BLADNAAM).getLastRowNum() + 1);
        }
        given().get("/api/plannen/999999999/export/producten.xlsx").then().statusCode(404);
    }

    private static XSSFWorkbook werkmap(String pad) throws IOException {
        Response antwoord = given().redirects().follow(false).get(pad);
        assertEquals(200, antwoord.statusCode(), pad);
        assertEquals(XlsxStroom.MEDIA_TYPE, antwoord.contentType());
        return new XSSFWorkbook(new ByteArrayInputStream(antwoord.asByteArray()));
    }

    private static Row rijVan(XSSFSheet blad, String product) {
        for (int r = 1; r <= blad.getLastRowNum(); r++) {
            Row rij = blad.getRow(r);
            if (rij.getCell(ID).getCellType() == CellType.NUMERIC && rij.getCell(PRODUCT).getStringCellValue().equals(product)) {
                return rij;
            }
        }
        throw new AssertionError("geen rij voor " + product);
    }

    private static List<String> teksten(Row rij) {
        List<String> teksten = new ArrayList<>();
        rij.forEach(c -> teksten.add(c.getStringCellValue()));
        return teksten;
    }

    private static String vulling(Cell cel) {
        XSSFCellStyle stijl = (XSSFCellStyle) cel.getCellStyle();
        if (stijl.getFillForegroundXSSFColor() == null) {
            return null;
        }
        return HexFormat.of().withUpperCase().formatHex(stijl.getFillForegroundXSSFColor().getRGB());
    }
}
