package nl.regiebord.stakeholder;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Adds and changes stakeholders through the API, as the tests' users do. */
final class Stakeholders {

    private static final AtomicInteger TELLER = new AtomicInteger();

    private Stakeholders() {
    }

    static ValidatableResponse voegToe(long plan, Map<String, ?> velden) {
        Map<String, Object> body = new HashMap<>(Map.of("naam", "Stakeholder " + TELLER.incrementAndGet(),
                "type", "extern"));
        body.putAll(velden);
        body.values().removeIf(java.util.Objects::isNull);
        return given().contentType(ContentType.JSON).body(body).post("/api/plannen/" + plan + "/stakeholders").then();
    }

    /** A stakeholder with this belang and invloed; its id. */
    static long gescoord(long plan, String naam, String belang, String invloed) {
        Number id = voegToe(plan, Map.of("naam", naam, "belang", belang, "invloed", invloed))
                .statusCode(201).extract().path("id");
        return id.longValue();
    }

    static long id(ValidatableResponse antwoord) {
        Number id = antwoord.statusCode(201).extract().path("id");
        return id.longValue();
    }

    static ValidatableResponse wijzig(long plan, long stakeholder, Map<String, ?> velden) {
        return given().contentType(ContentType.JSON).body(velden)
                .patch("/api/plannen/" + plan + "/stakeholders/" + stakeholder).then();
    }

    static int versie(long plan, long stakeholder) {
        return given().get("/api/plannen/" + plan + "/stakeholders/" + stakeholder).then().statusCode(200)
                .extract().path("version");
    }

    static ValidatableResponse contact(long plan, long stakeholder, Map<String, ?> velden) {
        return given().contentType(ContentType.JSON).body(velden)
                .post("/api/plannen/" + plan + "/stakeholders/" + stakeholder + "/contacten").then();
    }
}
