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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
class RisicoreviewApiTest {

    @Inject
    VerstelbareKlok klok;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    static io.restassured.response.ValidatableResponse review(long plan, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/plannen/" + plan + "/risicoreviews").then();
    }

    @Test
    void tooManyCharactersOfPeoplePresentAndAnImpossiblePeildatumAreFieldErrors() {
        long plan = Testplannen.gemeente();
        List<String> veel = java.util.stream.IntStream.range(0, 25).mapToObj(i -> i + " " + "x".repeat(195)).toList();
        review(plan, Map.of("datum", "2026-10-15", "aanwezigen", veel)).statusCode(400)
                .body("velden[0].veld", equalTo("aanwezigen"));
        given().get("/api/plannen/" + plan + "/risicoreviews").then().body("size()", equalTo(0));
        given().get("/api/plannen/" + plan + "/risicomatrix?peildatum=+999999999-12-31").then().statusCode(400)
                .body("velden[0].veld", equalTo("peildatum"));
        given().get("/api/plannen/" + plan + "/risicomatrix?peildatum=1999-12-31").then().statusCode(400);
    }

    @Test
    void aReviewRecordedDaysAfterTheMeetingCountsFromTheMeetingsDay() {
        long plan = Testplannen.gemeente();
        klok.zet(LocalDate.of(2026, 10, 1));
        long id = Risicos.gescoord(plan, "hoog", "hoog", "Kees");
        klok.zet(LocalDate.of(2026, 10, 20));
        review(plan, Map.of("datum", "2026-10-16", "aanwezigen", List.of("Wethouder"), "besluiten",
                List.of(Map.of("risico", id, "version", Risicos.versie(plan, id), "kans", "midden",
                        "reden", "Aanbieder gevonden")))).statusCode(201);
        String cel = "cellen.find { it.kans == '%s' && it.impact == 'hoog' }.aantal";
        given().get("/api/plannen/" + plan + "/risicomatrix?peildatum=2026-10-16").then()
                .body(String.format(cel, "midden"), equalTo(1)).body(String.format(cel, "hoog"), equalTo(0));
        given().get("/api/plannen/" + plan + "/risicomatrix?peildatum=2026-10-15").then()
                .body(String.format(cel, "hoog"), equalTo(1));
        given().get("/api/plannen/" + plan + "/risicomatrix").then().body(String.format(cel, "midden"), equalTo(1));
    }

    @Test
    void anExampleRiskScoredMonthsLaterIsPlannedFromTheDayItEnteredTheMatrix() {
        long plan = Testplannen.gemeente();
        klok.zet(LocalDate.of(2026, 1, 10));
        given().post("/api/plannen/" + plan + "/risicos/voorbeelden").then().statusCode(201);
        long eerste = ((Number) given().get("/api/plannen/" + plan + "/risicos").then().extract().path("[0].id")).longValue();
        klok.zet(LocalDate.of(2026, 9, 1));
        given().contentType(ContentType.JSON).body(Map.of("kans", "hoog", "impact", "hoog", "version", 0))
                .patch("/api/plannen/" + plan + "/risicos/" + eerste).then().statusCode(200);
        given().get("/api/plannen/" + plan + "/risicos/" + eerste).then()
                .body("volgendeReview", equalTo("2026-10-01"))
                .body("reviewTeLaat", equalTo(false));
    }

    @Test
    void aReviewRecordedLaterForAnEarlierDateDoesNotMoveTheLastReviewBack() {
        long plan = Testplannen.gemeente();
        klok.zet(LocalDate.of(2026, 9, 1));
        long risico = Risicos.gescoord(plan, "hoog", "hoog", "A");
        klok.zet(LocalDate.of(2026, 11, 20));
        review(plan, Map.of("datum", "2026-11-15", "aanwezigen", List.of("Wethouder"))).statusCode(201);
        review(plan, Map.of("datum", "2026-10-15", "aanwezigen", List.of("Wethouder"))).statusCode(201);
        given().get("/api/plannen/" + plan + "/risicos/" + risico).then().statusCode(200)
                .body("laatsteReview", equalTo("2026-11-15"));
    }

    @Test
    void aReviewAppliesItsDecisionsAndFreezesTheMatrix() throws Exception {
        long plan = Testplannen.gemeente();
        klok.zet(LocalDate.of(2026, 10, 1));
        long budget = Risicos.gescoord(plan, "hoog", "hoog", "A");
        long kennis = Risicos.gescoord(plan, "midden", "midden", "B");
        long reputatie = Risicos.gescoord(plan, "laag", "hoog", "C");
        klok.zet(LocalDate.of(2026, 10, 15));
        review(plan, Map.of("datum", "2026-10-15", "aanwezigen", List.of("Wethouder", "Projectmanager"),
                "besluiten", List.of(
                        Map.of("risico", budget, "version", 0, "kans", "midden", "reden", "budget toegezegd",
                                "maatregel", "Kwartaalbegroting"),
                        Map.of("risico", kennis, "version", 0, "status", "vervallen"))))
                .statusCode(201)
                .body("datum", equalTo("2026-10-15")).body("aanwezigen", contains("Wethouder", "Projectmanager"))
                .body("vastgelegdDoor", equalTo("Beheerder"))
                .body("besluiten", hasSize(2)).body("besluiten[0].kans", equalTo("midden"))
                .body("matrix.aantal", equalTo(2));
        when().get("/api/plannen/" + plan + "/risicos/" + budget).then()
                .body("kans", equalTo("midden")).body("maatregel", equalTo("Kwartaalbegroting"))
                .body("laatsteReview", equalTo("2026-10-15"));
        when().get("/api/plannen/" + plan + "/risicos/" + kennis).then().body("status", equalTo("vervallen"));
        when().get("/api/plannen/" + plan + "/risicos/" + budget + "/historie").then()
                .body("bron", hasItem("review 2026-10-15")).body("nieuw", hasItem("budget toegezegd"));

        // after the review the register changes; the review's matrix does not
        klok.zet(LocalDate.of(2026, 11, 1));
        // the review marked every risk in the matrix as reviewed, so its version moved on
        Risicos.wijzig(plan, reputatie, Map.of("kans", "hoog", "version", Risicos.versie(plan, reputatie))).statusCode(200);
        long reviewId = ((Number) when().get("/api/plannen/" + plan + "/risicoreviews").then().statusCode(200)
                .body("", hasSize(1)).extract().path("[0].id")).longValue();
        JsonPath bevroren = when().get("/api/plannen/" + plan + "/risicoreviews/" + reviewId).then().statusCode(200)
                .extract().jsonPath();
        JsonPath matrix = JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(bevroren.getMap("matrix")));
        JsonPath cel = RisicomatrixApiTest.cel(matrix, "laag", "hoog");
        assertEquals(List.of((int) reputatie), cel.getList("risicos.id"));
        // and the current matrix says how each risk moved since
        JsonPath nu = RisicomatrixApiTest.matrix(plan, "");
        JsonPath hoogHoog = RisicomatrixApiTest.cel(nu, "hoog", "hoog");
        assertEquals(List.of((int) reputatie), hoogHoog.getList("risicos.id"));
        assertEquals("omhoog", hoogHoog.getString("risicos[0].beweging.richting"));
        assertEquals("↑ was laag/hoog sinds de review van 15-10-2026", hoogHoog.getString("risicos[0].beweging.tekst"));
        assertNull(RisicomatrixApiTest.cel(nu, "midden", "hoog").get("risicos[0].beweging"));
        long nieuw = Risicos.gescoord(plan, "laag", "laag", "D");
        assertEquals("nieuw", RisicomatrixApiTest.cel(RisicomatrixApiTest.matrix(plan, ""), "laag", "laag")
                .getString("risicos[0].beweging.richting"));
        assertEquals(List.of((int) nieuw), RisicomatrixApiTest.cel(RisicomatrixApiTest.matrix(plan, ""), "laag", "laag")
                .getList("risicos.id"));
    }

    @Test
    void theMatrixPageShowsTheMovement() {
        long plan = Testplannen.gemeente();
        klok.zet(LocalDate.of(2026, 10, 1));
        long id = Risicos.gescoord(plan, "hoog", "hoog", "A");
        review(plan, Map.of("datum", "2026-10-01", "aanwezigen", List.of("Wethouder"))).statusCode(201);
        klok.herstel();
        Risicos.wijzig(plan, id, Map.of("impact", "laag", "version", Risicos.versie(plan, id))).statusCode(200);
        var pagina = nl.regiebord.pagina.Bezoeker.open("/plannen/" + plan + "/risicomatrix");
        String tekst = pagina.getElementById("nu-hoog-laag").text();
        String review = pagina.getElementById("laatste-review").text();
        assertEquals(true, review.contains("1 oktober 2026") && review.contains("Wethouder"), review);
        assertEquals(true, tekst.contains("was hoog/hoog"), tekst);
    }

    @Test
    void badReviewsAreRefusedBeforeAnythingChanges() {
        long plan = Testplannen.gemeente();
        long id = Risicos.gescoord(plan, "hoog", "hoog", "A");
        review(plan, Map.of("aanwezigen", List.of("X"))).statusCode(400).body("velden[0].veld", equalTo("datum"));
        review(plan, Map.of("datum", "2026-12-01", "aanwezigen", List.of("X"))).statusCode(400)
                .body("velden[0].melding", containsString("toekomst"));
        review(plan, Map.of("datum", "2026-11-23", "aanwezigen", List.of("X"),
                "besluiten", List.of(Map.of("risico", id, "version", 0, "kans", "laag")))).statusCode(400)
                .body("velden[0].veld", equalTo("besluiten[0].reden"));
        review(plan, Map.of("datum", "2026-11-23", "aanwezigen", List.of("X"),
                "besluiten", List.of(Map.of("risico", id, "version", 0, "kans", "heel hoog", "reden", "x")))).statusCode(400)
                .body("velden[0].veld", equalTo("besluiten[0].kans"))
                .body("velden[0].toegestaan", contains("laag", "midden", "hoog"));
        review(plan, Map.of("datum", "2026-11-23", "aanwezigen", List.of("X"),
                "besluiten", List.of(Map.of("risico", 999999, "version", 0)))).statusCode(400)
                .body("velden[0].veld", equalTo("besluiten[0].risico"));
        review(plan, Map.of("datum", "2026-11-23", "aanwezigen", List.of("X"),
                "besluiten", List.of(Map.of("risico", id, "version", 7, "status", "beheerst")))).statusCode(409)
                .body("huidig.version", equalTo(0));
        when().get("/api/plannen/" + plan + "/risicoreviews").then().body("", hasSize(0));
        when().get("/api/plannen/" + plan + "/risicos/" + id).then().body("status", equalTo("open"));
        when().get("/api/plannen/" + plan + "/risicoreviews/999999").then().statusCode(404);
        review(999999, Map.of("datum", "2026-11-23", "aanwezigen", List.of("X"))).statusCode(404);
    }

    @Test
    void theNextReviewFollowsTheKwalificatieAndOverdueOnesAreFlagged() {
        long plan = Testplannen.gemeente();
        klok.zet(LocalDate.of(2026, 1, 10));
        long hoog = Risicos.gescoord(plan, "hoog", "hoog", "A");
        long midden = Risicos.gescoord(plan, "midden", "midden", "A");
        long laag = Risicos.gescoord(plan, "laag", "laag", "A");
        long ongescoord = ((Number) Risicos.breng(plan, Map.of()).statusCode(201).extract().path("id")).longValue();
        klok.zet(LocalDate.of(2026, 3, 1));
        when().get("/api/plannen/" + plan + "/risicos/" + hoog).then()
                .body("volgendeReview", equalTo("2026-02-10")).body("reviewTeLaat", is(true));
        when().get("/api/plannen/" + plan + "/risicos/" + midden).then()
                .body("volgendeReview", equalTo("2026-04-10")).body("reviewTeLaat", is(false));
        when().get("/api/plannen/" + plan + "/risicos/" + laag).then().body("volgendeReview", equalTo("2026-07-10"));
        when().get("/api/plannen/" + plan + "/risicos/" + ongescoord).then().body("volgendeReview", equalTo(null));
        // a review plans from its date
        review(plan, Map.of("datum", "2026-02-20", "aanwezigen", List.of("Wethouder"))).statusCode(201);
        when().get("/api/plannen/" + plan + "/risicos/" + hoog).then()
                .body("volgendeReview", equalTo("2026-03-20")).body("reviewTeLaat", is(false));
        // a plan can choose its own cadence
        when().get("/api/plannen/" + plan + "/risicocadans").then().statusCode(200)
                .body("hoogMaanden", equalTo(1)).body("middenMaanden", equalTo(3)).body("laagMaanden", equalTo(6))
                .body("standaard", is(true)).body("version", equalTo(0));
        given().contentType(ContentType.JSON).body(Map.of("hoogMaanden", 2, "laagMaanden", 12, "version", 0))
                .patch("/api/plannen/" + plan + "/risicocadans").then().statusCode(200)
                .body("hoogMaanden", equalTo(2)).body("middenMaanden", equalTo(3)).body("standaard", is(false));
        when().get("/api/plannen/" + plan + "/risicos/" + hoog).then().body("volgendeReview", equalTo("2026-04-20"));
        when().get("/api/plannen/" + plan + "/risicos/" + laag).then().body("volgendeReview", equalTo("2027-02-20"));
        given().contentType(ContentType.JSON).body(Map.of("hoogMaanden", 3, "version", 0))
                .patch("/api/plannen/" + plan + "/risicocadans").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("hoogMaanden", 0, "version", 1))
                .patch("/api/plannen/" + plan + "/risicocadans").then().statusCode(400)
                .body("velden[0].veld", equalTo("hoogMaanden"));
    }
}
