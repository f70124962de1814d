package nl.regiebord.backup;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import nl.regiebord.plan.Testplannen;

import static io.restassured.RestAssured.given;

/** Plans made and changed through the API, so that a backup has plans, actions and history to carry. */
final class Backupgegevens {

    /** A toelichting with what a dump must not lose: quotes, a new line, accents, a backslash. */
    static final String LASTIGE_TEKST = "Besproken met 'Súdwest-Fryslân' en \"Weert\";\nregel 2 \\ € – klaar?";

    private Backupgegevens() {
    }

    /** Two plans, a few actions changed and a decision recorded; answers the first plan's id. */
    static long maak() {
        long plan = Testplannen.samenwerkingsverband();
        Testplannen.gemeente();
        long verordening = Testplannen.actie(plan, "beleid", null, "verordening vaststellen");
        wijzig(plan, verordening, Map.of("status", "bezig", "verantwoordelijke", "Fatima el Amrani",
                "toelichting", LASTIGE_TEKST));
        wijzig(plan, verordening, Map.of("deadline", "2021-11-30"));
        JsonPath actie = given().get("/api/plannen/" + plan + "/acties/" + verordening).then().statusCode(200)
                .extract().jsonPath();
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "besloten", "datum", "2021-10-12", "orgaan", "raad",
                        "version", actie.getInt("besluiten[0].version")))
                .patch("/api/plannen/" + plan + "/acties/" + verordening + "/besluiten/" + actie.getLong("besluiten[0].id"))
                .then().statusCode(200);
        long eerste = given().get("/api/plannen/" + plan + "/acties").then().statusCode(200).extract().jsonPath()
                .getLong("[0].id");
        wijzig(plan, eerste, Map.of("status", "afgerond"));
        return plan;
    }

    private static void wijzig(long plan, long actie, Map<String, Object> velden) {
        String pad = "/api/plannen/" + plan + "/acties/" + actie;
        int versie = given().get(pad).then().statusCode(200).extract().path("version");
        Map<String, Object> body = new java.util.HashMap<>(velden);
        body.put("version", versie);
        given().contentType(ContentType.JSON).body(body).patch(pad).then().statusCode(200);
    }
}
