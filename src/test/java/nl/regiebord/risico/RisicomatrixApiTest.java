package nl.regiebord.risico;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.regiebord.klok.VerstelbareKlok;
import nl.regiebord.plan.Testplannen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class RisicomatrixApiTest {

    @Inject
    VerstelbareKlok klok;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    @Test
    void theMatrixHasNineCellsFromHighKansDownAndLowImpactAcross() {
        long plan = Testplannen.gemeente();
        when().get("/api/plannen/" + plan + "/risicomatrix").then().statusCode(200)
                .body("cellen.kans", contains("hoog", "hoog", "hoog", "midden", "midden", "midden", "laag", "laag", "laag"))
                .body("cellen.impact", contains("laag", "midden", "hoog", "laag", "midden", "hoog", "laag", "midden", "hoog"))
                .body("cellen.score", contains(3, 6, 9, 2, 4, 6, 1, 2, 3))
                .body("cellen.kwalificatie", contains("midden", "hoog", "hoog", "laag", "midden", "hoog", "laag", "laag", "midden"))
                .body("cellen.kleur", contains("oranje", "rood", "rood", "groen", "oranje", "rood", "groen", "groen", "oranje"))
                .body("aantal", equalTo(0));
    }

    @Test
    void onlyScoredUnclusteredOpenOrBeheerstRisksAreCounted() {
        long plan = Testplannen.gemeente();
        long open = Risicos.gescoord(plan, "hoog", "hoog", "A");
        long beheerst = Risicos.gescoord(plan, "hoog", "hoog", "B");
        Risicos.wijzig(plan, beheerst, Map.of("status", "beheerst", "version", 0)).statusCode(200);
        long opgetreden = Risicos.gescoord(plan, "hoog", "hoog", "C");
        Risicos.wijzig(plan, opgetreden, Map.of("status", "opgetreden", "version", 0)).statusCode(200);
        long vervallen = Risicos.gescoord(plan, "hoog", "hoog", "D");
        Risicos.wijzig(plan, vervallen, Map.of("status", "vervallen", "version", 0)).statusCode(200);
        long geclusterd = Risicos.gescoord(plan, "hoog", "hoog", "E");
        given().contentType(ContentType.JSON).body(Map.of("in", open))
                .post("/api/plannen/" + plan + "/risicos/" + geclusterd + "/cluster").then().statusCode(200);
        long verwijderd = Risicos.gescoord(plan, "hoog", "hoog", "F");
        when().delete("/api/plannen/" + plan + "/risicos/" + verwijderd).then().statusCode(204);
        Risicos.breng(plan, Map.of("kans", "hoog")).statusCode(201);
        long laag = Risicos.gescoord(plan, "laag", "midden", "G");

        JsonPath matrix = matrix(plan, "");
        assertEquals(3, matrix.getInt("aantal"));
        assertEquals(List.of((int) open, (int) beheerst), cel(matrix, "hoog", "hoog").getList("risicos.id"));
        assertEquals(2, cel(matrix, "hoog", "hoog").getInt("aantal"));
        assertEquals(List.of((int) laag), cel(matrix, "laag", "midden").getList("risicos.id"));
        assertEquals("Risico laag/midden van G", cel(matrix, "laag", "midden").getString("risicos[0].omschrijving"));
    }

    @Test
    void theResidualViewUsesRestScoresAndMarksRisksWithout() {
        long plan = Testplannen.gemeente();
        long metRest = Risicos.gescoord(plan, "hoog", "hoog", "A");
        Risicos.wijzig(plan, metRest, Map.of("restKans", "laag", "restImpact", "midden", "version", 0)).statusCode(200);
        long zonderRest = Risicos.gescoord(plan, "hoog", "hoog", "B");
        JsonPath rest = matrix(plan, "?rest=true");
        assertTrue(rest.getBoolean("rest"));
        assertEquals(List.of((int) metRest), cel(rest, "laag", "midden").getList("risicos.id"));
        assertNull(cel(rest, "laag", "midden").get("risicos[0].zonderRest"));
        assertEquals(List.of((int) zonderRest), cel(rest, "hoog", "hoog").getList("risicos.id"));
        assertEquals(Boolean.TRUE, cel(rest, "hoog", "hoog").get("risicos[0].zonderRest"));
        assertEquals(2, cel(matrix(plan, ""), "hoog", "hoog").getInt("aantal"));
    }

    @Test
    void aPeildatumGivesTheMatrixAsItStoodAtTheEndOfThatDay() {
        long plan = Testplannen.gemeente();
        klok.zet(LocalDate.of(2026, 9, 1));
        long risico = Risicos.gescoord(plan, "hoog", "hoog", "A");
        klok.zet(LocalDate.of(2026, 10, 1));
        Risicos.wijzig(plan, risico, Map.of("kans", "laag", "version", 0)).statusCode(200);
        long later = Risicos.gescoord(plan, "midden", "midden", "B");
        klok.zet(LocalDate.of(2026, 11, 1));
        Risicos.wijzig(plan, risico, Map.of("status", "beheerst", "version", 1)).statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("in", risico))
                .post("/api/plannen/" + plan + "/risicos/" + later + "/cluster").then().statusCode(200);
        klok.herstel();

        assertEquals(0, matrix(plan, "?peildatum=2026-08-31").getInt("aantal"));
        JsonPath september = matrix(plan, "?peildatum=2026-09-15");
        assertEquals("2026-09-15", september.getString("peildatum"));
        assertEquals(List.of((int) risico), cel(september, "hoog", "hoog").getList("risicos.id"));
        JsonPath oktober = matrix(plan, "?peildatum=2026-10-01");
        assertEquals(List.of((int) risico), cel(oktober, "laag", "hoog").getList("risicos.id"));
        assertEquals(List.of((int) later), cel(oktober, "midden", "midden").getList("risicos.id"));
        JsonPath november = matrix(plan, "?peildatum=2026-11-01");
        assertEquals(1, november.getInt("aantal"));
        assertEquals(List.of((int) risico), cel(november, "laag", "hoog").getList("risicos.id"));
    }

    @Test
    void badParametersAndUnknownPlansAreRefused() {
        long plan = Testplannen.gemeente();
        when().get("/api/plannen/" + plan + "/risicomatrix?peildatum=gisteren").then().statusCode(400)
                .contentType("application/problem+json").body("velden[0].veld", equalTo("peildatum"));
        when().get("/api/plannen/" + plan + "/risicomatrix?rest=ja").then().statusCode(400)
                .body("velden[0].toegestaan", contains("true", "false"));
        when().get("/api/plannen/999999/risicomatrix").then().statusCode(404);
    }

    static JsonPath matrix(long plan, String query) {
        return when().get("/api/plannen/" + plan + "/risicomatrix" + query).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath cel(JsonPath matrix, String kans, String impact) {
        List<Map<String, Object>> cellen = matrix.getList("cellen");
        int i = 0;
        for (Map<String, Object> c : cellen) {
            if (c.get("kans").equals(kans) && c.get("impact").equals(impact)) {
                return new JsonPath(matrix.prettify()).setRootPath("cellen[" + i + "]");
            }
            i++;
        }
        throw new AssertionError("geen cel " + kans + "/" + impact);
    }
}
