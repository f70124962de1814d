package nl.regiebord.risico;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Raises and changes risks through the API, as the tests' users do. */
final class Risicos {

    private Risicos() {
    }

    static ValidatableResponse breng(long plan, Map<String, ?> velden) {
        Map<String, Object> body = new HashMap<>(Map.of("categorie", "operationeel",
                "omschrijving", "Onvoldoende resources", "ingebrachtDoor", "Fatima el Amrani"));
        body.putAll(velden);
        body.values().removeIf(java.util.Objects::isNull);
        return given().contentType(ContentType.JSON).body(body).post("/api/plannen/" + plan + "/risicos").then();
    }

    /** A risk with this kans and impact; its id. */
    static long gescoord(long plan, String kans, String impact, String door) {
        Number id = breng(plan, Map.of("kans", kans, "impact", impact, "ingebrachtDoor", door,
                "omschrijving", "Risico " + kans + "/" + impact + " van " + door))
                .statusCode(201).extract().path("id");
        return id.longValue();
    }

    static ValidatableResponse wijzig(long plan, long risico, Map<String, ?> velden) {
        return given().contentType(ContentType.JSON).body(velden)
                .patch("/api/plannen/" + plan + "/risicos/" + risico).then();
    }

    static int versie(long plan, long risico) {
        return given().get("/api/plannen/" + plan + "/risicos/" + risico).then().statusCode(200)
                .extract().path("version");
    }
}
