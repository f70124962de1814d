package nl.regiebord.export;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nl.regiebord.actie.Bijlage1Checklist;
import nl.regiebord.actie.Bijlage1Voorblad;
import nl.regiebord.export.Werkmaplezer.Rij;
import nl.regiebord.export.Werkmaplezer.Rijsoort;
import nl.regiebord.export.Werkmaplezer;
import nl.regiebord.plan.Testplannen;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ?stappen=open|alle}: by default the steps of finished actions stay out of the checklist. */
@QuarkusTest
class StappenkeuzeTest {

    private static final String AFGEROND = "inventariseren";

    @ParameterizedTest
    @ValueSource(strings = {"/api/plannen/%d/export/bijlage1.xlsx", "/plannen/%d/export/bijlage1.xlsx",
            "/api/plannen/%d/export/plan.xlsx"})
    void byDefaultAFinishedActionKeepsOneLineWithoutItsSteps(String pad) {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "beleid", "beleidskader", AFGEROND);
        String url = "/api/plannen/" + plan + "/acties/" + actie;
        int stappen = given().get(url).then().statusCode(200).extract().jsonPath().getList("stappen").size();
        assertTrue(stappen > 0, "de actie heeft stappen");
        Number versie = given().get(url).then().extract().path("version");
        given().contentType(ContentType.JSON).body(Map.of("status", "afgerond", "version", versie)).patch(url)
                .then().statusCode(200);
        String export = String.format(pad, plan);

        try (XSSFWorkbook open = Werkmaplezer.lees(given().get(export).then().statusCode(200).extract().asByteArray());
             XSSFWorkbook alle = Werkmaplezer.lees(given().get(export + "?stappen=alle").then().statusCode(200)
                     .extract().asByteArray())) {
            assertEquals(0, stappenOnder(open.getSheet(Bijlage1Checklist.BLADNAAM)), "open: geen stappen");
            assertEquals(stappen, stappenOnder(alle.getSheet(Bijlage1Checklist.BLADNAAM)), "alle: elke stap");
            long stapregelsOpen = Werkmaplezer.rijen(open.getSheet(Bijlage1Checklist.BLADNAAM)).stream()
                    .filter(r -> r.soort() == Rijsoort.STAP).count();
            assertTrue(stapregelsOpen > 0, "de stappen van open acties blijven staan");
            assertEquals("Stappen", tekst(open, 7, 0));
            assertTrue(tekst(open, 7, 1).contains("?stappen=open"), tekst(open, 7, 1));
            assertTrue(tekst(alle, 7, 1).contains("?stappen=alle"), tekst(alle, 7, 1));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/plannen/%d/export/bijlage1.xlsx", "/api/plannen/%d/export/plan.xlsx"})
    void anUnknownChoiceIsA400NamingTheAllowedValues(String pad) {
        long plan = Testplannen.gemeente();
        given().get(String.format(pad, plan) + "?stappen=iets").then().statusCode(400)
                .contentType("application/problem+json")
                .body("velden[0].veld", equalTo("stappen"))
                .body("velden[0].melding", equalTo("'iets' is geen toegestane waarde"))
                .body("velden[0].toegestaan", equalTo(List.of("open", "alle")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/plannen/%d/export/bijlage1.xlsx", "/plannen/%d/export/plan.xlsx"})
    void onThePagesAnUnknownChoiceIsADutch400(String pad) {
        long plan = Testplannen.gemeente();
        given().get(String.format(pad, plan) + "?stappen=iets").then().statusCode(400)
                .body(containsString("stappen"));
    }

    /** The step rows right under the finished action. */
    private static int stappenOnder(Sheet checklist) {
        List<Rij> rijen = Werkmaplezer.rijen(checklist);
        int i = 0;
        while (!(rijen.get(i).soort() == Rijsoort.ACTIE && rijen.get(i).tekst(Bijlage1Checklist.ACTIE).equals(AFGEROND)
                && rijen.get(i).tekst(Bijlage1Checklist.THEMA).endsWith("Beleidskader"))) {
            i++;
        }
        int stappen = 0;
        while (++i < rijen.size() && rijen.get(i).soort() == Rijsoort.STAP) {
            stappen++;
        }
        return stappen;
    }

    private static String tekst(XSSFWorkbook werkmap, int rij, int kolom) {
        return Werkmaplezer.tekst(werkmap.getSheet(Bijlage1Voorblad.BLADNAAM).getRow(rij).getCell(kolom));
    }
}
