package nl.regiebord.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.regiebord.plan.Testplannen;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Bad requests get a problem+json answer with a Dutch detail: never a 500, never a class name. */
@QuarkusTest
class FoutantwoordenTest {

    @Test
    void malformedJsonIs400() {
        given().contentType(ContentType.JSON).body("{\"naam\": \"Weert\",").post("/api/plannen").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("geen geldige JSON"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void aBodyThatIsNoObjectIs400() {
        given().contentType(ContentType.JSON).body("[1,2]").post("/api/plannen").then().statusCode(400)
                .body("detail", equalTo("Verwacht wordt een JSON-object ({ ... })."));
        given().contentType(ContentType.JSON).body("\"tekst\"").post("/api/plannen").then().statusCode(400);
    }

    @Test
    void anEmptyBodyIs400() {
        given().contentType(ContentType.JSON).post("/api/plannen").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aWrongContentTypeIs415() {
        given().contentType(ContentType.TEXT).body("naam=Weert").post("/api/plannen").then().statusCode(415)
                .contentType("application/problem+json").body("title", equalTo("Verkeerd bestandstype"));
    }

    @Test
    void unknownAddressesAndIdsAre404() {
        when().get("/api/bestaat-niet").then().statusCode(404).contentType("application/problem+json");
        when().get("/api/plannen/abc").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnsupportedMethodIs405() {
        long plan = Testplannen.gemeente();
        when().delete("/api/plannen/" + plan).then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void aBadLimitIs400() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "uitvoeren");
        when().get("/api/plannen/" + plan + "/acties/" + actie + "/historie?limit=0").then().statusCode(400)
                .body("velden[0].veld", equalTo("limit"));
        when().get("/api/plannen/" + plan + "/acties/" + actie + "/historie?limit=veel").then().statusCode(400);
    }

    @Test
    void wrongJsonTypesAreFieldErrors() {
        given().contentType(ContentType.JSON)
                .body("{\"naam\": 12, \"gemeenten\": \"Weert\", \"inwerkingtreding\": 20220101, \"uitvoering\": true}")
                .post("/api/plannen").then().statusCode(400)
                .body("velden.veld", org.hamcrest.Matchers.contains("naam", "gemeenten", "inwerkingtreding", "uitvoering"));
    }

    @Test
    void controlCharactersAndImpossibleDatesAreFieldErrors() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "uitvoeren");
        given().contentType(ContentType.JSON).body("{\"verantwoordelijke\": \"Jan\\u0000\", \"version\": 0}")
                .patch("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(400)
                .body("velden[0].veld", equalTo("verantwoordelijke"));
        given().contentType(ContentType.JSON).body("{\"deadline\": \"0021-10-31\", \"version\": 0}")
                .patch("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(400)
                .body("velden[0].melding", containsString("tussen 2000-01-01 en 2100-12-31"));
        given().contentType(ContentType.JSON).body("{\"toelichting\": \"regel 1\\nregel 2\\tmet tab\", \"version\": 0}")
                .patch("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(200);
    }

    @Test
    void theOpenApiDocumentAndHealthAreServed() {
        when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/plannen/{planId}/acties/{actieId}"))
                .body("paths", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("/plannen/{planId}/tijdtafel")));
        when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}
