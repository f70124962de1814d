package nl.regiebord.actie;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import nl.regiebord.plan.Testplannen;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** In a samenwerkingsverband each gemeente decides for itself; the action is done when all have. */
@QuarkusTest
class BesluitApiTest {

    private static String besluitPad(long plan, long actie, Object besluit) {
        return "/api/plannen/" + plan + "/acties/" + actie + "/besluiten/" + besluit;
    }

    private static JsonPath besluiten(long plan, long actie) {
        return when().get("/api/plannen/" + plan + "/acties/" + actie + "/besluiten").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void everyBesluitvormendeActionCarriesADecisionPerGemeente() {
        long plan = Testplannen.samenwerkingsverband();
        when().get("/api/plannen/" + plan + "/acties").then()
                .body("findAll { it.fase == 'besluitvormende fase' }.size()", equalTo(10))
                .body("findAll { it.fase == 'besluitvormende fase' }.besluitStand.tekst",
                        everyItem(equalTo("0 van 3 gemeenten")))
                .body("findAll { it.fase != 'besluitvormende fase' }.besluiten", everyItem(nullValue()));
        long verordening = Testplannen.actie(plan, "beleid", "verordening", "verordening vaststellen");
        JsonPath besluiten = besluiten(plan, verordening);
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Cranendonck", "Nederweert", "Weert"),
                besluiten.getList("gemeente"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("raad", "raad", "raad"), besluiten.getList("orgaan"));
    }

    @Test
    void theActionIsAfgerondOnlyWhenEveryGemeenteHasDecided() {
        long plan = Testplannen.samenwerkingsverband();
        long actie = Testplannen.actie(plan, "beleid", "verordening", "verordening vaststellen");
        given().contentType(ContentType.JSON).body(Map.of("status", "afgerond", "version", 0))
                .patch("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(422)
                .body("detail", containsString("0 van 3 gemeenten"))
                .body("detail", containsString("Cranendonck, Nederweert, Weert"));

        List<Integer> ids = besluiten(plan, actie).getList("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "besloten", "datum", "2021-10-12", "orgaan", "raad", "version", 0))
                .patch(besluitPad(plan, actie, ids.get(0))).then().statusCode(200)
                .body("status", equalTo("bezig"))
                .body("besluitStand.tekst", equalTo("1 van 3 gemeenten"))
                .body("besluitStand.nogOpen", contains("Nederweert", "Weert"))
                .body("besluiten[0].datum", equalTo("2021-10-12"));
        given().contentType(ContentType.JSON).body(Map.of("status", "besloten", "version", 0))
                .patch(besluitPad(plan, actie, ids.get(1))).then().statusCode(200)
                .body("besluitStand.tekst", equalTo("2 van 3 gemeenten")).body("status", equalTo("bezig"));
        given().contentType(ContentType.JSON).body(Map.of("status", "besloten", "version", 0))
                .patch(besluitPad(plan, actie, ids.get(2))).then().statusCode(200)
                .body("besluitStand.tekst", equalTo("3 van 3 gemeenten")).body("status", equalTo("afgerond"));

        given().contentType(ContentType.JSON).body(Map.of("status", "verworpen", "version", 1))
                .patch(besluitPad(plan, actie, ids.get(2))).then().statusCode(200)
                .body("status", equalTo("bezig")).body("besluitStand.tekst", equalTo("2 van 3 gemeenten"));

        when().get("/api/plannen/" + plan + "/acties/" + actie + "/historie").then()
                .body("find { it.veld == 'status' && it.nieuw == 'afgerond' }.bron", equalTo("besluiten per gemeente"))
                .body("find { it.veld == 'besluit Cranendonck: datum' }.nieuw", equalTo("2021-10-12"));
    }

    @Test
    void onceEveryGemeenteDecidedTheStatusCannotBeSetAgainstThemByHand() {
        long plan = Testplannen.samenwerkingsverband();
        long actie = Testplannen.actie(plan, "financien", null, "begroting vaststellen");
        for (Object id : besluiten(plan, actie).getList("id")) {
            given().contentType(ContentType.JSON).body(Map.of("status", "besloten", "version", 0))
                    .patch(besluitPad(plan, actie, id)).then().statusCode(200);
        }
        int versie = when().get("/api/plannen/" + plan + "/acties/" + actie).then().body("status", equalTo("afgerond"))
                .extract().path("version");
        given().contentType(ContentType.JSON).body(Map.of("status", "bezig", "version", versie))
                .patch("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(422)
                .body("detail", containsString("Elke gemeente heeft over deze actie besloten (3 van 3 gemeenten)"));
        given().contentType(ContentType.JSON).body(Map.of("status", "nvt", "version", versie))
                .patch("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(200).body("status", equalTo("nvt"));
        given().contentType(ContentType.JSON).body(Map.of("status", "afgerond", "version", versie + 1))
                .patch("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(200).body("status", equalTo("afgerond"));
    }

    @Test
    void anOwnDecisionActionCannotStartAsAfgerond() {
        long plan = Testplannen.samenwerkingsverband();
        given().contentType(ContentType.JSON).body(Map.of("thema", "inkoop", "fase", "besluitvormende fase",
                        "actie", "Raadsbesluit gunning", "status", "afgerond"))
                .post("/api/plannen/" + plan + "/acties").then().statusCode(422);
        given().contentType(ContentType.JSON).body(Map.of("thema", "inkoop", "fase", "besluitvormende fase",
                        "actie", "Raadsbesluit gunning"))
                .post("/api/plannen/" + plan + "/acties").then().statusCode(201)
                .body("besluitStand.tekst", equalTo("0 van 3 gemeenten"));
    }

    @Test
    void aDecisionRefusesBadInputAndStaleVersions() {
        long plan = Testplannen.samenwerkingsverband();
        long actie = Testplannen.actie(plan, "financien", null, "begroting vaststellen");
        Object id = besluiten(plan, actie).getList("id").get(0);
        given().contentType(ContentType.JSON).body(Map.of("status", "aangenomen", "orgaan", "burgemeester",
                        "datum", "gisteren", "gemeente", "Ede", "version", 0))
                .patch(besluitPad(plan, actie, id)).then().statusCode(400)
                .body("velden.veld", contains("gemeente", "status", "datum", "orgaan"))
                .body("velden.find { it.veld == 'status' }.toegestaan",
                        contains("open", "geagendeerd", "besloten", "verworpen"));
        given().contentType(ContentType.JSON).body(Map.of("status", "geagendeerd", "version", 0))
                .patch(besluitPad(plan, actie, id)).then().statusCode(200).body("status", equalTo("bezig"));
        given().contentType(ContentType.JSON).body(Map.of("status", "besloten", "version", 0))
                .patch(besluitPad(plan, actie, id)).then().statusCode(409).body("huidig.status", equalTo("geagendeerd"));
        given().contentType(ContentType.JSON).body(Map.of("status", "besloten", "version", 0))
                .patch(besluitPad(plan, actie, 99999999)).then().statusCode(404);
    }

    @Test
    void aSingleGemeenteHasNoDecisionsAndFinishesDirectly() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "beleid", "verordening", "verordening vaststellen");
        when().get("/api/plannen/" + plan + "/acties/" + actie).then().body("besluiten", nullValue())
                .body("besluitStand", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("status", "afgerond", "version", 0))
                .patch("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(200)
                .body("status", equalTo("afgerond"));
    }

    @Test
    void modelstatusOvernemenRecordsTheFinishedDecisionsAsTaken() {
        long plan = Testplannen.maak(List.of("Cranendonck", "Nederweert", "Weert"), "2022-01-01", true);
        long actie = Testplannen.actie(plan, "beleid", "startnotitie", "startnotitie vaststellen");
        when().get("/api/plannen/" + plan + "/acties/" + actie).then()
                .body("status", equalTo("afgerond"))
                .body("besluitStand.tekst", equalTo("3 van 3 gemeenten"))
                .body("besluiten.orgaan", everyItem(equalTo("college")));
    }

    @Test
    void aGemeenteThatJoinsStillHasToDecide() {
        long plan = Testplannen.maak(List.of("Weert"), "2022-01-01", true);
        long startnotitie = Testplannen.actie(plan, "beleid", "startnotitie", "startnotitie vaststellen");
        given().contentType(ContentType.JSON).body(Map.of("gemeenten", List.of("Weert", "Nederweert"), "version", 0))
                .patch("/api/plannen/" + plan).then().statusCode(200).body("samenwerkingsverband", equalTo(true));
        when().get("/api/plannen/" + plan + "/acties/" + startnotitie).then()
                .body("status", equalTo("bezig"))
                .body("besluitStand.tekst", equalTo("1 van 2 gemeenten"))
                .body("besluitStand.nogOpen", contains("Nederweert"));
    }

    @Test
    void aGemeenteWithARecordedDecisionCannotLeaveThePlan() {
        long plan = Testplannen.samenwerkingsverband();
        long actie = Testplannen.actie(plan, "inkoop", null, "keuze maken");
        Object id = besluiten(plan, actie).getList("id").get(1);
        given().contentType(ContentType.JSON).body(Map.of("status", "besloten", "version", 0))
                .patch(besluitPad(plan, actie, id)).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("gemeenten", List.of("Cranendonck", "Weert"), "version", 0))
                .patch("/api/plannen/" + plan).then().statusCode(422).body("detail", containsString("Nederweert"));
        when().get("/api/plannen/" + plan).then().body("gemeenten", hasSize(3)).body("version", equalTo(0));
        given().contentType(ContentType.JSON).body(Map.of("gemeenten", List.of("Cranendonck", "Nederweert"), "version", 0))
                .patch("/api/plannen/" + plan).then().statusCode(200);
        when().get("/api/plannen/" + plan + "/acties/" + actie + "/besluiten").then()
                .body("gemeente", contains("Cranendonck", "Nederweert"));
    }
}
