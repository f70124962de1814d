package nl.regiebord.stakeholder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.security.Testgebruikers;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class StakeholderApiTest {

    @Test
    void aStakeholderIsScoredAndPlacedInItsQuadrantWithItsWayOfEngagement() {
        long plan = Testplannen.gemeente();
        Stakeholders.voegToe(plan, Map.of("naam", "COA", "type", "extern", "cluster", "opvang",
                        "belangen", "Snelle start van de inburgering op het azc", "wensenEisen", "Digitaal klantprofiel",
                        "belang", "zeer hoog", "invloed", "hoog", "frequentie", "maandelijks",
                        "communicatie", "persoonlijke mail", "verantwoordelijke", "Els Verhoeven"))
                .statusCode(201).header("Location", containsString("/api/plannen/" + plan + "/stakeholders/"))
                .contentType(ContentType.JSON)
                .body("naam", equalTo("COA")).body("type", equalTo("extern")).body("cluster", equalTo("opvang"))
                .body("belang", equalTo("zeer hoog")).body("invloed", equalTo("hoog"))
                .body("kwadrant", equalTo("belangrijke speler")).body("kleur", equalTo("paars"))
                .body("omgang", containsString("persoonlijk contact"))
                .body("frequentie", equalTo("maandelijks")).body("communicatie", equalTo("persoonlijke mail"))
                .body("verantwoordelijke", equalTo("Els Verhoeven")).body("verantwoordelijkeId", nullValue())
                .body("volgendContact", equalTo("2026-12-23")).body("contactTeLaat", is(false))
                .body("version", equalTo(0));
    }

    @Test
    void anUnscoredStakeholderHasNoQuadrantAndScoringItMovesIt() {
        long plan = Testplannen.gemeente();
        long id = Stakeholders.id(Stakeholders.voegToe(plan, Map.of()));
        when().get("/api/plannen/" + plan + "/stakeholders/" + id).then().body("kwadrant", nullValue());
        Stakeholders.wijzig(plan, id, Map.of("belang", "hoog", "invloed", "laag", "version", 0)).statusCode(200)
                .body("kwadrant", equalTo("informeren")).body("version", equalTo(1));
        Stakeholders.wijzig(plan, id, Map.of("invloed", "zeer hoog", "version", 1)).statusCode(200)
                .body("kwadrant", equalTo("belangrijke speler"));
        when().get("/api/plannen/" + plan + "/stakeholders/" + id + "/historie").then()
                .body("veld", hasItems("belang", "invloed")).body("nieuw", hasItem("zeer hoog"));
    }

    @Test
    void theListFiltersOnTypeQuadrantAndCluster() {
        long plan = Testplannen.gemeente();
        Stakeholders.voegToe(plan, Map.of("naam", "DUO", "belang", "hoog", "invloed", "hoog", "cluster", "rijk")).statusCode(201);
        Stakeholders.voegToe(plan, Map.of("naam", "Raadsleden", "type", "intern", "belang", "matig", "invloed", "zeer hoog"))
                .statusCode(201);
        Stakeholders.voegToe(plan, Map.of("naam", "Taalmaatjes", "belang", "laag", "invloed", "laag")).statusCode(201);
        String pad = "/api/plannen/" + plan + "/stakeholders";
        when().get(pad).then().body("naam", contains("DUO", "Raadsleden", "Taalmaatjes"));
        when().get(pad + "?type=intern").then().body("naam", contains("Raadsleden"));
        when().get(pad + "?kwadrant=tevreden houden").then().body("naam", contains("Raadsleden"));
        when().get(pad + "?cluster=Rijk").then().body("naam", contains("DUO"));
        when().get(pad + "?kwadrant=belangrijk").then().statusCode(400)
                .body("velden[0].veld", equalTo("kwadrant"))
                .body("velden[0].toegestaan", contains("belangrijke speler", "tevreden houden", "informeren", "monitoren"));
    }

    @Test
    void theChecklistOfChapterFiveAddsTheTickedStakeholdersOnce() {
        long plan = Testplannen.gemeente();
        String pad = "/api/plannen/" + plan + "/stakeholders/checklist";
        when().get(pad).then().statusCode(200).body("", hasSize(36))
                .body("findAll { it.type == 'extern' }", hasSize(29)).body("findAll { it.type == 'intern' }", hasSize(7))
                .body("[0].naam", equalTo("COA")).body("naam", hasItems("VNO-NCW", "Regiocoördinator Inburgering",
                        "College van wethouders")).body("inPlan", not(hasItem(true)));
        given().contentType(ContentType.JSON).body(Map.of("namen", List.of("COA", "Raadsleden", "vluchtelingenwerk")))
                .post(pad).then().statusCode(201).body("naam", contains("COA", "Raadsleden", "VluchtelingenWerk"))
                .body("type", contains("extern", "intern", "extern")).body("kwadrant", contains(null, null, null));
        given().contentType(ContentType.JSON).body(Map.of("namen", List.of("COA", "DUO")))
                .post(pad).then().statusCode(201).body("naam", contains("DUO"));
        when().get("/api/plannen/" + plan + "/stakeholders").then()
                .body("naam", contains("COA", "Raadsleden", "VluchtelingenWerk", "DUO"));
        when().get(pad).then().body("find { it.naam == 'COA' }.inPlan", is(true))
                .body("find { it.naam == 'IND' }.inPlan", is(false));
        given().contentType(ContentType.JSON).body(Map.of("namen", List.of("Voetbalclub")))
                .post(pad).then().statusCode(400).body("velden[0].veld", equalTo("namen"))
                .body("velden[0].melding", containsString("Voetbalclub"));
    }

    @Test
    void aSecondStakeholderWithTheSameNameIsRefusedInFavourOfMerging() {
        long plan = Testplannen.gemeente();
        Stakeholders.voegToe(plan, Map.of("naam", "Bibliotheken")).statusCode(201);
        Stakeholders.voegToe(plan, Map.of("naam", "bibliotheken")).statusCode(422)
                .body("detail", containsString("samen"));
    }

    @Test
    void mergingADuplicateMovesItsContactsAndActionsAndTakesItOutOfTheGrid() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "communicatie", null, "inventariseren");
        long roc = Stakeholders.gescoord(plan, "ROC", "hoog", "matig");
        long mbo = Stakeholders.id(Stakeholders.voegToe(plan, Map.of("naam", "ROC Midden-Limburg", "belang", "matig",
                "invloed", "matig", "belangen", "Plaatsen in de onderwijsroute", "actieIds", List.of(actie))));
        Stakeholders.contact(plan, mbo, Map.of("datum", "2026-11-02", "door", "Jan", "vorm", "overleg")).statusCode(201);

        given().contentType(ContentType.JSON).body(Map.of("in", roc))
                .post("/api/plannen/" + plan + "/stakeholders/" + mbo + "/samenvoegen").then().statusCode(200)
                .body("id", equalTo((int) roc)).body("samengevoegd[0].id", equalTo((int) mbo))
                .body("samengevoegd[0].naam", equalTo("ROC Midden-Limburg"))
                .body("belangen", containsString("ROC Midden-Limburg: Plaatsen in de onderwijsroute"))
                .body("actieIds", contains((int) actie)).body("laatsteContact", equalTo("2026-11-02"))
                .body("belang", equalTo("hoog"));
        when().get("/api/plannen/" + plan + "/stakeholders/" + roc + "/contacten").then().body("door", contains("Jan"));
        when().get("/api/plannen/" + plan + "/stakeholders").then().body("id", contains((int) roc));
        when().get("/api/plannen/" + plan + "/stakeholders/" + mbo).then().body("samengevoegdIn", equalTo((int) roc));
        when().get("/api/plannen/" + plan + "/stakeholdermatrix").then().body("aantal", equalTo(1));

        given().contentType(ContentType.JSON).body(Map.of("in", roc))
                .post("/api/plannen/" + plan + "/stakeholders/" + mbo + "/samenvoegen").then().statusCode(422)
                .body("detail", containsString("al samengevoegd"));
        given().contentType(ContentType.JSON).body(Map.of("in", roc))
                .post("/api/plannen/" + plan + "/stakeholders/" + roc + "/samenvoegen").then().statusCode(422);
        Stakeholders.wijzig(plan, mbo, Map.of("belang", "hoog", "version", Stakeholders.versie(plan, mbo))).statusCode(422);
        given().contentType(ContentType.JSON).body(Map.of("in", "roc"))
                .post("/api/plannen/" + plan + "/stakeholders/" + roc + "/samenvoegen").then().statusCode(400)
                .body("velden[0].veld", equalTo("in"));
        // the name of the merged one is free again: a new stakeholder may take it
        Stakeholders.voegToe(plan, Map.of("naam", "ROC Midden-Limburg")).statusCode(201);
    }

    @Test
    void aDeletedStakeholderLeavesTheListAndCanBeRestored() {
        long plan = Testplannen.gemeente();
        long id = Stakeholders.gescoord(plan, "Huisartsen", "matig", "laag");
        when().delete("/api/plannen/" + plan + "/stakeholders/" + id).then().statusCode(204);
        when().get("/api/plannen/" + plan + "/stakeholders").then().body("", hasSize(0));
        when().get("/api/plannen/" + plan + "/stakeholders?verwijderd=true").then().body("id", contains((int) id));
        when().get("/api/plannen/" + plan + "/stakeholdermatrix").then().body("aantal", equalTo(0));
        when().post("/api/plannen/" + plan + "/stakeholders/" + id + "/herstel").then().statusCode(200)
                .body("verwijderd", is(false));
        when().get("/api/plannen/" + plan + "/stakeholdermatrix").then().body("aantal", equalTo(1));
    }

    @Test
    void badInputIsRefusedFieldByFieldInDutch() {
        long plan = Testplannen.gemeente();
        Map<String, Object> body = new HashMap<>();
        body.put("type", "buiten");
        body.put("belang", "zeerhoog");
        body.put("frequentie", "dagelijks");
        body.put("kwadrant", "monitoren");
        body.put("kleur", "blauw");
        body.put("actieIds", List.of("tien"));
        given().contentType(ContentType.JSON).body(body).post("/api/plannen/" + plan + "/stakeholders").then()
                .statusCode(400).contentType("application/problem+json")
                .body("velden.veld", containsInAnyOrder("naam", "type", "belang", "frequentie", "kwadrant", "kleur", "actieIds"))
                .body("velden.find { it.veld == 'belang' }.toegestaan", contains("laag", "matig", "hoog", "zeer hoog"))
                .body("velden.find { it.veld == 'frequentie' }.toegestaan", contains("wekelijks", "maandelijks",
                        "per kwartaal", "halfjaarlijks", "jaarlijks", "incidenteel"))
                .body("velden.find { it.veld == 'kwadrant' }.melding", equalTo("dit veld kan niet worden gewijzigd"))
                .body("velden.find { it.veld == 'naam' }.melding", equalTo("is verplicht"));
        long id = Stakeholders.id(Stakeholders.voegToe(plan, Map.of()));
        Stakeholders.wijzig(plan, id, Map.of("communicatie", "brief")).statusCode(400)
                .body("velden.veld", containsInAnyOrder("communicatie", "version"))
                .body("velden.find { it.veld == 'communicatie' }.toegestaan", contains("live", "algemene mail",
                        "persoonlijke mail", "app", "telefoon", "overleg"));
        given().contentType(ContentType.JSON).body("[1]").post("/api/plannen/" + plan + "/stakeholders").then()
                .statusCode(400);
    }

    @Test
    void aStakeholderOfAnotherPlanOrNoneIsNotFound() {
        long plan = Testplannen.gemeente();
        long ander = Testplannen.gemeente();
        long id = Stakeholders.id(Stakeholders.voegToe(ander, Map.of()));
        when().get("/api/plannen/" + plan + "/stakeholders/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("geen stakeholder"));
        Stakeholders.wijzig(plan, id, Map.of("belang", "hoog", "version", 0)).statusCode(404);
        when().get("/api/plannen/" + plan + "/stakeholders/999999999").then().statusCode(404);
        when().get("/api/plannen/999999999/stakeholders").then().statusCode(404);
        Stakeholders.contact(plan, id, Map.of()).statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("in", id))
                .post("/api/plannen/" + plan + "/stakeholders/" + Stakeholders.id(Stakeholders.voegToe(plan, Map.of()))
                        + "/samenvoegen").then().statusCode(404);
    }

    @Test
    void aStaleVersionAnswers409WithTheCurrentState() {
        long plan = Testplannen.gemeente();
        long id = Stakeholders.gescoord(plan, "IND", "laag", "laag");
        Stakeholders.wijzig(plan, id, Map.of("belang", "hoog", "version", 0)).statusCode(200).body("version", equalTo(1));
        Stakeholders.wijzig(plan, id, Map.of("invloed", "hoog", "version", 0)).statusCode(409)
                .contentType("application/problem+json")
                .body("huidig.belang", equalTo("hoog")).body("huidig.version", equalTo(1));
        when().get("/api/plannen/" + plan + "/stakeholders/" + id).then().body("invloed", equalTo("laag"));
    }

    @Test
    void theResponsiblePersonCanBeAMemberOfThePlanAndOnlyThen() {
        long plan = Testplannen.gemeente();
        String lid = Testgebruikers.nieuw("Fatima el Amrani");
        Testgebruikers.lid(plan, lid, "lezer");
        String buitenstaander = Testgebruikers.nieuw("Piet Buiten");
        long id = Stakeholders.gescoord(plan, "Divosa", "hoog", "hoog");
        Stakeholders.wijzig(plan, id, Map.of("verantwoordelijkeId", Testgebruikers.id(buitenstaander), "version", 0))
                .statusCode(400).body("velden[0].veld", equalTo("verantwoordelijkeId"))
                .body("velden[0].melding", containsString("geen lid van dit plan"));
        Stakeholders.wijzig(plan, id, Map.of("verantwoordelijkeId", Testgebruikers.id(lid), "version", 0))
                .statusCode(200).body("verantwoordelijke", equalTo("Fatima el Amrani"))
                .body("verantwoordelijkeId", equalTo((int) Testgebruikers.id(lid)));
        Stakeholders.wijzig(plan, id, Map.of("verantwoordelijke", "Kees", "version", 1)).statusCode(200)
                .body("verantwoordelijke", equalTo("Kees")).body("verantwoordelijkeId", nullValue());
    }

    @Test
    void linkedActionsMustBeActionsOfThePlan() {
        long plan = Testplannen.gemeente();
        long ander = Testplannen.gemeente();
        long eigen = Testplannen.actie(plan, "communicatie", null, "inventariseren");
        long vreemd = Testplannen.actie(ander, "communicatie", null, "inventariseren");
        Stakeholders.voegToe(plan, Map.of("actieIds", List.of(eigen, vreemd))).statusCode(400)
                .body("velden[0].veld", equalTo("actieIds")).body("velden[0].melding", containsString(String.valueOf(vreemd)));
        long id = Stakeholders.id(Stakeholders.voegToe(plan, Map.of("actieIds", List.of(eigen))));
        Map<String, Object> leeg = new HashMap<>();
        leeg.put("actieIds", null);
        leeg.put("version", 0);
        Stakeholders.wijzig(plan, id, leeg).statusCode(200).body("actieIds", hasSize(0));
    }

    @Test
    void aLezerMaySeeButNotChangeAndANonMemberSeesNothing() {
        long plan = Testplannen.gemeente();
        long id = Stakeholders.gescoord(plan, "UAF", "hoog", "laag");
        String lezer = Testgebruikers.nieuw("Lees Lezer");
        Testgebruikers.lid(plan, lezer, "lezer");
        String vreemde = Testgebruikers.nieuw("Niet Lid");
        try {
            Testgebruikers.als(lezer, Testgebruikers.WACHTWOORD);
            when().get("/api/plannen/" + plan + "/stakeholders").then().statusCode(200);
            when().get("/api/plannen/" + plan + "/stakeholdermatrix").then().statusCode(200);
            Stakeholders.voegToe(plan, Map.of()).statusCode(403);
            Stakeholders.wijzig(plan, id, Map.of("belang", "laag", "version", 0)).statusCode(403);
            Stakeholders.contact(plan, id, Map.of()).statusCode(403);
            when().delete("/api/plannen/" + plan + "/stakeholders/" + id).then().statusCode(403);
            given().contentType(ContentType.JSON).body(Map.of("namen", List.of("COA")))
                    .post("/api/plannen/" + plan + "/stakeholders/checklist").then().statusCode(403);
            Testgebruikers.als(vreemde, Testgebruikers.WACHTWOORD);
            when().get("/api/plannen/" + plan + "/stakeholders").then().statusCode(404);
            when().get("/api/plannen/" + plan + "/stakeholders/" + id).then().statusCode(404);
            when().get("/api/plannen/" + plan + "/stakeholdermatrix").then().statusCode(404);
        } finally {
            Testgebruikers.alsBeheerder();
        }
    }
}
