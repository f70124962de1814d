package nl.regiebord.risico;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.regiebord.klok.VerstelbareKlok;
import nl.regiebord.plan.Testplannen;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class RisicoApiTest {

    @Test
    void aRaisedRiskIsScoredAndQualified() {
        long plan = Testplannen.gemeente();
        Risicos.breng(plan, Map.of("categorie", "financieel", "omschrijving", "Budget te laag",
                        "maatregel", "Begroting per kwartaal scherpstellen", "kans", "midden", "impact", "hoog",
                        "restKans", "laag", "restImpact", "midden", "eigenaar", "Jan de Vries"))
                .statusCode(201).header("Location", containsString("/api/plannen/" + plan + "/risicos/"))
                .contentType(ContentType.JSON)
                .body("categorie", equalTo("financieel")).body("maatregel", containsString("kwartaal"))
                .body("kans", equalTo("midden")).body("impact", equalTo("hoog"))
                .body("score", equalTo(6)).body("kwalificatie", equalTo("hoog")).body("kleur", equalTo("rood"))
                .body("restScore", equalTo(2)).body("restKwalificatie", equalTo("laag")).body("restKleur", equalTo("groen"))
                .body("status", equalTo("open")).body("eigenaar", equalTo("Jan de Vries"))
                .body("ingebrachtDoor", equalTo("Fatima el Amrani")).body("inMatrix", is(true))
                .body("version", equalTo(0));
    }

    @Test
    void anUnscoredRiskHasNoScoreAndStaysOutOfTheMatrix() {
        long plan = Testplannen.gemeente();
        Risicos.breng(plan, Map.of()).statusCode(201)
                .body("score", nullValue()).body("kwalificatie", nullValue()).body("inMatrix", is(false));
    }

    @Test
    void aSixthRiskOfOneDeelnemerIsRefusedWhateverTheCapitals() {
        long plan = Testplannen.gemeente();
        for (String naam : new String[]{"Piet Jansen", "piet jansen", "PIET JANSEN", "Piet jansen", " Piet Jansen "}) {
            Risicos.breng(plan, Map.of("ingebrachtDoor", naam)).statusCode(201);
        }
        Risicos.breng(plan, Map.of("ingebrachtDoor", "piet JANSEN")).statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("ten hoogste 5 risico's"));
        Risicos.breng(plan, Map.of("ingebrachtDoor", "Anna Bakker")).statusCode(201);
        // another plan is another count
        Risicos.breng(Testplannen.gemeente(), Map.of("ingebrachtDoor", "Piet Jansen")).statusCode(201);
    }

    @Test
    void aDeletedRiskNoLongerCountsAndCanBeRestoredWhileThereIsRoom() {
        long plan = Testplannen.gemeente();
        long eerste = Risicos.gescoord(plan, "laag", "laag", "Kees");
        for (int i = 0; i < 4; i++) {
            Risicos.gescoord(plan, "laag", "laag", "Kees");
        }
        when().delete("/api/plannen/" + plan + "/risicos/" + eerste).then().statusCode(204);
        when().get("/api/plannen/" + plan + "/risicos").then().body("", hasSize(4));
        when().get("/api/plannen/" + plan + "/risicos?verwijderd=true").then().body("id", contains((int) eerste));
        long zesde = Risicos.gescoord(plan, "hoog", "hoog", "kees");
        when().post("/api/plannen/" + plan + "/risicos/" + eerste + "/herstel").then().statusCode(422);
        Risicos.wijzig(plan, eerste, Map.of("kans", "hoog", "version", Risicos.versie(plan, eerste))).statusCode(422)
                .body("detail", containsString("herstel"));
        when().delete("/api/plannen/" + plan + "/risicos/" + zesde).then().statusCode(204);
        when().post("/api/plannen/" + plan + "/risicos/" + eerste + "/herstel").then().statusCode(200)
                .body("verwijderd", is(false));
        when().get("/api/plannen/" + plan + "/risicos/" + eerste + "/historie").then()
                .body("veld", hasItem("verwijderd"));
    }

    @Test
    void movingARiskToAnotherDeelnemerRespectsTheirMaximum() {
        long plan = Testplannen.gemeente();
        for (int i = 0; i < 5; i++) {
            Risicos.gescoord(plan, "laag", "laag", "Kees");
        }
        long ander = Risicos.gescoord(plan, "laag", "laag", "Els");
        Risicos.wijzig(plan, ander, Map.of("ingebrachtDoor", "KEES", "version", 0)).statusCode(422);
        Risicos.wijzig(plan, ander, Map.of("ingebrachtDoor", "ELS", "version", 0)).statusCode(200);
    }

    @Test
    void clusteringTakesARiskOutOfTheMatrixAndUndoingPutsItBack() {
        long plan = Testplannen.gemeente();
        long cluster = Risicos.gescoord(plan, "hoog", "hoog", "Kees");
        long dubbel = Risicos.gescoord(plan, "midden", "hoog", "Els");
        given().contentType(ContentType.JSON).body(Map.of("in", cluster))
                .post("/api/plannen/" + plan + "/risicos/" + dubbel + "/cluster").then().statusCode(200)
                .body("clusterIn", equalTo((int) cluster)).body("inMatrix", is(false));
        when().get("/api/plannen/" + plan + "/risicos/" + cluster).then()
                .body("geclusterd", contains((int) dubbel));
        // still listed in the register
        when().get("/api/plannen/" + plan + "/risicos").then().body("id", hasItems((int) cluster, (int) dubbel));
        when().delete("/api/plannen/" + plan + "/risicos/" + dubbel + "/cluster").then().statusCode(200)
                .body("clusterIn", nullValue()).body("inMatrix", is(true));
        when().get("/api/plannen/" + plan + "/risicos/" + cluster).then().body("geclusterd", hasSize(0));
        when().get("/api/plannen/" + plan + "/risicos/" + dubbel + "/historie").then()
                .body("veld", hasItem("geclusterd in"));
    }

    @Test
    void everyRiskIsNumberedPerPlanAndANumberIsNeverGivenTwice() {
        long plan = Testplannen.gemeente();
        long r1 = Risicos.gescoord(plan, "hoog", "hoog", "Kees");
        long r2 = Risicos.gescoord(plan, "laag", "hoog", "Els");
        when().get("/api/plannen/" + plan + "/risicos/" + r1).then().body("nummer", equalTo("R1"));
        // numbers belong to the plan: another plan starts at R1 again
        long elders = Testplannen.gemeente();
        Risicos.breng(elders, Map.of()).statusCode(201).body("nummer", equalTo("R1"));
        // a deleted risk keeps its number, and the next risk does not take it
        when().delete("/api/plannen/" + plan + "/risicos/" + r2).then().statusCode(204);
        Risicos.breng(plan, Map.of()).statusCode(201).body("nummer", equalTo("R3"));
        when().post("/api/plannen/" + plan + "/risicos/" + r2 + "/herstel").then().statusCode(200)
                .body("nummer", equalTo("R2"));
        // the Tabel 6 examples are numbered when they are added, after the plan's own
        given().post("/api/plannen/" + plan + "/risicos/voorbeelden").then().statusCode(201)
                .body("[0].nummer", equalTo("R4")).body("[0].voorbeeldnummer", equalTo(1))
                .body("[10].nummer", equalTo("R14"));
        // the number is the API's to give: a client cannot set it
        Risicos.wijzig(plan, r1, Map.of("nummer", "R9", "version", Risicos.versie(plan, r1))).statusCode(400)
                .body("velden[0].veld", equalTo("nummer"));
        // the matrix, a cluster and a review name the risk by its number
        when().get("/api/plannen/" + plan + "/risicomatrix").then()
                .body("cellen.find { it.kans == 'hoog' && it.impact == 'hoog' }.risicos[0].nummer", equalTo("R1"));
        given().contentType(ContentType.JSON).body(Map.of("in", r1))
                .post("/api/plannen/" + plan + "/risicos/" + r2 + "/cluster").then().statusCode(200)
                .body("clusterIn", equalTo((int) r1)).body("clusterInNummer", equalTo("R1"));
        given().contentType(ContentType.JSON).body(Map.of("datum", VerstelbareKlok.STANDAARD.minusDays(1).toString(),
                        "aanwezigen", List.of("Wethouder"), "besluiten", List.of(Map.of("risico", r1,
                                "version", Risicos.versie(plan, r1), "status", "beheerst"))))
                .post("/api/plannen/" + plan + "/risicoreviews").then().statusCode(201)
                .body("besluiten[0].nummer", equalTo("R1"));
    }

    @Test
    void riskNumbersStayUniqueWhenRisksAreRaisedAtOnce() throws Exception {
        long plan = Testplannen.gemeente();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> nummers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String door = "Deelnemer " + i;
                nummers.add(pool.submit(() -> Risicos.breng(plan, Map.of("ingebrachtDoor", door)).statusCode(201)
                        .extract().<String>path("nummer")));
            }
            Set<String> gezien = new TreeSet<>();
            for (Future<String> n : nummers) {
                gezien.add(n.get());
            }
            assertEquals(Set.of("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"), gezien);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void clusteringFollowsTheRules() {
        long plan = Testplannen.gemeente();
        long a = Risicos.gescoord(plan, "hoog", "hoog", "Kees");
        long b = Risicos.gescoord(plan, "hoog", "hoog", "Kees");
        long c = Risicos.gescoord(plan, "hoog", "hoog", "Kees");
        cluster(plan, a, a).statusCode(422).body("detail", containsString("zichzelf"));
        cluster(plan, b, a).statusCode(200);
        cluster(plan, c, b).statusCode(422).body("detail", containsString("zelf geclusterd"));
        cluster(plan, a, c).statusCode(422).body("detail", containsString("zelf een cluster"));
        when().delete("/api/plannen/" + plan + "/risicos/" + a).then().statusCode(422);
        cluster(plan, c, 999_999).statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("in", "een"))
                .post("/api/plannen/" + plan + "/risicos/" + c + "/cluster").then().statusCode(400)
                .body("velden[0].veld", equalTo("in"));
        long anderPlan = Testplannen.gemeente();
        cluster(plan, c, Risicos.gescoord(anderPlan, "laag", "laag", "Kees")).statusCode(404);
    }

    @Test
    void badValuesAreNamedWithWhatIsAllowed() {
        long plan = Testplannen.gemeente();
        Risicos.breng(plan, Map.of("kans", "heel hoog")).statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("kans"))
                .body("velden[0].veld", equalTo("kans"))
                .body("velden[0].toegestaan", contains("laag", "midden", "hoog"));
        Risicos.breng(plan, Map.of("categorie", "politiek")).statusCode(400)
                .body("velden[0].toegestaan", contains("strategisch", "operationeel", "financieel", "compliance"));
        Map<String, Object> zonder = new HashMap<>();
        zonder.put("omschrijving", null);
        zonder.put("ingebrachtDoor", null);
        Risicos.breng(plan, zonder).statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("categorie", "compliance"))
                .post("/api/plannen/" + plan + "/risicos").then().statusCode(400)
                .body("velden.veld", hasItems("omschrijving", "ingebrachtDoor"));
        Risicos.breng(plan, Map.of("score", 9)).statusCode(400).body("velden[0].melding", containsString("niet"));
        Risicos.breng(plan, Map.of("kleurtje", "rood")).statusCode(400).body("velden[0].melding", equalTo("onbekend veld"));
        long id = Risicos.gescoord(plan, "laag", "laag", "Kees");
        Risicos.wijzig(plan, id, Map.of("status", "weg", "version", 0)).statusCode(400)
                .body("velden[0].toegestaan", contains("open", "beheerst", "opgetreden", "vervallen"));
        Risicos.wijzig(plan, id, Map.of("status", "beheerst")).statusCode(400).body("velden[0].veld", equalTo("version"));
        when().get("/api/plannen/" + plan + "/risicos?kwalificatie=rood").then().statusCode(400)
                .body("velden[0].toegestaan", contains("laag", "midden", "hoog"));
    }

    @Test
    void unknownPlansAndRisksAnswer404() {
        long plan = Testplannen.gemeente();
        when().get("/api/plannen/999999/risicos").then().statusCode(404).contentType("application/problem+json");
        when().get("/api/plannen/" + plan + "/risicos/999999").then().statusCode(404);
        long elders = Risicos.gescoord(Testplannen.gemeente(), "laag", "laag", "Kees");
        when().get("/api/plannen/" + plan + "/risicos/" + elders).then().statusCode(404);
        Risicos.wijzig(plan, 999_999, Map.of("version", 0)).statusCode(404);
    }

    @Test
    void aStaleVersionAnswers409WithTheCurrentState() {
        long plan = Testplannen.gemeente();
        long id = Risicos.gescoord(plan, "laag", "laag", "Kees");
        Risicos.wijzig(plan, id, Map.of("kans", "hoog", "version", 0)).statusCode(200)
                .body("score", equalTo(3)).body("kwalificatie", equalTo("midden")).body("version", equalTo(1));
        Risicos.wijzig(plan, id, Map.of("impact", "hoog", "version", 0)).statusCode(409)
                .contentType("application/problem+json")
                .body("huidig.kans", equalTo("hoog")).body("huidig.version", equalTo(1));
        when().get("/api/plannen/" + plan + "/risicos/" + id).then().body("impact", equalTo("laag"));
    }

    @Test
    void everyScoreChangeIsInTheHistoryWithWhoAndWhen() {
        long plan = Testplannen.gemeente();
        long id = Risicos.gescoord(plan, "laag", "midden", "Kees");
        Risicos.wijzig(plan, id, Map.of("kans", "hoog", "impact", "hoog", "version", 0)).statusCode(200);
        when().get("/api/plannen/" + plan + "/risicos/" + id + "/historie").then().statusCode(200)
                .body("veld", contains("impact", "kans", "impact", "kans", "risico"))
                .body("nieuw", contains("hoog", "hoog", "midden", "laag", "ingebracht: Risico laag/midden van Kees"))
                .body("[0].oud", equalTo("midden"))
                .body("[0].gebruiker", equalTo("Beheerder")).body("[0].tijdstip", containsString("2026-11-23"));
    }

    @Test
    void clearingKansUnscoresTheRisk() {
        long plan = Testplannen.gemeente();
        long id = Risicos.gescoord(plan, "hoog", "hoog", "Kees");
        Map<String, Object> leeg = new HashMap<>();
        leeg.put("kans", null);
        leeg.put("version", 0);
        Risicos.wijzig(plan, id, leeg).statusCode(200).body("kans", nullValue()).body("score", nullValue());
    }

    @Test
    void theListFiltersByCategorieKwalificatieAndStatus() {
        long plan = Testplannen.gemeente();
        long hoog = Risicos.gescoord(plan, "hoog", "hoog", "Kees");
        long laag = Risicos.gescoord(plan, "laag", "laag", "Kees");
        Risicos.wijzig(plan, laag, Map.of("status", "beheerst", "categorie", "compliance", "version", 0)).statusCode(200);
        when().get("/api/plannen/" + plan + "/risicos?kwalificatie=hoog").then().body("id", contains((int) hoog));
        when().get("/api/plannen/" + plan + "/risicos?status=beheerst").then().body("id", contains((int) laag));
        when().get("/api/plannen/" + plan + "/risicos?categorie=compliance").then().body("id", contains((int) laag));
        when().get("/api/plannen/" + plan + "/risicos?categorie=operationeel&kwalificatie=laag").then().body("", hasSize(0));
    }

    private static io.restassured.response.ValidatableResponse cluster(long plan, long risico, long in) {
        return given().contentType(ContentType.JSON).body(Map.of("in", in))
                .post("/api/plannen/" + plan + "/risicos/" + risico + "/cluster").then();
    }
}
