package nl.regiebord.export;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.regiebord.actie.ActieStatus;
import nl.regiebord.actie.Bijlage1Checklist;
import nl.regiebord.actie.Bijlage1Voorblad;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.planwerkmap.Planwerkmap;
import nl.regiebord.product.Productenblad;
import nl.regiebord.product.Productstatus;
import nl.regiebord.stakeholder.Kwadrant;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole plan as one workbook, read back with POI cell by cell. */
@QuarkusTest
class PlanExportTest {

    private static final String EXPORTDATUM = "2026-11-23";

    /** A samenwerkingsverband with something in every part, so no sheet is empty. */
    private record Opzet(long plan, long actie, long product) {
    }

    private static Opzet opzet() {
        long plan = Testplannen.samenwerkingsverband();
        long actie = Testplannen.actie(plan, "beleid", "startnotitie", "startnotitie opstellen");
        given().contentType(ContentType.JSON).body(Map.of("status", "bezig", "verantwoordelijke", "Fatima el Amrani",
                "version", 0)).patch("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(200);
        List<Map<String, Object>> producten = given().get("/api/plannen/" + plan + "/producten").then().statusCode(200)
                .extract().jsonPath().getList("$");
        long product = producten.stream().filter(p -> p.get("product").equals("Visie op inburgering"))
                .map(p -> ((Number) p.get("id")).longValue()).findFirst().orElseThrow();
        given().contentType(ContentType.JSON).body(Map.of("status", "geleverd", "version", 0))
                .patch("/api/plannen/" + plan + "/producten/" + product).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("categorie", "financieel", "omschrijving", "Budget te laag",
                        "ingebrachtDoor", "Els", "kans", "hoog", "impact", "hoog"))
                .post("/api/plannen/" + plan + "/risicos").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("thema", "inkoop", "titel", "Inkoop taaltrajecten",
                        "mijlpalen", List.of(Map.of("omschrijving", "Gunning", "datum", "2021-06-30"))))
                .post("/api/plannen/" + plan + "/projectkaarten").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("naam", "COA", "type", "extern", "belang", "hoog",
                        "invloed", "zeer hoog", "frequentie", "maandelijks"))
                .post("/api/plannen/" + plan + "/stakeholders").then().statusCode(201);
        return new Opzet(plan, actie, product);
    }

    private static byte[] download(String pad) {
        Response antwoord = given().get(pad);
        assertEquals(200, antwoord.statusCode(), pad);
        assertTrue(antwoord.contentType().startsWith(XlsxStroom.MEDIA_TYPE), antwoord.contentType());
        return antwoord.asByteArray();
    }

    @Test
    void theWorkbookHoldsEveryPartInItsOrderAndOpensOnTheCover() throws Exception {
        Opzet opzet = opzet();
        Response antwoord = given().get("/api/plannen/" + opzet.plan() + "/export/plan.xlsx");
        assertEquals(200, antwoord.statusCode());
        String bijlage = antwoord.header("Content-Disposition");
        assertTrue(bijlage.startsWith("attachment; filename=\"Plan-Testplan ") && bijlage.contains("-" + EXPORTDATUM
                + ".xlsx\""), bijlage);
        try (XSSFWorkbook werkmap = Werkmaplezer.lees(antwoord.asByteArray())) {
            List<String> bladen = new ArrayList<>();
            werkmap.forEach(b -> bladen.add(b.getSheetName()));
            assertEquals(List.of("Voorblad", "Checklist", "Productenchecklist", "Projectkaarten", "Inkoop taaltrajecten",
                    "Risicoregister", "Risicomatrix", "Stakeholderanalyse", "Stakeholdermatrix", "Contactplan",
                    "Legenda", Keuzelijsten.BLADNAAM), bladen);
            for (int i = 0; i < bladen.size() - 1; i++) {
                assertFalse(werkmap.isSheetHidden(i), bladen.get(i));
                assertTrue(bladen.get(i).length() <= Bladnamen.MAX_LENGTE);
            }
            assertTrue(werkmap.isSheetHidden(bladen.size() - 1), "het lijstenblad is verborgen");
            assertEquals(0, werkmap.getActiveSheetIndex(), "de werkmap opent op het voorblad");
        }
        assertEquals(200, given().get("/plannen/" + opzet.plan() + "/export/plan.xlsx").statusCode(),
                "de download achter de knop op het dashboard");
        given().get("/api/plannen/999999/export/plan.xlsx").then().statusCode(404);
    }

    @Test
    void theCoverSaysWhichPlanWithRealDatesAndTheProgressTheApiGives() throws Exception {
        Opzet opzet = opzet();
        JsonPath voortgang = given().get("/api/plannen/" + opzet.plan() + "/voortgang").then().statusCode(200)
                .extract().jsonPath();
        try (XSSFWorkbook werkmap = Werkmaplezer.lees(download("/api/plannen/" + opzet.plan() + "/export/plan.xlsx"))) {
            Sheet voorblad = werkmap.getSheet("Voorblad");
            assertEquals(Planwerkmap.TITEL, voorblad.getRow(0).getCell(0).getStringCellValue());
            String naam = given().get("/api/plannen/" + opzet.plan()).then().extract().path("naam");
            assertEquals("Plan", voorblad.getRow(2).getCell(0).getStringCellValue());
            assertEquals(naam, voorblad.getRow(2).getCell(1).getStringCellValue());
            assertEquals("Gemeenten", voorblad.getRow(3).getCell(0).getStringCellValue());
            assertEquals("Cranendonck, Nederweert, Weert", voorblad.getRow(3).getCell(1).getStringCellValue());
            Cell inwerkingtreding = voorblad.getRow(4).getCell(1);
            assertEquals(CellType.NUMERIC, inwerkingtreding.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(inwerkingtreding));
            assertEquals(LocalDate.of(2022, 1, 1), inwerkingtreding.getLocalDateTimeCellValue().toLocalDate());
            Cell exportdatum = voorblad.getRow(5).getCell(1);
            assertTrue(DateUtil.isCellDateFormatted(exportdatum));
            assertEquals(LocalDate.parse(EXPORTDATUM), exportdatum.getLocalDateTimeCellValue().toLocalDate());

            List<Map<String, Object>> themas = voortgang.getList("$");
            for (int i = 0; i < themas.size(); i++) {
                Row rij = voorblad.getRow(Bijlage1Voorblad.EERSTE_VOORTGANGSRIJ + i);
                String thema = "[" + i + "].";
                assertEquals(voortgang.getString(thema + "themaNaam"), rij.getCell(0).getStringCellValue());
                assertEquals(voortgang.getInt(thema + "totaal"), (int) rij.getCell(1).getNumericCellValue());
                assertEquals(voortgang.getInt(thema + "perStatus.open"), (int) rij.getCell(2).getNumericCellValue());
                assertEquals(voortgang.getInt(thema + "perStatus.bezig"), (int) rij.getCell(3).getNumericCellValue());
                assertEquals(voortgang.getInt(thema + "afgerond"), (int) rij.getCell(4).getNumericCellValue());
                assertEquals(voortgang.getInt(thema + "perStatus.nvt"), (int) rij.getCell(5).getNumericCellValue());
                assertEquals(voortgang.getInt(thema + "percentageAfgerond") / 100.0, rij.getCell(6).getNumericCellValue(),
                        1e-9);
                assertEquals(voortgang.getInt(thema + "teLaat"), (int) rij.getCell(7).getNumericCellValue());
            }
            assertEquals(1, voortgang.getInt("find { it.thema == 'beleid' }.perStatus.bezig"), "de actie die bezig is");
        }
    }

    @Test
    void everyPartShowsItsRowsColoursAndDropdowns() throws Exception {
        Opzet opzet = opzet();
        try (XSSFWorkbook werkmap = Werkmaplezer.lees(download("/api/plannen/" + opzet.plan() + "/export/plan.xlsx"))) {
            XSSFSheet checklist = werkmap.getSheet("Checklist");
            Row actie = rijMetId(checklist, opzet.actie());
            assertEquals("startnotitie opstellen", actie.getCell(Bijlage1Checklist.ACTIE).getStringCellValue());
            assertEquals("bezig", actie.getCell(Bijlage1Checklist.STATUS).getStringCellValue());
            assertEquals("Fatima el Amrani", actie.getCell(Bijlage1Checklist.VERANTWOORDELIJKE).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(actie.getCell(Bijlage1Checklist.DEADLINE)));
            assertEquals(List.of("open", "bezig", "afgerond", "nvt"),
                    keuzelijst(werkmap, checklist, Bijlage1Checklist.STATUS, "Keuzelijst_Actiestatus"));

            XSSFSheet kaarten = werkmap.getSheet("Projectkaarten");
            boolean gevonden = false;
            for (Row rij : kaarten) {
                gevonden |= rij.getCell(1) != null && "Inkoop taaltrajecten".equals(rij.getCell(1).getStringCellValue());
            }
            assertTrue(gevonden, "de kaart staat in het overzicht");
            Sheet kaart = werkmap.getSheet("Inkoop taaltrajecten");
            Row gunning = null;
            for (Row rij : kaart) {
                if (rij.getCell(0) != null && "Gunning".equals(rij.getCell(0).getStringCellValue())) {
                    gunning = rij;
                }
            }
            assertNotNull(gunning, "de mijlpaal op het blad van de kaart");
            assertEquals(LocalDate.of(2021, 6, 30), gunning.getCell(2).getLocalDateTimeCellValue().toLocalDate());

            Sheet register = werkmap.getSheet("Risicoregister");
            assertEquals("Budget te laag", register.getRow(1).getCell(1).getStringCellValue());
            assertEquals("hoog", register.getRow(1).getCell(3).getStringCellValue());
            assertFill("F28B82", register.getRow(1).getCell(3));
            Sheet matrix = werkmap.getSheet("Risicomatrix");
            assertEquals("kans hoog", matrix.getRow(2).getCell(0).getStringCellValue());
            assertEquals("impact hoog", matrix.getRow(1).getCell(3).getStringCellValue());
            assertEquals("hoog: 1\nR1", matrix.getRow(2).getCell(3).getStringCellValue());
            assertFill("F28B82", matrix.getRow(2).getCell(3));

            Sheet grid = werkmap.getSheet("Stakeholdermatrix");
            assertEquals("invloed zeer hoog", grid.getRow(3).getCell(0).getStringCellValue());
            assertEquals("belang hoog", grid.getRow(2).getCell(3).getStringCellValue());
            assertEquals("BELANGRIJKE SPELER (1)\nCOA", grid.getRow(3).getCell(3).getStringCellValue());
            assertFill(Kwadrant.BELANGRIJKE_SPELER.rgb(), grid.getRow(3).getCell(3));

            XSSFSheet producten = werkmap.getSheet(Productenblad.BLADNAAM);
            int status = kolom(producten, Productenblad.KOP_STATUS);
            Row visie = rijMetId(producten, opzet.product());
            assertEquals("Visie op inburgering", visie.getCell(1).getStringCellValue());
            assertEquals("geleverd", visie.getCell(status).getStringCellValue());
            assertFill(Palet.AFGEROND.vulling(), visie.getCell(status));
            assertEquals(Keuzewaarde.toegestaan(Productstatus.class),
                    keuzelijst(werkmap, producten, status, "Keuzelijst_Productstatus"));
        }
    }

    @Test
    void theLegendIsReadFromTheRulesAndADataSheetPrintsAsAStuurgroepHandsItOut() throws Exception {
        Opzet opzet = opzet();
        try (XSSFWorkbook werkmap = Werkmaplezer.lees(download("/api/plannen/" + opzet.plan() + "/export/plan.xlsx"))) {
            Sheet legenda = werkmap.getSheet("Legenda");
            int acties = rijMet(legenda, "Status van een actie (Checklist)");
            assertEquals("Waarde", legenda.getRow(acties + 1).getCell(0).getStringCellValue());
            List<String> statussen = new ArrayList<>();
            for (int r = acties + 2; r < acties + 2 + ActieStatus.values().length; r++) {
                statussen.add(legenda.getRow(r).getCell(0).getStringCellValue());
            }
            assertEquals(Keuzewaarde.toegestaan(ActieStatus.class), statussen);
            Row afgerond = legenda.getRow(acties + 2 + ActieStatus.AFGEROND.ordinal());
            assertFill(Palet.AFGEROND.vulling(), afgerond.getCell(0));
            Row teLaat = legenda.getRow(acties + 2 + ActieStatus.values().length);
            assertEquals("te laat", teLaat.getCell(0).getStringCellValue());
            assertFill(Palet.TE_LAAT.vulling(), teLaat.getCell(0));
            assertTrue(teLaat.getCell(1).getStringCellValue().contains("niet afgerond of nvt"));

            int producten = rijMet(legenda, "Status van een product (Productenchecklist)");
            assertEquals("in voorbereiding", legenda.getRow(producten + 3).getCell(0).getStringCellValue());
            assertTrue(rijMet(legenda, "Status van een mijlpaal (projectkaarten)") > producten);
            int risicos = rijMet(legenda, "Status van een risico (Risicoregister)");
            assertEquals("beheerst", legenda.getRow(risicos + 3).getCell(0).getStringCellValue());
            assertEquals("staat in de risicomatrix", legenda.getRow(risicos + 3).getCell(1).getStringCellValue());
            int scoring = rijMet(legenda, "Hoe een risico wordt gescoord (hoofdstuk 4 van het Model Plan van Aanpak)");
            assertEquals("Score = kans × impact, met laag = 1, midden = 2, hoog = 3 (score 1 tot en met 9).",
                    legenda.getRow(scoring + 1).getCell(0).getStringCellValue());
            assertEquals(List.of("laag", "1–2", "midden", "3–4", "hoog", "6–9"), List.of(
                    legenda.getRow(scoring + 4).getCell(0).getStringCellValue(),
                    legenda.getRow(scoring + 4).getCell(1).getStringCellValue(),
                    legenda.getRow(scoring + 5).getCell(0).getStringCellValue(),
                    legenda.getRow(scoring + 5).getCell(1).getStringCellValue(),
                    legenda.getRow(scoring + 6).getCell(0).getStringCellValue(),
                    legenda.getRow(scoring + 6).getCell(1).getStringCellValue()));
            assertFill("F28B82", legenda.getRow(scoring + 6).getCell(0));
            int kwadranten = rijMet(legenda, "Kwadrant en wijze van omgang");
            Row speler = legenda.getRow(kwadranten + 1);
            assertEquals("belangrijke speler", speler.getCell(0).getStringCellValue());
            assertFill(Kwadrant.BELANGRIJKE_SPELER.rgb(), speler.getCell(0));
            assertEquals("belang hoog of zeer hoog, invloed hoog of zeer hoog", speler.getCell(1).getStringCellValue());
            assertEquals(Kwadrant.BELANGRIJKE_SPELER.omgang(), speler.getCell(2).getStringCellValue());
            assertEquals("belang laag of matig, invloed laag of matig",
                    legenda.getRow(kwadranten + 4).getCell(1).getStringCellValue());
            // the way of engagement wraps within the table instead of running on past it, which shrank the print
            assertTrue(speler.getCell(1).getCellStyle().getWrapText());
            assertTrue(speler.getCell(2).getCellStyle().getWrapText());
            assertTrue(speler.getHeightInPoints() >= 3 * 15, "hoog genoeg voor de omgang: " + speler.getHeightInPoints());
            XSSFSheet grid = werkmap.getSheet("Stakeholdermatrix");
            int gridKwadranten = rijMet(grid, "Kwadrant en wijze van omgang");
            Row gridSpeler = grid.getRow(gridKwadranten + 1);
            assertEquals(Kwadrant.BELANGRIJKE_SPELER.omgang(), gridSpeler.getCell(2).getStringCellValue());
            assertTrue(gridSpeler.getCell(2).getCellStyle().getWrapText());
            assertTrue(grid.getMergedRegions().contains(new CellRangeAddress(gridKwadranten + 1, gridKwadranten + 1,
                    2, 4)), "omgang over de kolommen van het raster: " + grid.getMergedRegions());
            assertTrue(gridSpeler.getHeightInPoints() >= 2 * 15);

            XSSFSheet producten2 = werkmap.getSheet(Productenblad.BLADNAAM);
            assertEquals(1, producten2.getPaneInformation().getHorizontalSplitPosition(), "kopregel vastgezet");
            assertNotNull(producten2.getCTWorksheet().getAutoFilter(), "autofilter");
            assertTrue(werkmap.getFontAt(producten2.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertTrue(producten2.getPrintSetup().getLandscape(), "liggend");
            assertTrue(producten2.getPrintSetup().getScale() >= Afdrukinstelling.MIN_SCHAAL, "leesbaar afgedrukt");
            assertEquals(CellRangeAddress.valueOf("1:1"), producten2.getRepeatingRows(), "kopregel op elke pagina");
            XSSFSheet register = werkmap.getSheet("Risicoregister");
            assertEquals(CellRangeAddress.valueOf("1:1"), register.getRepeatingRows());
            assertTrue(register.getPrintSetup().getLandscape());
        }
    }

    @Test
    void aFilledInPlanWorkbookGoesBackThroughBothImports() throws Exception {
        Opzet opzet = opzet();
        byte[] plan = download("/api/plannen/" + opzet.plan() + "/export/plan.xlsx");
        byte[] ingevuld;
        try (XSSFWorkbook werkmap = Werkmaplezer.lees(plan)) {
            XSSFSheet producten = werkmap.getSheet(Productenblad.BLADNAAM);
            int status = kolom(producten, Productenblad.KOP_STATUS);
            Row visie = rijMetId(producten, opzet.product());
            // a fresh cell, as a spreadsheet program writes one: POI cannot retype a streamed inline string
            visie.removeCell(visie.getCell(status));
            visie.createCell(status).setCellValue("nvt");
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            werkmap.write(uit);
            ingevuld = uit.toByteArray();
        }
        given().multiPart("bestand", "plan.xlsx", plan, XlsxStroom.MEDIA_TYPE)
                .post("/api/plannen/" + opzet.plan() + "/import/bijlage1?dryRun=true").then().statusCode(200)
                .body("blad", equalTo(Bijlage1Checklist.BLADNAAM)).body("aantallen.wijzigingen", equalTo(0));
        given().multiPart("bestand", "plan.xlsx", ingevuld, XlsxStroom.MEDIA_TYPE)
                .post("/api/plannen/" + opzet.plan() + "/import/producten?dryRun=true").then().statusCode(200)
                .body("aantallen.wijzigingen", equalTo(1))
                .body("rijen.find { it.id == " + opzet.product() + " }.wijzigingen[0].nieuw", equalTo("nvt"));
    }

    private static int kolom(Sheet blad, String kop) {
        for (Cell cel : blad.getRow(0)) {
            if (kop.equals(cel.getStringCellValue())) {
                return cel.getColumnIndex();
            }
        }
        throw new AssertionError("geen kolom " + kop + " op " + blad.getSheetName());
    }

    /** The row whose hidden id column holds this id; the key columns are hidden. */
    private static Row rijMetId(XSSFSheet blad, long id) {
        int kolom = kolom(blad, Rijsleutel.ID);
        assertTrue(blad.isColumnHidden(kolom) && blad.isColumnHidden(kolom(blad, Rijsleutel.VERSIE)),
                "id en versie verborgen op " + blad.getSheetName());
        for (Row rij : blad) {
            Cell cel = rij.getCell(kolom);
            if (rij.getRowNum() > 0 && cel != null && cel.getCellType() == CellType.NUMERIC
                    && (long) cel.getNumericCellValue() == id) {
                return rij;
            }
        }
        throw new AssertionError("geen rij met id " + id + " op " + blad.getSheetName());
    }

    private static int rijMet(Sheet blad, String tekst) {
        for (Row rij : blad) {
            Cell cel = rij.getCell(0);
            if (cel != null && cel.getCellType() == CellType.STRING && tekst.equals(cel.getStringCellValue())) {
                return rij.getRowNum();
            }
        }
        throw new AssertionError("geen rij '" + tekst + "' op " + blad.getSheetName());
    }

    /** The values of the dropdown on this column, checked to come from the named list on the hidden sheet. */
    private static List<String> keuzelijst(XSSFWorkbook werkmap, XSSFSheet blad, int kolom, String naam) {
        XSSFDataValidation validatie = blad.getDataValidations().stream()
                .filter(v -> Arrays.stream(v.getRegions().getCellRangeAddresses()).anyMatch(g -> g.getFirstColumn() == kolom))
                .findFirst().orElseThrow(() -> new AssertionError("geen keuzelijst in kolom " + kolom));
        assertEquals(naam, validatie.getValidationConstraint().getFormula1());
        AreaReference waar = new AreaReference(werkmap.getName(naam).getRefersToFormula(),
                werkmap.getSpreadsheetVersion());
        Sheet lijsten = werkmap.getSheet(waar.getFirstCell().getSheetName());
        assertEquals(Keuzelijsten.BLADNAAM, lijsten.getSheetName());
        return Arrays.stream(waar.getAllReferencedCells())
                .map(c -> lijsten.getRow(c.getRow()).getCell(c.getCol()).getStringCellValue()).toList();
    }

    private static void assertFill(String rgb, Cell cel) {
        XSSFCellStyle stijl = (XSSFCellStyle) cel.getCellStyle();
        assertNotNull(stijl.getFillForegroundXSSFColor(), "geen vulling in " + cel.getAddress());
        assertArrayEquals(HexFormat.of().parseHex(rgb), stijl.getFillForegroundXSSFColor().getRGB(),
                "kleur van " + cel.getAddress());
    }
}
