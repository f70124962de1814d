package nl.regiebord.export;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.regiebord.plan.Testplannen;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every workbook Regiebord exports opens in LibreOffice: a headless conversion to CSV succeeds and writes every
 * sheet. The Bijlage 1 checklist has its own, closer test ({@link Bijlage1LibreOfficeTest}).
 */
@QuarkusTest
class AlleExportsLibreOfficeTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/plannen/%d/export/risicos.xlsx", "/api/plannen/%d/export/projectkaarten.xlsx",
            "/api/plannen/%d/export/stakeholders.xlsx", "/api/plannen/%d/export/producten.xlsx",
            "/api/plannen/%d/export/plan.xlsx", "/plannen/%d/export/plan.xlsx",
            "/api/plannen/%d/stuurgroep/stuurgroep.xlsx"})
    void libreOfficeConvertsEverySheetOfTheExport(String pad) throws Exception {
        Optional<Path> libreoffice = Bijlage1LibreOfficeTest.opPad("libreoffice")
                .or(() -> Bijlage1LibreOfficeTest.opPad("soffice"));
        if (libreoffice.isEmpty()) {
            String melding = "LibreOffice (libreoffice of soffice) staat niet op het PATH; installeer het met: "
                    + Bijlage1LibreOfficeTest.INSTALLEREN;
            if ("true".equals(System.getenv("CI"))) {
                fail(melding);
            }
            Assumptions.abort(melding);
        }
        long plan = planMetInhoud();
        String export = String.format(pad, plan);
        byte[] inhoud = given().get(export).then().statusCode(200).extract().asByteArray();
        Path map = Files.createTempDirectory("export-lo-");
        Path profiel = Files.createTempDirectory("lo-");
        try {
            Path xlsx = map.resolve("werkmap.xlsx");
            Files.write(xlsx, inhoud);
            Path uit = Files.createDirectory(map.resolve("csv"));
            Process proces = new ProcessBuilder(libreoffice.get().toString(), "--headless",
                    "-env:UserInstallation=" + profiel.toUri(), "--convert-to", Bijlage1LibreOfficeTest.CSV_FILTER,
                    "--outdir", uit.toString(), xlsx.toString()).redirectErrorStream(true).start();
            boolean klaar = proces.waitFor(180, TimeUnit.SECONDS);
            String uitvoer = new String(proces.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!klaar) {
                proces.destroyForcibly();
                fail("LibreOffice was na 180 s nog niet klaar met " + export + ": " + uitvoer);
            }
            assertEquals(0, proces.exitValue(), "LibreOffice bij " + export + ": " + uitvoer);
            List<String> bladen = new ArrayList<>();
            try (XSSFWorkbook werkmap = Werkmaplezer.lees(inhoud)) {
                werkmap.forEach((Sheet blad) -> bladen.add(blad.getSheetName()));
            }
            for (String blad : bladen) {
                Path csv = uit.resolve("werkmap-" + blad + ".csv");
                assertTrue(Files.isRegularFile(csv), export + ": geen csv voor blad " + blad + "; " + uitvoer);
            }
        } finally {
            verwijder(map);
            verwijder(profiel);
        }
    }

    /** A plan with a scored risk, a card with a milestone and a scored stakeholder, so no sheet is empty. */
    private static long planMetInhoud() {
        long plan = Testplannen.samenwerkingsverband();
        given().contentType(ContentType.JSON).body(Map.of("categorie", "operationeel", "omschrijving",
                        "Te weinig taalaanbieders", "ingebrachtDoor", "Beheerder", "kans", "hoog", "impact", "midden"))
                .post("/api/plannen/" + plan + "/risicos").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("thema", "inkoop", "titel", "Inkoop taaltrajecten",
                        "mijlpalen", List.of(Map.of("omschrijving", "Gunning", "datum", "2021-06-30"))))
                .post("/api/plannen/" + plan + "/projectkaarten").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("naam", "COA", "type", "extern", "belang", "hoog",
                        "invloed", "zeer hoog", "frequentie", "maandelijks"))
                .post("/api/plannen/" + plan + "/stakeholders").then().statusCode(201);
        return plan;
    }

    private static void verwijder(Path map) throws IOException {
        try (Stream<Path> alles = Files.walk(map)) {
            alles.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
