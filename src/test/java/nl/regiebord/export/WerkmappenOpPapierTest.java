package nl.regiebord.export;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.regiebord.security.Testgebruikers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every workbook of a full generated plan as a projectleider would mail it: no wrapped text cut off by its row,
 * and on paper (LibreOffice's PDF, read back with PDFBox) no text smaller than 9 points, amounts and dates in
 * Dutch. LibreOffice runs once, in a Dutch locale, for all workbooks; only in the H2 run, since the workbooks do
 * not depend on the database.
 */
@QuarkusTest
@TestProfile(WerkmappenOpPapierTest.EenProefplan.class)
class WerkmappenOpPapierTest {

    /** One plan of the national-scale test data, years under way, made at start. */
    public static class EenProefplan implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("regiebord.proefdata.plannen", "1");
        }
    }

    static final List<String> WERKMAPPEN = List.of("bijlage1.xlsx", "plan.xlsx", "risicos.xlsx",
            "stakeholders.xlsx", "projectkaarten.xlsx", "producten.xlsx");
    /** The toelichting the issue saw cut in half on paper. */
    static final String WEERT = "Concept verordening bij juridische zaken Weert; adviesraad sociaal domein Cranendonck "
            + "vraagt 6 weken. Afstemmen met Nederweert over afwijkende eigen bijdrage.";
    static final float KLEINSTE_LETTER = 9f;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    /** The first generated plan, with a long toelichting, a very long one and a card with an amount and a date. */
    private static long plan() {
        List<String> gebruikers = given().get("/api/gebruikers").then().statusCode(200).extract().jsonPath()
                .getList("gebruikersnaam", String.class);
        String projectmanager = gebruikers.stream().filter(g -> g.endsWith(".projectmanager")).sorted().findFirst()
                .orElseThrow();
        Testgebruikers.als(projectmanager, "proefdata-wachtwoord");
        long plan = given().get("/api/plannen").then().statusCode(200).extract().jsonPath().getLong("[0].id");
        List<Map<String, Object>> acties = given().get("/api/plannen/" + plan + "/acties").then().extract().path("");
        if (acties.stream().noneMatch(a -> WEERT.equals(a.get("toelichting")))) {
            wijzig(plan, acties.get(3), WEERT);
            wijzig(plan, acties.get(5), ("Een lange toelichting die meer regels nodig heeft dan een rij kan tonen. ")
                    .repeat(60));
            given().contentType(ContentType.JSON).body(Map.of("thema", "financien", "titel", "Budget inburgering",
                            "investeringBedrag", 45000, "mijlpalen",
                            List.of(Map.of("omschrijving", "Begroting vastgesteld", "datum", "2021-07-15"))))
                    .post("/api/plannen/" + plan + "/projectkaarten").then().statusCode(201);
        }
        return plan;
    }

    private static void wijzig(long plan, Map<String, Object> actie, String toelichting) {
        given().contentType(ContentType.JSON).body(Map.of("toelichting", toelichting, "version", actie.get("version")))
                .patch("/api/plannen/" + plan + "/acties/" + actie.get("id")).then().statusCode(200);
    }

    private static Map<String, byte[]> downloads(long plan) {
        Map<String, byte[]> werkmappen = new LinkedHashMap<>();
        for (String werkmap : WERKMAPPEN) {
            werkmappen.put(werkmap, given().get("/api/plannen/" + plan + "/export/" + werkmap).then().statusCode(200)
                    .extract().asByteArray());
        }
        return werkmappen;
    }

    @Test
    void everyWrappedCellOfEverySheetHasARowHighEnoughForItsLines() {
        Assumptions.assumeTrue(lettertypeAanwezig(), "Calibri of Carlito ontbreekt; installeer fonts-crosextra-carlito");
        long plan = plan();
        List<String> teLaag = new ArrayList<>();
        int gemeten = 0;
        boolean ingekort = false;
        for (Map.Entry<String, byte[]> download : downloads(plan).entrySet()) {
            try (XSSFWorkbook werkmap = Werkmaplezer.lees(download.getValue())) {
                for (Sheet blad : werkmap) {
                    if (werkmap.isSheetHidden(werkmap.getSheetIndex(blad))) {
                        continue;
                    }
                    for (Row rij : blad) {
                        for (Cell cel : rij) {
                            CellStyle stijl = cel.getCellStyle();
                            if (!stijl.getWrapText() || cel.getCellType() != CellType.STRING
                                    || blad.isColumnHidden(cel.getColumnIndex())) {
                                continue;
                            }
                            Optional<Integer> breedte = breedte(blad, cel);
                            if (breedte.isEmpty() || cel.getStringCellValue().isEmpty()) {
                                continue;
                            }
                            ingekort |= cel.getStringCellValue().endsWith("…(zie Regiebord)");
                            XSSFFont letter = werkmap.getFontAt(stijl.getFontIndex());
                            float nodig = nodig(cel.getStringCellValue(), letter, breedte.get(), stijl.getIndention());
                            gemeten++;
                            if (rij.getHeightInPoints() < nodig - 0.01f) {
                                teLaag.add(download.getKey() + " " + blad.getSheetName() + "!" + cel.getAddress()
                                        + ": " + rij.getHeightInPoints() + " pt, nodig " + nodig + " pt: "
                                        + Tekstlengte.ingekort(cel.getStringCellValue(), 120));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertTrue(gemeten > 500, "gemeten cellen: " + gemeten);
        assertTrue(teLaag.isEmpty(), teLaag.size() + " rijen te laag, o.a.:\n"
                + String.join("\n", teLaag.subList(0, Math.min(15, teLaag.size()))));
        assertTrue(ingekort, "een tekst langer dan een rij kan tonen, eindigt op …(zie Regiebord)");
    }

    @Test
    @DisabledIfSystemProperty(named = "regiebord.testdb", matches = "postgresql",
            disabledReason = "de werkmappen hangen niet af van de database; LibreOffice draait alleen in de H2-run")
    void onPaperNoTextIsSmallerThanNinePointsAndAmountsAndDatesAreDutch() throws Exception {
        Path libreoffice = libreoffice();
        long plan = plan();
        Map<String, byte[]> werkmappen = downloads(plan);
        Path map = Files.createTempDirectory("papier-");
        try {
            List<String> opdracht = new ArrayList<>(List.of(libreoffice.toString(), "--headless",
                    "-env:UserInstallation=" + nederlandsProfiel(map.resolve("profiel")).toUri(), "--convert-to", "pdf",
                    "--outdir", map.resolve("pdf").toString()));
            for (Map.Entry<String, byte[]> w : werkmappen.entrySet()) {
                Path xlsx = map.resolve(w.getKey());
                Files.write(xlsx, w.getValue());
                opdracht.add(xlsx.toString());
            }
            Process proces = new ProcessBuilder(opdracht).redirectErrorStream(true).start();
            boolean klaar = proces.waitFor(300, TimeUnit.SECONDS);
            String uitvoer = new String(proces.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!klaar) {
                proces.destroyForcibly();
                fail("LibreOffice was na 300 s nog niet klaar: " + uitvoer);
            }
            assertEquals(0, proces.exitValue(), "LibreOffice: " + uitvoer);

            String bewaren = System.getProperty("werkmappen.pdf");
            if (bewaren != null) {
                // -Dwerkmappen.pdf=<map> keeps the PDFs, to look at the pages
                for (String werkmap : WERKMAPPEN) {
                    String pdf = werkmap.replace(".xlsx", ".pdf");
                    Files.copy(map.resolve("pdf").resolve(pdf), Files.createDirectories(Path.of(bewaren)).resolve(pdf),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            List<String> teKlein = new ArrayList<>();
            String kaarten = "";
            for (String werkmap : WERKMAPPEN) {
                Path pdf = map.resolve("pdf").resolve(werkmap.replace(".xlsx", ".pdf"));
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    Lettermeter meter = new Lettermeter();
                    String tekst = meter.getText(document);
                    float[] maten = meter.maten();
                    System.out.printf("%s: %d pagina's, kleinste letter %.1f pt, mediaan %.1f pt%n", werkmap,
                            document.getNumberOfPages(), maten[0], maten[maten.length / 2]);
                    if (maten[0] < KLEINSTE_LETTER) {
                        teKlein.add(werkmap + ": " + maten[0] + " pt (mediaan " + maten[maten.length / 2] + " pt), "
                                + "pagina " + meter.kleinstePagina);
                    }
                    if (werkmap.equals("projectkaarten.xlsx")) {
                        kaarten = tekst;
                    }
                }
            }
            assertTrue(teKlein.isEmpty(), "tekst kleiner dan " + KLEINSTE_LETTER + " pt op papier: " + teKlein);
            assertTrue(kaarten.contains("€ 45.000,00"), "het bedrag in het Nederlands");
            assertTrue(kaarten.contains("15-7-2021"), "de datum als d-m-jjjj");
            assertTrue(!kaarten.contains("45,000.00"), "geen Engelse scheidingstekens");
        } finally {
            try (var alles = Files.walk(map)) {
                alles.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The size text is printed at, in points on paper: the font size after every scaling of the page. */
    static final class Lettermeter extends PDFTextStripper {
        private final List<Float> maten = new ArrayList<>();
        int kleinstePagina;
        private float kleinste = Float.MAX_VALUE;

        Lettermeter() throws IOException {
        }

        @Override
        protected void processTextPosition(TextPosition teken) {
            super.processTextPosition(teken);
            if (teken.getUnicode().isBlank()) {
                return;
            }
            float maat = teken.getTextMatrix().getScalingFactorY();
            maten.add(maat);
            if (maat < kleinste) {
                kleinste = maat;
                kleinstePagina = getCurrentPageNo();
            }
        }

        float[] maten() {
            float[] uit = new float[maten.size()];
            for (int i = 0; i < uit.length; i++) {
                uit[i] = maten.get(i);
            }
            Arrays.sort(uit);
            return uit;
        }
    }

    /**
     * The height the text needs: its lines as a spreadsheet wraps them at word boundaries within the column, each
     * line as high as the font's own metrics say (ascent, descent and leading).
     */
    static float nodig(String tekst, XSSFFont letter, int breedte, int inspringen) {
        Font font = lettertype(letter);
        // a column unit is the '0' of 11-point Calibri: 7 pixels at 96 dpi; a cell keeps a few points free
        float ruimte = breedte / 256f * 5.25f - 4f - inspringen * 3 * 5.25f;
        int regels = 0;
        for (String alinea : tekst.split("\n", -1)) {
            if (alinea.isEmpty()) {
                regels++;
                continue;
            }
            LineBreakMeasurer meter = new LineBreakMeasurer(
                    new AttributedString(alinea, Map.of(TextAttribute.FONT, font)).getIterator(), CONTEXT);
            while (meter.getPosition() < alinea.length()) {
                meter.nextLayout(ruimte);
                regels++;
            }
        }
        return regels * font.getLineMetrics("Hg", CONTEXT).getHeight();
    }

    private static Font lettertype(XSSFFont letter) {
        String naam = letter.getFontName().equals("Calibri") && !aanwezig("Calibri") ? "Carlito" : letter.getFontName();
        int stijl = (letter.getBold() ? Font.BOLD : 0) | (letter.getItalic() ? Font.ITALIC : 0);
        return new Font(naam, stijl, 1).deriveFont((float) letter.getFontHeightInPoints());
    }

    private static boolean lettertypeAanwezig() {
        boolean aanwezig = aanwezig("Calibri") || aanwezig("Carlito");
        if (!aanwezig && "true".equals(System.getenv("CI"))) {
            fail("Calibri of Carlito ontbreekt; installeer fonts-crosextra-carlito");
        }
        return aanwezig;
    }

    private static boolean aanwezig(String familie) {
        return Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .contains(familie);
    }

    /** The column's width, or the merged width for the first cell of a merged row; empty for the other cells. */
    private static Optional<Integer> breedte(Sheet blad, Cell cel) {
        for (CellRangeAddress samen : blad.getMergedRegions()) {
            if (samen.isInRange(cel)) {
                if (samen.getFirstColumn() != cel.getColumnIndex() || samen.getFirstRow() != samen.getLastRow()) {
                    return Optional.empty();
                }
                int breedte = 0;
                for (int k = samen.getFirstColumn(); k <= samen.getLastColumn(); k++) {
                    breedte += blad.getColumnWidth(k);
                }
                return Optional.of(breedte);
            }
        }
        return Optional.of(blad.getColumnWidth(cel.getColumnIndex()));
    }

    private static Path libreoffice() {
        Optional<Path> pad = Bijlage1LibreOfficeTest.opPad("libreoffice").or(() -> Bijlage1LibreOfficeTest.opPad("soffice"));
        if (pad.isEmpty()) {
            String melding = "LibreOffice (libreoffice of soffice) staat niet op het PATH; installeer het met: "
                    + Bijlage1LibreOfficeTest.INSTALLEREN;
            if ("true".equals(System.getenv("CI"))) {
                fail(melding);
            }
            Assumptions.abort(melding);
        }
        return pad.get();
    }

    /** A throwaway LibreOffice profile whose locale is nl-NL, as a Dutch projectleider's. */
    private static Path nederlandsProfiel(Path profiel) throws IOException {
        Path gebruiker = Files.createDirectories(profiel.resolve("user"));
        Files.writeString(gebruiker.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">\
                <value>nl-NL</value></prop></item>
                <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse">\
                <value>nl-NL</value></prop></item>
                </oor:items>
                """);
        return profiel;
    }
}
