package nl.regiebord.export;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.regiebord.actie.ActieStatus;
import nl.regiebord.actie.Bijlage1;
import nl.regiebord.actie.Bijlage1Checklist;
import nl.regiebord.actie.Bijlage1Voorblad;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.export.Werkmaplezer.Rij;
import nl.regiebord.export.Werkmaplezer.Rijsoort;
import nl.regiebord.klok.VerstelbareKlok;
import nl.regiebord.modelplan.Fase;
import nl.regiebord.plan.Testplannen;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static nl.regiebord.actie.Bijlage1Checklist.ACTIE;
import static nl.regiebord.actie.Bijlage1Checklist.DEADLINE;
import static nl.regiebord.actie.Bijlage1Checklist.EERSTE_GEMEENTE;
import static nl.regiebord.actie.Bijlage1Checklist.FASE;
import static nl.regiebord.actie.Bijlage1Checklist.KOLOM_AFGEVINKT;
import static nl.regiebord.actie.Bijlage1Checklist.KOLOM_TE_LAAT;
import static nl.regiebord.actie.Bijlage1Checklist.STATUS;
import static nl.regiebord.actie.Bijlage1Checklist.THEMA;
import static nl.regiebord.actie.Bijlage1Checklist.TOELICHTING;
import static nl.regiebord.actie.Bijlage1Checklist.VERANTWOORDELIJKE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class Bijlage1ExportTest {

    private static final List<String> VASTE_KOPPEN = List.of("Thema", "Fase", "Actie", "Deadline", "Status",
            "Verantwoordelijke", "Toelichting", "Te laat", "Afgevinkt");
    private static final List<String> SLEUTELKOPPEN = List.of(Rijsleutel.ID, Rijsleutel.VERSIE);

    /** The first key column in a plan of one gemeente: right after the fixed columns. */
    private static final int ID = VASTE_KOPPEN.size();

    @Inject
    VerstelbareKlok klok;
    @Inject
    Eigenacties eigenacties;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    @Test
    void everyActionIsARowInTheModelsOrderWithItsDeadlineAsARealDate() throws Exception {
        long plan = Testplannen.gemeente();
        long startnotitie = Testplannen.actie(plan, "beleid", "startnotitie", "startnotitie opstellen");
        wijzig(plan, startnotitie, Map.of("verantwoordelijke", "Fatima el Amrani", "toelichting", "Concept bij het MT"));
        eigenacties.voegToe(plan, "inkoop", Fase.UITVOEREND, "Eigen actie: taalaanbieders bezoeken",
                LocalDate.of(2027, 2, 15));
        List<Map<String, Object>> acties = acties(plan);

        try (XSSFWorkbook werkmap = Werkmaplezer.werkmap(plan)) {
            XSSFSheet checklist = werkmap.getSheet(Bijlage1Checklist.BLADNAAM);
            List<Rij> rijen = Werkmaplezer.rijen(checklist);
            List<Rij> actieRijen = Werkmaplezer.van(rijen, Rijsoort.ACTIE);
            assertEquals(acties.size(), actieRijen.size(), "één rij per actie");
            for (int i = 0; i < acties.size(); i++) {
                Map<String, Object> actie = acties.get(i);
                Rij rij = actieRijen.get(i);
                String plaats = "rij " + (rij.nummer() + 1) + " (" + actie.get("actie") + ")";
                String thema = actie.get("onderdeelNaam") == null ? (String) actie.get("themaNaam")
                        : actie.get("themaNaam") + " – " + actie.get("onderdeelNaam");
                assertEquals(thema, rij.tekst(THEMA), plaats);
                assertEquals(actie.get("fase"), rij.tekst(FASE), plaats);
                // what the model does not say (the fase and name of the steps of § 2.5) is marked as Regiebord's own
                assertEquals(actie.get("actie") + (actie.get("eigenAanvulling") == null ? ""
                        : " (eigen aanvulling Regiebord)"), rij.tekst(ACTIE), plaats);
                assertEquals(actie.get("status"), rij.tekst(STATUS), plaats);
                assertEquals(Objects.toString(actie.get("verantwoordelijke"), ""), rij.tekst(VERANTWOORDELIJKE), plaats);
                assertEquals(Objects.toString(actie.get("toelichting"), ""), rij.tekst(TOELICHTING), plaats);
                assertEquals(Boolean.TRUE.equals(actie.get("teLaat")) ? "te laat" : "", rij.tekst(KOLOM_TE_LAAT), plaats);
                assertEquals(((Number) actie.get("id")).doubleValue(), rij.cel(ID).getNumericCellValue(), plaats);
                assertEquals(((Number) actie.get("version")).doubleValue(), rij.cel(ID + 1).getNumericCellValue(), plaats);
                Cell deadline = rij.cel(DEADLINE);
                assertEquals(Werkboekstijl.DATUMNOTATIE, deadline.getCellStyle().getDataFormatString(), plaats);
                if (actie.get("deadline") == null) {
                    assertEquals(CellType.BLANK, deadline.getCellType(), plaats);
                } else {
                    assertEquals(CellType.NUMERIC, deadline.getCellType(), plaats);
                    assertTrue(DateUtil.isCellDateFormatted(deadline), plaats);
                    assertEquals(LocalDate.parse((String) actie.get("deadline")),
                            deadline.getLocalDateTimeCellValue().toLocalDate(), plaats);
                }
            }
            Rij eigen = actieRijen.stream().filter(r -> r.tekst(ACTIE).startsWith("Eigen actie")).findFirst().orElseThrow();
            Rij laatsteInkoop = actieRijen.stream().filter(r -> r.tekst(THEMA).equals("Inkoop"))
                    .reduce((a, b) -> b).orElseThrow();
            assertEquals(eigen.nummer(), laatsteInkoop.nummer(), "eigen acties na die van het model");
            assertEquals(LocalDate.of(2027, 2, 15), eigen.cel(DEADLINE).getLocalDateTimeCellValue().toLocalDate());
            Rij metNaam = actieRijen.stream().filter(r -> r.tekst(ACTIE).equals("startnotitie opstellen")).findFirst()
                    .orElseThrow();
            assertEquals("Fatima el Amrani", metNaam.tekst(VERANTWOORDELIJKE));
            assertEquals("Concept bij het MT", metNaam.tekst(TOELICHTING));
            assertEquals(List.of("Voorlichting en communicatie – Interne en externe communicatie",
                            "communicatiemateriaal ontwikkelen en uitvoeren (eigen aanvulling Regiebord)"),
                    List.of(actieRijen.get(actieRijen.size() - 1).tekst(THEMA),
                            actieRijen.get(actieRijen.size() - 1).tekst(ACTIE)));
            assertEquals(7, actieRijen.stream().filter(r -> r.tekst(ACTIE).endsWith("(eigen aanvulling Regiebord)"))
                    .count());
            String voorblad = java.util.stream.StreamSupport.stream(werkmap.getSheet(Bijlage1Voorblad.BLADNAAM)
                            .spliterator(), false).map(r -> r.getCell(0) == null ? "" : r.getCell(0).toString())
                    .filter(t -> t.startsWith("Acties met")).findFirst().orElseThrow();
            assertTrue(voorblad.contains("§ 2.5 (voorlichting en communicatie) heeft geen tijdtafel"), voorblad);
        }
    }

    @Test
    void eachThemeStartsWithABoldThemeRowAndEachActionIsFollowedByItsStepsToTick() throws Exception {
        long plan = Testplannen.gemeente();
        long inventariseren = Testplannen.actie(plan, "beleid", "beleidskader", "inventariseren");
        Map<String, Object> actie = given().get("/api/plannen/" + plan + "/acties/" + inventariseren).then()
                .statusCode(200).extract().jsonPath().getMap("$");
        List<Map<String, Object>> stappen = stappen(actie);
        Map<String, Object> tweede = stappen.get(1);
        given().contentType(ContentType.JSON).body(Map.of("afgevinkt", true, "version", tweede.get("version")))
                .patch("/api/plannen/" + plan + "/acties/" + inventariseren + "/stappen/" + tweede.get("id"))
                .then().statusCode(200);
        List<Map<String, Object>> acties = acties(plan);

        try (XSSFWorkbook werkmap = Werkmaplezer.werkmap(plan)) {
            List<Rij> rijen = Werkmaplezer.rijen(werkmap.getSheet(Bijlage1Checklist.BLADNAAM));
            int r = 0;
            String thema = null;
            for (Map<String, Object> a : acties) {
                if (!a.get("thema").equals(thema)) {
                    thema = (String) a.get("thema");
                    Rij themaRij = rijen.get(r++);
                    assertEquals(Rijsoort.THEMA, themaRij.soort(), "themarij vóór " + a.get("actie"));
                    assertEquals(a.get("themaNaam"), themaRij.tekst(THEMA));
                    assertTrue(werkmap.getFontAt(themaRij.cel(THEMA).getCellStyle().getFontIndex()).getBold());
                    assertEquals(Palet.THEMA.vulling(), Werkmaplezer.vulling(themaRij.cel(STATUS)), "band over de rij");
                }
                Rij actieRij = rijen.get(r++);
                assertEquals(Rijsoort.ACTIE, actieRij.soort());
                assertEquals(a.get("actie") + (a.get("eigenAanvulling") == null ? ""
                        : " (eigen aanvulling Regiebord)"), actieRij.tekst(ACTIE));
                for (Map<String, Object> stap : stappen(a)) {
                    Rij stapRij = rijen.get(r++);
                    assertEquals(Rijsoort.STAP, stapRij.soort(), "stap onder " + a.get("actie"));
                    assertTrue(stapRij.tekst(ACTIE).startsWith(stap.get("kop") + " " + stap.get("tekst")));
                    assertEquals(Boolean.TRUE.equals(stap.get("afgevinkt")) ? "✓" : "☐", stapRij.tekst(KOLOM_AFGEVINKT));
                    assertEquals(2, stapRij.cel(ACTIE).getCellStyle().getIndention(), "stap ingesprongen");
                    if (stapRij.tekst(ACTIE).length() > 100) {
                        assertTrue(stapRij.rij().getHeightInPoints() >= 3 * Werkboekstijl.REGELHOOGTE,
                                "lange stap krijgt de hoogte van zijn regels");
                    }
                    assertEquals(actieRij.tekst(THEMA), stapRij.tekst(THEMA), "filteren op thema houdt stappen bij hun actie");
                    assertNull(stapRij.cel(ID), "een stap is geen rij om te importeren");
                }
            }
            assertEquals(rijen.size(), r, "geen rijen over");
            long afgevinkt = rijen.stream().filter(x -> x.tekst(KOLOM_AFGEVINKT).equals("✓")).count();
            assertEquals(1, afgevinkt);
            assertEquals(6, Werkmaplezer.van(rijen, Rijsoort.THEMA).size(), "zes thema's in het model");
        }
    }

    @Test
    void theHeaderIsBoldFrozenAndFilteredAndTheColumnsHaveWidths() throws Exception {
        long plan = Testplannen.gemeente();
        try (XSSFWorkbook werkmap = Werkmaplezer.werkmap(plan)) {
            XSSFSheet checklist = werkmap.getSheet(Bijlage1Checklist.BLADNAAM);
            List<String> koppen = new ArrayList<>();
            checklist.getRow(0).forEach(c -> koppen.add(c.getStringCellValue()));
            List<String> verwacht = new ArrayList<>(VASTE_KOPPEN);
            verwacht.addAll(SLEUTELKOPPEN);
            assertEquals(verwacht, koppen, "een gemeente: geen besluitkolommen; id en versie achteraan");
            for (int k = 0; k < koppen.size(); k++) {
                assertEquals(k >= VASTE_KOPPEN.size(), checklist.isColumnHidden(k), "alleen id en versie verborgen: " + koppen.get(k));
            }
            for (Cell kop : checklist.getRow(0)) {
                assertTrue(werkmap.getFontAt(kop.getCellStyle().getFontIndex()).getBold(), kop.getStringCellValue());
                assertEquals(Palet.KOP.vulling(), Werkmaplezer.vulling(kop));
                for (String woord : kop.getStringCellValue().split(" ")) {
                    assertTrue(checklist.getColumnWidth(kop.getColumnIndex()) >= Math.round(256
                            * Kolombreedte.tekens(woord, Tekstmaat.letter("Calibri", 11, true, false))),
                            "de kop breekt geen woord: " + kop);
                }
            }
            assertEquals(Bijlage1Checklist.VASTE_KOLOMMEN.get(ACTIE).maximum() * 256, checklist.getColumnWidth(ACTIE),
                    "de lange stappen krijgen de grootste breedte");

            PaneInformation paneel = checklist.getPaneInformation();
            assertNotNull(paneel, "vastgezette kop");
            assertTrue(paneel.isFreezePane());
            assertEquals(1, paneel.getHorizontalSplitPosition(), "rij 1 staat vast");
            assertEquals(0, paneel.getVerticalSplitPosition(), "geen kolommen vast");

            String filter = checklist.getCTWorksheet().getAutoFilter().getRef();
            assertEquals("A1:I" + (checklist.getLastRowNum() + 1), filter);
            Name filterNaam = werkmap.getAllNames().stream()
                    .filter(n -> n.getNameName().equals("_xlnm._FilterDatabase")).findFirst().orElseThrow();
            assertEquals(werkmap.getSheetIndex(checklist), filterNaam.getSheetIndex());
        }
    }

    @Test
    void theStatusColumnHasADropdownWithTheAllowedStatusesFromTheHiddenListSheet() throws Exception {
        long plan = Testplannen.gemeente();
        try (XSSFWorkbook werkmap = Werkmaplezer.werkmap(plan)) {
            XSSFSheet checklist = werkmap.getSheet(Bijlage1Checklist.BLADNAAM);
            List<XSSFDataValidation> validaties = checklist.getDataValidations();
            assertEquals(1, validaties.size());
            XSSFDataValidation status = validaties.get(0);
            CellRangeAddress gebied = status.getRegions().getCellRangeAddress(0);
            assertEquals(new CellRangeAddress(1, checklist.getLastRowNum(), STATUS, STATUS), gebied);
            assertTrue(status.getShowErrorBox(), "andere waarden worden geweigerd");
            assertFalse(status.getSuppressDropDownArrow(), "het pijltje is zichtbaar");
            assertTrue(status.getErrorBoxText().startsWith("Kies een waarde uit de lijst"));

            String naam = status.getValidationConstraint().getFormula1();
            assertEquals("Keuzelijst_Actiestatus", naam);
            Name bereik = werkmap.getName(naam);
            AreaReference waar = new AreaReference(bereik.getRefersToFormula(), werkmap.getSpreadsheetVersion());
            XSSFSheet lijsten = werkmap.getSheet(waar.getFirstCell().getSheetName());
            assertEquals(Keuzelijsten.BLADNAAM, lijsten.getSheetName());
            assertTrue(werkmap.isSheetHidden(werkmap.getSheetIndex(lijsten)), "het lijstenblad is verborgen");
            List<String> waarden = Arrays.stream(waar.getAllReferencedCells())
                    .map(c -> lijsten.getRow(c.getRow()).getCell(c.getCol()).getStringCellValue()).toList();
            assertEquals(Keuzewaarde.toegestaan(ActieStatus.class), waarden);
            assertEquals(List.of("open", "bezig", "afgerond", "nvt"), waarden);
            assertEquals(0, werkmap.getActiveSheetIndex(), "de werkmap opent op het voorblad");
        }
    }

    @Test
    void theChecklistPrintsLandscapeReadablyOnOnePageWidthWithTheHeaderRowOnEveryPage() throws Exception {
        String plannaam = "Zorg & Werk " + System.nanoTime();
        long plan = given().contentType(ContentType.JSON)
                .body(Map.of("naam", plannaam, "gemeenten", List.of("Weert"), "inwerkingtreding", "2022-01-01"))
                .post("/api/plannen").then().statusCode(201).extract().jsonPath().getLong("id");
        try (XSSFWorkbook werkmap = Werkmaplezer.werkmap(plan)) {
            XSSFSheet checklist = werkmap.getSheet(Bijlage1Checklist.BLADNAAM);
            PrintSetup afdruk = checklist.getPrintSetup();
            assertTrue(afdruk.getLandscape(), "liggend");
            assertEquals(PrintSetup.A4_PAPERSIZE, afdruk.getPaperSize());
            assertFalse(checklist.getFitToPage(), "niet verkleinen tot het past, maar met een vaste schaal");
            assertTrue(afdruk.getScale() >= Afdrukinstelling.MIN_SCHAAL, "schaal " + afdruk.getScale());
            assertTrue(Afdrukinstelling.breedte(checklist) * afdruk.getScale() / 100 <= Afdrukinstelling.PAGINABREEDTE,
                    "de checklist van één gemeente past op de breedte van een pagina");
            assertFalse(afdruk.getLeftToRight(), "eerst alle rijen, dan de kolommen ernaast");
            assertEquals(CellRangeAddress.valueOf("1:1"), checklist.getRepeatingRows(), "koprij op elke pagina");
            assertEquals(plannaam.replace("&", "&&"), checklist.getHeader().getLeft(), "& staat er letterlijk");
            assertEquals("Bijlage 1 – checklist", checklist.getHeader().getCenter());
            assertEquals("Export 23-11-2026", checklist.getHeader().getRight());
            assertEquals("Pagina &P van &N", checklist.getFooter().getCenter());

            XSSFSheet voorblad = werkmap.getSheet(Bijlage1Voorblad.BLADNAAM);
            assertTrue(voorblad.getPrintSetup().getLandscape());
            assertEquals(100, voorblad.getPrintSetup().getScale(), "het voorblad past op ware grootte");
            assertEquals("Export 23-11-2026", voorblad.getHeader().getRight());
        }
    }

    @Test
    void lateActionsSayTeLaatOnARedRowAndFollowTheClock() throws Exception {
        long plan = Testplannen.gemeente();
        long opstellen = Testplannen.actie(plan, "beleid", "verordening", "verordening opstellen");
        wijzig(plan, opstellen, Map.of("status", "afgerond"));
        klok.zet(LocalDate.of(2021, 5, 1));
        List<Map<String, Object>> acties = acties(plan);
        long teLaat = acties.stream().filter(a -> Boolean.TRUE.equals(a.get("teLaat"))).count();
        assertTrue(teLaat > 0 && teLaat < acties.size(), "op 1 mei 2021 is een deel te laat: " + teLaat);

        try (XSSFWorkbook werkmap = Werkmaplezer.werkmap(plan)) {
            List<Rij> rijen = Werkmaplezer.van(Werkmaplezer.rijen(werkmap.getSheet(Bijlage1Checklist.BLADNAAM)),
                    Rijsoort.ACTIE);
            for (int i = 0; i < acties.size(); i++) {
                Map<String, Object> actie = acties.get(i);
                Rij rij = rijen.get(i);
                boolean laat = Boolean.TRUE.equals(actie.get("teLaat"));
                String verwacht = laat ? Palet.TE_LAAT.vulling()
                        : actie.get("status").equals("afgerond") ? Palet.AFGEROND.vulling() : "";
                assertEquals(laat ? "te laat" : "", rij.tekst(KOLOM_TE_LAAT), "" + actie.get("actie"));
                for (int k = THEMA; k <= KOLOM_AFGEVINKT; k++) {
                    assertEquals(verwacht, Werkmaplezer.vulling(rij.cel(k)), actie.get("actie") + ", kolom " + k);
                }
                if (laat) {
                    XSSFCellStyle stijl = (XSSFCellStyle) rij.cel(KOLOM_TE_LAAT).getCellStyle();
                    assertEquals("FF" + Palet.TE_LAAT.tekst(), stijl.getFont().getXSSFColor().getARGBHex());
                }
            }
            Rij afgerond = rijen.stream().filter(r -> r.tekst(ACTIE).equals("verordening opstellen")).findFirst()
                    .orElseThrow();
            assertEquals("", afgerond.tekst(KOLOM_TE_LAAT));
            assertEquals(Palet.AFGEROND.vulling(), Werkmaplezer.vulling(afgerond.cel(STATUS)));
        }

        klok.zet(LocalDate.of(2020, 6, 1));
        try (XSSFWorkbook werkmap = Werkmaplezer.werkmap(plan)) {
            List<Rij> rijen = Werkmaplezer.rijen(werkmap.getSheet(Bijlage1Checklist.BLADNAAM));
            assertTrue(rijen.stream().noneMatch(r -> r.tekst(KOLOM_TE_LAAT).equals("te laat")),
                    "in juni 2020 is nog niets te laat");
        }
    }

    @Test
    void aSamenwerkingsverbandShowsEachGemeentesDecisionInItsOwnColumn() throws Exception {
        long plan = Testplannen.samenwerkingsverband();
        long vaststellen = Testplannen.actie(plan, "beleid", "verordening", "verordening vaststellen");
        String besluiten = "/api/plannen/" + plan + "/acties/" + vaststellen + "/besluiten";
        List<Map<String, Object>> perGemeente = given().get(besluiten).then().statusCode(200).extract().jsonPath()
                .getList("$");
        Map<String, Object> weert = perGemeente.stream().filter(b -> b.get("gemeente").equals("Weert")).findFirst()
                .orElseThrow();
        Map<String, Object> nederweert = perGemeente.stream().filter(b -> b.get("gemeente").equals("Nederweert"))
                .findFirst().orElseThrow();
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "besloten", "datum", "2021-10-12", "version", weert.get("version")))
                .patch(besluiten + "/" + weert.get("id")).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("status", "geagendeerd", "version", nederweert.get("version")))
                .patch(besluiten + "/" + nederweert.get("id")).then().statusCode(200);
        List<Map<String, Object>> acties = acties(plan);

        try (XSSFWorkbook werkmap = Werkmaplezer.werkmap(plan)) {
            XSSFSheet checklist = werkmap.getSheet(Bijlage1Checklist.BLADNAAM);
            List<String> koppen = new ArrayList<>();
            checklist.getRow(0).forEach(c -> koppen.add(c.getStringCellValue()));
            List<String> verwacht = new ArrayList<>(VASTE_KOPPEN);
            verwacht.addAll(List.of("Besluit Cranendonck", "Besluit Nederweert", "Besluit Weert"));
            verwacht.addAll(SLEUTELKOPPEN);
            assertEquals(verwacht, koppen, "de verborgen sleutel na de besluitkolommen");
            assertEquals("A1:L" + (checklist.getLastRowNum() + 1), checklist.getCTWorksheet().getAutoFilter().getRef());

            List<Rij> rijen = Werkmaplezer.van(Werkmaplezer.rijen(checklist), Rijsoort.ACTIE);
            Rij rij = rijen.stream().filter(r -> r.tekst(ACTIE).equals("verordening vaststellen")).findFirst()
                    .orElseThrow();
            assertEquals("open", rij.tekst(EERSTE_GEMEENTE));
            assertEquals("geagendeerd", rij.tekst(EERSTE_GEMEENTE + 1));
            assertEquals("besloten 12-10-2021", rij.tekst(EERSTE_GEMEENTE + 2));
            assertEquals("bezig", rij.tekst(STATUS), "de status volgt de besluiten");

            for (int i = 0; i < acties.size(); i++) {
                Rij r = rijen.get(i);
                boolean perGemeenteBesluit = acties.get(i).get("besluiten") != null;
                assertEquals(perGemeenteBesluit, acties.get(i).get("fase").equals("besluitvormende fase"));
                for (int g = 0; g < 3; g++) {
                    assertEquals(perGemeenteBesluit, !r.tekst(EERSTE_GEMEENTE + g).isEmpty(),
                            acties.get(i).get("actie") + ": besluit alleen in de besluitvormende fase");
                }
            }
        }
    }

    @Test
    void theCoverSheetNamesPlanGemeentenDatesAndProgressPerTheme() throws Exception {
        long plan = Testplannen.samenwerkingsverband();
        wijzig(plan, Testplannen.actie(plan, "inkoop", null, "inventariseren"), Map.of("status", "afgerond"));
        Map<String, Object> planJson = given().get("/api/plannen/" + plan).then().extract().jsonPath().getMap("$");
        List<Map<String, Object>> voortgang = given().get("/api/plannen/" + plan + "/voortgang").then().statusCode(200)
                .extract().jsonPath().getList("$");

        try (XSSFWorkbook werkmap = Werkmaplezer.werkmap(plan)) {
            XSSFSheet voorblad = werkmap.getSheetAt(0);
            assertEquals(Bijlage1Voorblad.BLADNAAM, voorblad.getSheetName());
            assertEquals(Bijlage1Voorblad.TITEL, voorblad.getRow(0).getCell(0).getStringCellValue());
            assertEquals(List.of("Plan", planJson.get("naam")), tekstRij(voorblad, 2, 2));
            assertEquals(List.of("Gemeenten", "Cranendonck, Nederweert, Weert"), tekstRij(voorblad, 3, 2));
            assertEquals("Inwerkingtreding", voorblad.getRow(4).getCell(0).getStringCellValue());
            assertDatum(LocalDate.of(2022, 1, 1), voorblad.getRow(4).getCell(1));
            assertEquals("Exportdatum", voorblad.getRow(5).getCell(0).getStringCellValue());
            assertDatum(VerstelbareKlok.STANDAARD, voorblad.getRow(5).getCell(1));
            assertEquals(List.of("Modelversie", planJson.get("modelversie")), tekstRij(voorblad, 6, 2));

            int r = Bijlage1Voorblad.EERSTE_VOORTGANGSRIJ;
            assertEquals(List.of("Thema", "Acties", "Open", "Bezig", "Afgerond", "Nvt", "% afgerond", "Te laat",
                    "Volgende deadline"), tekstRij(voorblad, r - 1, 9));
            for (Map<String, Object> thema : voortgang) {
                var rij = voorblad.getRow(r++);
                @SuppressWarnings("unchecked")
                Map<String, Integer> perStatus = (Map<String, Integer>) thema.get("perStatus");
                assertEquals(thema.get("themaNaam"), rij.getCell(0).getStringCellValue());
                assertEquals(((Number) thema.get("totaal")).doubleValue(), rij.getCell(1).getNumericCellValue());
                assertEquals(perStatus.get("open").doubleValue(), rij.getCell(2).getNumericCellValue());
                assertEquals(perStatus.get("bezig").doubleValue(), rij.getCell(3).getNumericCellValue());
                assertEquals(((Number) thema.get("afgerond")).doubleValue(), rij.getCell(4).getNumericCellValue());
                assertEquals(perStatus.get("nvt").doubleValue(), rij.getCell(5).getNumericCellValue());
                assertEquals(((Number) thema.get("percentageAfgerond")).doubleValue() / 100,
                        rij.getCell(6).getNumericCellValue(), 1e-9);
                assertEquals("0%", rij.getCell(6).getCellStyle().getDataFormatString());
                assertEquals(((Number) thema.get("teLaat")).doubleValue(), rij.getCell(7).getNumericCellValue());
                if (thema.get("volgendeDeadline") == null) {
                    assertEquals(CellType.BLANK, rij.getCell(8).getCellType());
                } else {
                    assertDatum(LocalDate.parse((String) thema.get("volgendeDeadline")), rij.getCell(8));
                }
            }
            var totaal = voorblad.getRow(r);
            assertEquals("Hele plan", totaal.getCell(0).getStringCellValue());
            assertEquals(voortgang.stream().mapToDouble(t -> ((Number) t.get("totaal")).doubleValue()).sum(),
                    totaal.getCell(1).getNumericCellValue());
            assertTrue(voortgang.stream().anyMatch(t -> t.get("thema").equals("inkoop")
                    && ((Number) t.get("afgerond")).intValue() == 1));
        }
    }

    @Test
    void theFileNameSaysPlanAndDateAndKeepsANonAsciiNameForTheBrowser() {
        long plan = given().contentType(ContentType.JSON)
                .body(Map.of("naam", "Plan Súdwest-Fryslân / Weert", "gemeenten", List.of("Súdwest-Fryslân", "Weert"),
                        "inwerkingtreding", "2022-01-01"))
                .post("/api/plannen").then().statusCode(201).extract().jsonPath().getLong("id");

        Response antwoord = Werkmaplezer.download(plan);
        String kop = antwoord.header("Content-Disposition");
        assertEquals("attachment; filename=\"Bijlage1-Plan Sudwest-Fryslan - Weert-2026-11-23.xlsx\"; "
                + "filename*=UTF-8''Bijlage1-Plan%20S%C3%BAdwest-Frysl%C3%A2n%20-%20Weert-2026-11-23.xlsx", kop);
        String utf8 = kop.substring(kop.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        assertEquals("Bijlage1-Plan Súdwest-Fryslân - Weert-2026-11-23.xlsx",
                URLDecoder.decode(utf8.replace("+", "%2B"), StandardCharsets.UTF_8));
        try (XSSFWorkbook werkmap = Werkmaplezer.lees(antwoord.asByteArray())) {
            XSSFSheet checklist = werkmap.getSheet(Bijlage1Checklist.BLADNAAM);
            assertEquals("Plan Súdwest-Fryslân / Weert", checklist.getHeader().getLeft());
            assertEquals("Besluit Súdwest-Fryslân", checklist.getRow(0).getCell(EERSTE_GEMEENTE).getStringCellValue());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }

        klok.zet(LocalDate.of(2027, 3, 1));
        given().get(Werkmaplezer.url(plan)).then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment; filename=\"Bijlage1-Plan Sudwest-Fryslan - Weert-2027-03-01.xlsx\""));
    }

    @Test
    void anUnknownPlanAnswers404AsAProblem() {
        given().get(Werkmaplezer.url(987_654_321L)).then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Niet gevonden"))
                .body("detail", equalTo("Er is geen plan met nummer 987654321."));
        given().get("/api/plannen/geen-nummer/export/bijlage1.xlsx").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theTemporaryFilesOfTheStreamingWorkbookAreRemovedAfterTheDownload() {
        long plan = Testplannen.gemeente();
        Werkmaplezer.download(plan);
        List<String> voor = tijdelijkeBestanden();
        for (int i = 0; i < 3; i++) {
            Werkmaplezer.download(plan);
        }
        assertEquals(voor, tijdelijkeBestanden(), "geen poi-sxssf-bestanden achtergebleven");
    }

    private static List<String> tijdelijkeBestanden() {
        File map = new File(System.getProperty("java.io.tmpdir"), "poifiles");
        String[] namen = map.list((d, n) -> n.startsWith("poi-sxssf"));
        return namen == null ? List.of() : Arrays.stream(namen).sorted().toList();
    }

    private static List<Map<String, Object>> acties(long plan) {
        return given().get("/api/plannen/" + plan + "/acties").then().statusCode(200).extract().jsonPath().getList("$");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> stappen(Map<String, Object> actie) {
        return (List<Map<String, Object>>) actie.get("stappen");
    }

    private static void wijzig(long plan, long actie, Map<String, Object> velden) {
        String url = "/api/plannen/" + plan + "/acties/" + actie;
        Number versie = given().get(url).then().statusCode(200).extract().path("version");
        Map<String, Object> body = new java.util.HashMap<>(velden);
        body.put("version", versie);
        given().contentType(ContentType.JSON).body(body).patch(url).then().statusCode(200);
    }

    private static List<Object> tekstRij(XSSFSheet blad, int rij, int aantal) {
        List<Object> teksten = new ArrayList<>();
        for (int k = 0; k < aantal; k++) {
            teksten.add(Werkmaplezer.tekst(blad.getRow(rij).getCell(k)));
        }
        return teksten;
    }

    private static void assertDatum(LocalDate verwacht, Cell cel) {
        assertEquals(CellType.NUMERIC, cel.getCellType());
        assertTrue(DateUtil.isCellDateFormatted(cel));
        assertEquals(verwacht, cel.getLocalDateTimeCellValue().toLocalDate());
    }

    @Test
    void aNewPlansShortAndEmptyColumnsAreNoWiderThanTheirContentAndHeaderNeed() throws Exception {
        long plan = Testplannen.gemeente();
        try (XSSFWorkbook werkmap = Werkmaplezer.werkmap(plan)) {
            XSSFSheet checklist = werkmap.getSheet(Bijlage1Checklist.BLADNAAM);
            java.awt.Font kop = Tekstmaat.letter("Calibri", 11, true, false);
            java.awt.Font tekst = Tekstmaat.letter("Calibri", 11, false, false);
            float nodig = Kolombreedte.tekens(Bijlage1Checklist.KOP_STATUS, kop);
            for (ActieStatus status : ActieStatus.values()) {
                nodig = Math.max(nodig, Kolombreedte.tekens(status.tekst(), tekst));
            }
            assertEquals(Math.round(nodig * 256), checklist.getColumnWidth(STATUS),
                    "de langste keuze uit de keuzelijst past precies");
            assertTrue(checklist.getColumnWidth(STATUS) < 10 * 256, "smaller dan de oude vaste 10 tekens");
            assertEquals(Math.round(Kolombreedte.tekens(Bijlage1Checklist.KOP_TOELICHTING, kop) * 256),
                    checklist.getColumnWidth(TOELICHTING), "een lege toelichting is zo breed als haar kop");
            assertTrue(checklist.getColumnWidth(TOELICHTING) < checklist.getColumnWidth(ACTIE));
            assertEquals(10 * 256, checklist.getColumnWidth(checklist.getRow(0).getLastCellNum() - 2),
                    "de verborgen sleutelkolom houdt haar breedte");
        }
    }

    @Test
    void aSamenwerkingsverbandsChecklistPrintsItsDecisionColumnsBesideTheActionsAtNoLessThan85Percent() throws Exception {
        long plan = Testplannen.samenwerkingsverband();
        try (XSSFWorkbook werkmap = Werkmaplezer.werkmap(plan)) {
            XSSFSheet checklist = werkmap.getSheet(Bijlage1Checklist.BLADNAAM);
            assertTrue(Afdrukinstelling.breedte(checklist) <= Afdrukinstelling.PASSENDE_BREEDTE,
                    "één paginabreedte: " + Afdrukinstelling.breedte(checklist));
            assertEquals(Afdrukinstelling.MIN_SCHAAL, checklist.getPrintSetup().getScale());
            assertNull(checklist.getRepeatingColumns(), "geen pagina's met alleen besluitkolommen");
            java.awt.Font tekst = Tekstmaat.letter("Calibri", 11, false, false);
            float woord = 0;
            for (int r = 1; r <= checklist.getLastRowNum(); r++) {
                Cell cel = checklist.getRow(r).getCell(ACTIE);
                if (cel != null && cel.getCellType() == CellType.STRING) {
                    for (String w : cel.getStringCellValue().split("\\s+")) {
                        woord = Math.max(woord, Kolombreedte.tekens(w, tekst));
                    }
                }
            }
            assertTrue(woord > 10 && checklist.getColumnWidth(ACTIE) >= Math.round(woord * 256),
                    "de actiekolom breekt geen woord: " + woord);
        }
    }
}
