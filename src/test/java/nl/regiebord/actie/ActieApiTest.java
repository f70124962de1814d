package nl.regiebord.actie;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ActieApiTest {

    @Inject
    VerstelbareKlok klok;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    private static io.restassured.response.ValidatableResponse patch(long plan, long actie, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body)
                .patch("/api/plannen/" + plan + "/acties/" + actie).then();
    }

    @Test
    void everyStatusChangeIsRecordedInTheHistory() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "werkprocessen", null, "ontwerpen");
        int versie = 0;
        for (String status : List.of("bezig", "afgerond", "nvt", "open")) {
            patch(plan, actie, Map.of("status", status, "version", versie)).statusCode(200)
                    .body("status", equalTo(status)).body("version", equalTo(versie + 1));
            versie++;
        }
        when().get("/api/plannen/" + plan + "/acties/" + actie + "/historie").then().statusCode(200)
                .body("veld", everyItem(equalTo("status")))
                .body("oud", contains("nvt", "afgerond", "bezig", "open"))
                .body("nieuw", contains("open", "nvt", "afgerond", "bezig"))
                .body("gebruiker", everyItem(equalTo("Beheerder")));
        when().get("/api/plannen/" + plan + "/acties/" + actie + "/historie?limit=2").then().body("", hasSize(2));
    }

    @Test
    void verantwoordelijkeAndToelichtingAreKeptAndCleared() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "uitvoeren");
        patch(plan, actie, Map.of("verantwoordelijke", "Fatima el Amrani", "toelichting", "Gunning loopt.", "version", 0))
                .statusCode(200)
                .body("verantwoordelijke", equalTo("Fatima el Amrani"))
                .body("toelichting", equalTo("Gunning loopt."))
                .body("status", equalTo("open"));
        given().contentType(ContentType.JSON).body("{\"toelichting\":null,\"version\":1}")
                .patch("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(200)
                .body("toelichting", nullValue())
                .body("verantwoordelijke", equalTo("Fatima el Amrani"));
        when().get("/api/plannen/" + plan + "/acties/" + actie + "/historie").then()
                .body("find { it.veld == 'toelichting' && it.nieuw == null }.oud", equalTo("Gunning loopt."))
                .body("find { it.veld == 'verantwoordelijke' }.nieuw", equalTo("Fatima el Amrani"));
    }

    @Test
    void aToelichtingOfOneMegabyteIsRefusedAndNothingChanges() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "uitvoeren");
        patch(plan, actie, Map.of("status", "bezig", "toelichting", "x".repeat(1_000_000), "version", 0))
                .statusCode(400).contentType("application/problem+json")
                .body("velden[0].veld", equalTo("toelichting"))
                .body("velden[0].melding", containsString("ten hoogste 10000"));
        patch(plan, actie, Map.of("toelichting", "y".repeat(10_000), "version", 0)).statusCode(200);
        when().get("/api/plannen/" + plan + "/acties/" + actie).then().body("status", equalTo("open"));
    }

    @Test
    void unknownEnumValuesAndReadOnlyFieldsAre400WithNothingChanged() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "uitvoeren");
        patch(plan, actie, Map.of("status", "klaar", "version", 0)).statusCode(400)
                .body("velden[0].veld", equalTo("status"))
                .body("velden[0].toegestaan", equalTo(List.of("open", "bezig", "afgerond", "nvt")));
        patch(plan, actie, Map.of("status", "bezig", "teLaat", false, "id", 1, "version", 0)).statusCode(400)
                .body("velden.veld", contains("id", "teLaat"));
        patch(plan, actie, Map.of("actie", "iets anders", "version", 0)).statusCode(400)
                .body("velden[0].melding", containsString("alleen eigen acties"));
        patch(plan, actie, Map.of("status", "bezig", "version", "nul")).statusCode(400)
                .body("velden[0].veld", equalTo("version"));
        when().get("/api/plannen/" + plan + "/acties/" + actie).then()
                .body("status", equalTo("open")).body("version", equalTo(0)).body("actie", equalTo("uitvoeren"));
        when().get("/api/plannen/" + plan + "/acties/" + actie + "/historie").then().body("", hasSize(0));
    }

    @Test
    void aStaleVersionIs409WithTheOtherPersonsChange() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "uitvoeren");
        patch(plan, actie, Map.of("verantwoordelijke", "Jan", "version", 0)).statusCode(200);
        patch(plan, actie, Map.of("verantwoordelijke", "Piet", "status", "bezig", "version", 0)).statusCode(409)
                .contentType("application/problem+json")
                .body("huidig.verantwoordelijke", equalTo("Jan"))
                .body("huidig.version", equalTo(1));
        when().get("/api/plannen/" + plan + "/acties/" + actie).then()
                .body("verantwoordelijke", equalTo("Jan")).body("status", equalTo("open"));
    }

    @Test
    void twoSimultaneousChangesOnTheSameVersionNeverBothWin() throws Exception {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "uitvoeren");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> antwoorden = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String wie = "Persoon " + i;
                antwoorden.add(pool.submit(() -> {
                    var antwoord = given().contentType(ContentType.JSON)
                            .body(Map.of("verantwoordelijke", wie, "version", 0))
                            .patch("/api/plannen/" + plan + "/acties/" + actie);
                    if (antwoord.statusCode() == 409) {
                        // however the race was lost, the answer shows the winner's state
                        org.junit.jupiter.api.Assertions.assertEquals(1, (int) antwoord.path("huidig.version"),
                                antwoord.asString());
                    }
                    return antwoord.statusCode();
                }));
            }
            List<Integer> statussen = new java.util.ArrayList<>();
            for (var antwoord : antwoorden) {
                statussen.add(antwoord.get());
            }
            org.junit.jupiter.api.Assertions.assertEquals(1, statussen.stream().filter(s -> s == 200).count(),
                    statussen.toString());
            org.junit.jupiter.api.Assertions.assertEquals(7, statussen.stream().filter(s -> s == 409).count(),
                    statussen.toString());
        } finally {
            pool.shutdownNow();
        }
        when().get("/api/plannen/" + plan + "/acties/" + actie).then().body("version", equalTo(1));
        when().get("/api/plannen/" + plan + "/acties/" + actie + "/historie").then().body("", hasSize(1));
    }

    @Test
    void ownActionsComeAfterTheModelsActionsOfTheirTheme() {
        long plan = Testplannen.gemeente();
        String locatie = given().contentType(ContentType.JSON)
                .body(Map.of("thema", "inkoop", "fase", "uitvoerende fase", "actie", "Contract taalaanbieder tekenen",
                        "deadline", "2021-12-15", "verantwoordelijke", "Inkoper"))
                .post("/api/plannen/" + plan + "/acties").then().statusCode(201)
                .body("eigen", is(true))
                .body("deadline", equalTo("2021-12-15"))
                .body("deadlineHandmatig", is(true))
                .body("status", equalTo("open"))
                .body("themaNaam", equalTo("Inkoop"))
                .extract().header("Location");
        when().get(locatie).then().statusCode(200).body("actie", equalTo("Contract taalaanbieder tekenen"));
        when().get("/api/plannen/" + plan + "/acties?thema=inkoop").then()
                .body("actie", contains("inventariseren", "keuze maken", "uitvoeren", "Contract taalaanbieder tekenen"));
        long id = Long.parseLong(locatie.substring(locatie.lastIndexOf('/') + 1));
        patch(plan, id, Map.of("actie", "Contract taalaanbieder getekend", "fase", "evaluerende fase", "version", 0))
                .statusCode(200).body("actie", equalTo("Contract taalaanbieder getekend"))
                .body("fase", equalTo("evaluerende fase"));
    }

    @Test
    void anOwnActionNeedsAKnownThemeFaseAndText() {
        long plan = Testplannen.gemeente();
        given().contentType(ContentType.JSON).body(Map.of("thema", "huisvesting", "fase", "later", "onderdeel", "x"))
                .post("/api/plannen/" + plan + "/acties").then().statusCode(400)
                .body("velden.find { it.veld == 'thema' }.toegestaan",
                        equalTo(List.of("keuze", "beleid", "financien", "inkoop", "werkprocessen", "communicatie")))
                .body("velden.find { it.veld == 'fase' }.toegestaan", hasSize(4))
                .body("velden.find { it.veld == 'actie' }.melding", equalTo("is verplicht"));
        given().contentType(ContentType.JSON)
                .body(Map.of("thema", "beleid", "onderdeel", "inkoop", "fase", "uitvoerende fase", "actie", "x"))
                .post("/api/plannen/" + plan + "/acties").then().statusCode(400)
                .body("velden[0].toegestaan", contains("startnotitie", "beleidskader", "verordening", "beleidsregels"));
        when().get("/api/plannen/" + plan + "/acties").then().body("", hasSize(38));
    }

    @Test
    void aModelActionCanBeMarkedNotApplicable() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "keuze", null, "notitie opstellen");
        patch(plan, actie, Map.of("status", "nvt", "toelichting", "Wij werken lokaal.", "version", 0)).statusCode(200)
                .body("status", equalTo("nvt")).body("teLaat", is(false));
    }

    @Test
    void teLaatFollowsTheClock() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "beleid", "verordening", "verordening vaststellen");
        klok.zet(LocalDate.of(2021, 10, 31));
        when().get("/api/plannen/" + plan + "/acties/" + actie).then().body("teLaat", is(false));
        klok.zet(LocalDate.of(2021, 11, 1));
        when().get("/api/plannen/" + plan + "/acties/" + actie).then().body("teLaat", is(true));
        when().get("/api/plannen/" + plan + "/acties?teLaat=true").then()
                .body("actie", contains("notitie opstellen", "startnotitie opstellen", "startnotitie vaststellen",
                        "inventariseren", "planning maken", "beleidskader opstellen", "beleidskader vaststellen",
                        "inventariseren", "planning maken", "verordening opstellen", "verordening vaststellen",
                        "inventariseren", "planning maken", "beleidsregels opstellen", "beleidsregels vaststellen",
                        "instrueren van klantmanagers", "inventariseren", "doorrekenen", "begroting opstellen",
                        "begroting controleren", "begroting aanpassen", "begroting vaststellen", "inventariseren",
                        "keuze maken", "uitvoeren", "inventariseren en analyseren", "beoordelen", "ontwerpen",
                        "inrichten", "testen", "instrueren"));
        patch(plan, actie, Map.of("status", "afgerond", "version", 0)).statusCode(200).body("teLaat", is(false));
        long ander = Testplannen.actie(plan, "werkprocessen", null, "testen");
        patch(plan, ander, Map.of("status", "nvt", "version", 0)).statusCode(200).body("teLaat", is(false));
        patch(plan, Testplannen.actie(plan, "werkprocessen", null, "instrueren"), Map.of("status", "bezig", "version", 0))
                .statusCode(200).body("teLaat", is(true));
    }

    @Test
    void filtersOnThemaStatusAndTeLaatCombine() {
        long plan = Testplannen.maak(List.of("Weert"), "2022-01-01", true);
        when().get("/api/plannen/" + plan + "/acties?thema=financien&status=afgerond").then()
                .body("", hasSize(5)).body("thema", everyItem(equalTo("financien")));
        klok.zet(LocalDate.of(2021, 5, 1));
        when().get("/api/plannen/" + plan + "/acties?thema=werkprocessen&teLaat=true").then()
                .body("actie", contains("inventariseren en analyseren", "beoordelen", "ontwerpen"));
        when().get("/api/plannen/" + plan + "/acties?thema=werkprocessen&teLaat=false").then().body("", hasSize(3));
        when().get("/api/plannen/" + plan + "/acties?thema=ict").then().statusCode(400)
                .body("velden[0].veld", equalTo("thema"));
        when().get("/api/plannen/" + plan + "/acties?status=gedaan").then().statusCode(400)
                .body("velden[0].toegestaan", hasSize(4));
        when().get("/api/plannen/" + plan + "/acties?teLaat=misschien").then().statusCode(400)
                .body("velden[0].toegestaan", contains("true", "false"));
    }

    @Test
    void stepsAreTickedWithTheirOwnVersionAndRecorded() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "beleid", "beleidskader", "inventariseren");
        Map<String, Object> detail = when().get("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(200)
                .body("stappen", hasSize(6))
                .body("stappen.afgevinkt", everyItem(is(false)))
                .body("aandachtspunten", hasSize(5))
                .extract().jsonPath().getMap("stappen[1]");
        String pad = "/api/plannen/" + plan + "/acties/" + actie + "/stappen/" + detail.get("id");
        given().contentType(ContentType.JSON).body(Map.of("afgevinkt", true, "version", 0)).patch(pad).then()
                .statusCode(200).body("stappen[1].afgevinkt", is(true)).body("stappen[1].version", equalTo(1))
                .body("version", equalTo(0));
        given().contentType(ContentType.JSON).body(Map.of("afgevinkt", false, "version", 0)).patch(pad).then()
                .statusCode(409).body("huidig.afgevinkt", is(true));
        given().contentType(ContentType.JSON).body(Map.of("afgevinkt", "ja", "version", 1)).patch(pad).then()
                .statusCode(400).body("velden[0].veld", equalTo("afgevinkt"));
        given().contentType(ContentType.JSON).body(Map.of("afgevinkt", true, "version", 0))
                .patch("/api/plannen/" + plan + "/acties/" + actie + "/stappen/999999").then().statusCode(404);
        when().get("/api/plannen/" + plan + "/acties/" + actie + "/historie").then()
                .body("[0].veld", equalTo("stap 2 (Inventariseer) afgevinkt"))
                .body("[0].oud", equalTo("nee")).body("[0].nieuw", equalTo("ja"));
    }

    @Test
    void anActionOfAnotherPlanIsNotFound() {
        long a = Testplannen.gemeente();
        long b = Testplannen.gemeente();
        long actieVanA = Testplannen.actie(a, "inkoop", null, "uitvoeren");
        patch(b, actieVanA, Map.of("status", "bezig", "version", 0)).statusCode(404)
                .body("detail", equalTo("Plan " + b + " heeft geen actie met id " + actieVanA + "."));
        when().get("/api/plannen/" + b + "/acties/" + actieVanA + "/historie").then().statusCode(404);
        when().get("/api/plannen/" + a + "/acties/" + actieVanA).then().body("status", equalTo("open"));
    }

    @Test
    void verantwoordelijkeIdMustBeAMemberOfThePlan() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "uitvoeren");
        Map<String, Object> body = new HashMap<>();
        body.put("verantwoordelijkeId", 7);
        body.put("version", 0);
        patch(plan, actie, body).statusCode(400).body("velden[0].veld", equalTo("verantwoordelijkeId"));
        body.put("verantwoordelijkeId", null);
        patch(plan, actie, body).statusCode(200).body("verantwoordelijkeId", nullValue());
    }
}
