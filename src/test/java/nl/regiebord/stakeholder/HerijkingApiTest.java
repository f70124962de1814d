package nl.regiebord.stakeholder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
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
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class HerijkingApiTest {

    @Inject
    VerstelbareKlok klok;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    @Test
    void aChangedScoreNeedsAReasonAndAnUnchangedOneIsConfirmed() {
        long plan = Testplannen.gemeente();
        long coa = Stakeholders.gescoord(plan, "COA", "hoog", "matig");
        long duo = Stakeholders.gescoord(plan, "DUO", "hoog", "hoog");
        herijk(plan, "2026-11-23", score(coa, 0, "hoog", "hoog", null), score(duo, 0, "hoog", "hoog", null))
                .statusCode(400).body("velden[0].veld", equalTo("scores[0].reden"))
                .body("velden[0].melding", containsString("was belang hoog, invloed matig"));
        herijk(plan, "2026-11-23", score(coa, 0, "hoog", "hoog", "Beslist nu mee over de brede intake"),
                score(duo, 0, "hoog", "hoog", null))
                .statusCode(201).body("datum", equalTo("2026-11-23")).body("aanwezigen", contains("Els", "Jan"))
                .body("scores[0].oudInvloed", equalTo("matig")).body("scores[0].invloed", equalTo("hoog"))
                .body("scores[0].oudKwadrant", equalTo("informeren")).body("scores[0].kwadrant", equalTo("belangrijke speler"))
                .body("scores[0].gewijzigd", is(true)).body("scores[0].reden", containsString("brede intake"))
                .body("scores[1].gewijzigd", is(false)).body("scores[1].reden", nullValue());
        when().get("/api/plannen/" + plan + "/stakeholders/" + coa).then().body("kwadrant", equalTo("belangrijke speler"))
                .body("herijktOp", equalTo("2026-11-23"));
        when().get("/api/plannen/" + plan + "/stakeholders/" + duo).then().body("herijktOp", equalTo("2026-11-23"))
                .body("version", equalTo(1));
        when().get("/api/plannen/" + plan + "/stakeholders/" + coa + "/historie").then()
                .body("find { it.veld == 'invloed' }.bron", equalTo("herijking 2026-11-23"))
                .body("find { it.veld == 'reden herijking' }.nieuw", containsString("brede intake"));
        when().get("/api/plannen/" + plan + "/stakeholderherijkingen").then().body("datum", contains("2026-11-23"));
    }

    /** A stakeholder added since the last herijking is scored there for the first time: nothing to explain, nothing moved. */
    @Test
    void aFirstScoringInAHerijkingNeedsNoReasonAndIsNotNewSinceIt() {
        long plan = Testplannen.gemeente();
        long coa = Stakeholders.gescoord(plan, "COA", "hoog", "matig");
        long nieuw = Stakeholders.id(Stakeholders.voegToe(plan, Map.of("naam", "Pharos")));
        herijk(plan, "2026-11-23", score(coa, 0, "hoog", "matig", null), score(nieuw, 0, "matig", "laag", null))
                .statusCode(201).body("scores[1].gewijzigd", is(true)).body("scores[1].reden", nullValue());
        when().get("/api/plannen/" + plan + "/stakeholdermatrix").then().statusCode(200)
                .body("herijking", equalTo("2026-11-23"))
                .body(cel("matig", "laag") + ".stakeholders[0].id", equalTo((int) nieuw))
                .body(cel("matig", "laag") + ".stakeholders[0].beweging", nullValue());
        // a score that changes still needs its reason
        herijk(plan, "2026-11-23", score(nieuw, 1, "hoog", "laag", null)).statusCode(400)
                .body("velden[0].veld", equalTo("scores[0].reden"));
    }

    @Test
    void theGridShowsMovementSinceTheLastHerijkingAndAPeildatumRebuildsTheOldGrid() {
        klok.zet(LocalDate.of(2026, 3, 2));
        long plan = Testplannen.gemeente();
        long coa = Stakeholders.gescoord(plan, "COA", "hoog", "matig");
        long ind = Stakeholders.gescoord(plan, "IND", "laag", "laag");
        klok.zet(LocalDate.of(2026, 6, 1));
        herijk(plan, "2026-06-01", score(coa, 0, "zeer hoog", "hoog", "Regierol op het azc"),
                score(ind, 0, "laag", "laag", null)).statusCode(201);
        klok.zet(LocalDate.of(2026, 9, 1));
        Stakeholders.wijzig(plan, ind, Map.of("belang", "hoog", "version", 1)).statusCode(200);
        long nieuw = Stakeholders.gescoord(plan, "Pharos", "matig", "laag");
        klok.herstel();

        String pad = "/api/plannen/" + plan + "/stakeholdermatrix";
        when().get(pad).then().statusCode(200).body("herijking", equalTo("2026-06-01"))
                .body(cel("zeer hoog", "hoog") + ".stakeholders[0].naam", equalTo("COA"))
                .body(cel("zeer hoog", "hoog") + ".stakeholders[0].beweging", nullValue())
                .body(cel("hoog", "laag") + ".stakeholders[0].id", equalTo((int) ind))
                .body(cel("hoog", "laag") + ".stakeholders[0].beweging.wasBelang", equalTo("laag"))
                .body(cel("hoog", "laag") + ".stakeholders[0].beweging.wasKwadrant", equalTo("monitoren"))
                .body(cel("hoog", "laag") + ".stakeholders[0].beweging.tekst",
                        equalTo("was belang laag, invloed laag, monitoren sinds de herijking van 01-06-2026"))
                .body(cel("matig", "laag") + ".stakeholders[0].id", equalTo((int) nieuw))
                .body(cel("matig", "laag") + ".stakeholders[0].beweging.tekst", containsString("nieuw"));

        // as it stood before the herijking: COA still with belang hoog, invloed matig; Pharos not there yet
        when().get(pad + "?peildatum=2026-05-31").then().body("peildatum", equalTo("2026-05-31")).body("aantal", equalTo(2))
                .body(cel("hoog", "matig") + ".stakeholders[0].naam", equalTo("COA"))
                .body(cel("hoog", "matig") + ".kwadrant", equalTo("informeren"))
                .body(cel("zeer hoog", "hoog") + ".aantal", equalTo(0))
                .body("kwadranten.find { it.kwadrant == 'informeren' }.aantal", equalTo(1));
        when().get(pad + "?peildatum=2026-06-01").then().body(cel("zeer hoog", "hoog") + ".stakeholders[0].naam", equalTo("COA"));
        when().get(pad + "?peildatum=2026-03-01").then().body("aantal", equalTo(0));
        when().get(pad + "?peildatum=1-6-2026").then().statusCode(400).body("velden[0].veld", equalTo("peildatum"));
    }

    @Test
    void aStaleVersionOrAFutureDateIsRefused() {
        long plan = Testplannen.gemeente();
        long coa = Stakeholders.gescoord(plan, "COA", "hoog", "matig");
        Stakeholders.wijzig(plan, coa, Map.of("cluster", "opvang", "version", 0)).statusCode(200);
        herijk(plan, "2026-11-23", score(coa, 0, "hoog", "matig", null)).statusCode(409)
                .body("huidig.cluster", equalTo("opvang"));
        herijk(plan, "2026-11-24", score(coa, 1, "hoog", "matig", null)).statusCode(400)
                .body("velden[0].veld", equalTo("datum"));
        herijk(plan, "2026-11-23", score(coa, 1, "heel hoog", "matig", null)).statusCode(400)
                .body("velden[0].veld", equalTo("scores[0].belang"));
        herijk(plan, "2026-11-23", score(999999999L, 1, "hoog", "matig", null)).statusCode(400)
                .body("velden[0].veld", equalTo("scores[0].stakeholder"));
        given().contentType(ContentType.JSON).body(Map.of("datum", "2026-11-23", "aanwezigen", List.of("Els")))
                .post("/api/plannen/" + plan + "/stakeholderherijkingen").then().statusCode(400)
                .body("velden.veld", hasItem("scores"));
        when().get("/api/plannen/" + plan + "/stakeholderherijkingen/999999999").then().statusCode(404);
    }

    /** The JSON path of the grid cell with this belang and invloed. */
    static String cel(String belang, String invloed) {
        return "cellen.find { it.belang == '" + belang + "' && it.invloed == '" + invloed + "' }";
    }

    static Map<String, Object> score(long stakeholder, int versie, String belang, String invloed, String reden) {
        Map<String, Object> score = new HashMap<>(Map.of("stakeholder", stakeholder, "version", versie,
                "belang", belang, "invloed", invloed));
        if (reden != null) {
            score.put("reden", reden);
        }
        return score;
    }

    @SafeVarargs
    static ValidatableResponse herijk(long plan, String datum, Map<String, Object>... scores) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("datum", datum, "aanwezigen", List.of("Els", "Jan"), "scores", List.of(scores)))
                .post("/api/plannen/" + plan + "/stakeholderherijkingen").then();
    }
}
