package nl.regiebord.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A path that means something else once decoded is refused before anything runs, and no redirect or Location
 * takes its host from the request's Host header.
 */
@QuarkusTest
class PadenEnDoorverwijzingenTest {

    private static final String VALS = "evil.example";

    private static long kaart(long plan) {
        Number id = given().contentType(ContentType.JSON).body(Map.of("thema", "inkoop", "titel", "Inkoop leerroutes"))
                .post("/api/plannen/" + plan + "/projectkaarten").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    /** "mijlpalen/%2e%2e" was resolved to the card itself, which the DELETE then removed. */
    @Test
    void anEncodedDotSegmentIsRefusedAndDeletesNothing() {
        long plan = Testplannen.gemeente();
        long kaart = kaart(plan);
        String basis = "/api/plannen/" + plan + "/projectkaarten/" + kaart + "/mijlpalen/";
        for (String truc : List.of("%2e%2e", "%2E%2E", "%2e%2E", ".%2e", "%2e.", "%2e", "..%2f..", "1%2F..",
                "1;x=y", "..;", "%5c..")) {
            given().urlEncodingEnabled(false).delete(basis + truc).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        given().get("/api/plannen/" + plan + "/projectkaarten/" + kaart).then().statusCode(200);
        given().get("/api/plannen/" + plan + "/projectkaarten").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem((int) kaart));
    }

    @Test
    void onAPageItIsTheDutchErrorPage() {
        long plan = Testplannen.gemeente();
        Response antwoord = given().urlEncodingEnabled(false).get("/plannen/" + plan + "/tijdtafel/%2e%2e");
        assertEquals(400, antwoord.statusCode());
        assertTrue(antwoord.contentType().startsWith("text/html"), antwoord.contentType());
        assertTrue(antwoord.asString().contains("Dit adres is niet toegestaan"), antwoord.asString());
        assertEquals(400, given().urlEncodingEnabled(false).get("/plannen;jsessionid=1/" + plan).statusCode());
    }

    @Test
    void ordinaryPathsStillWork() {
        long plan = Testplannen.gemeente();
        given().get("/plannen/" + plan + "/export/bijlage1.xlsx").then().statusCode(200);
        given().get("/api/plannen/" + plan + "/acties?thema=inkoop&status=open").then().statusCode(200);
        given().get("/static/regiebord.css").then().statusCode(200);
    }

    private static void relatief(Response antwoord, String wat) {
        String naar = antwoord.header("Location");
        assertTrue(naar != null && naar.startsWith("/") && !naar.startsWith("//"), wat + ": Location " + naar);
        assertFalse(naar.contains(VALS), wat + ": Location " + naar);
    }

    @Test
    void loginLogoutAndFormRedirectsIgnoreAForgedHostHeader() {
        Testgebruikers.anoniem();
        Response inloggen = given().redirects().follow(false).header("Host", VALS).contentType(ContentType.URLENC)
                .formParams(Map.of("gebruikersnaam", Testgebruikers.BEHEERDER,
                        "wachtwoord", Testgebruikers.BEHEERDER_WACHTWOORD, "terug", "/mijn-acties"))
                .post("/inloggen");
        assertEquals(303, inloggen.statusCode(), inloggen.asString());
        relatief(inloggen, "na inloggen");
        assertEquals("/mijn-acties", inloggen.header("Location"));
        relatief(given().redirects().follow(false).header("Host", VALS).get("/mijn-acties"), "naar het inlogformulier");

        Testgebruikers.alsBeheerder();
        long plan = Testplannen.gemeente();
        Document tijdtafel = Bezoeker.open("/plannen/" + plan + "/tijdtafel");
        String csrf = Bezoeker.csrf(tijdtafel);
        Response formulier = given().redirects().follow(false).header("Host", VALS).contentType(ContentType.URLENC)
                .formParams(Map.of("_csrf", csrf, "naam", "Nieuw plan " + System.nanoTime(), "gemeenten", "Weert",
                        "inwerkingtreding", "2022-01-01", "uitvoering", "lokaal"))
                .post("/plannen");
        assertEquals(303, formulier.statusCode(), formulier.asString());
        relatief(formulier, "na een formulier");
        Response uitloggen = given().redirects().follow(false).header("Host", VALS).contentType(ContentType.URLENC)
                .formParams(Map.of("_csrf", csrf)).post("/uitloggen");
        assertEquals(303, uitloggen.statusCode(), uitloggen.asString());
        relatief(uitloggen, "na uitloggen");
    }

    @Test
    void theApiLocationOfANewRecordIsAPathToo() {
        Response antwoord = given().header("Host", VALS).contentType(ContentType.JSON)
                .body(Map.of("naam", "Plan " + System.nanoTime(), "gemeenten", List.of("Weert"),
                        "inwerkingtreding", "2022-01-01"))
                .post("/api/plannen");
        assertEquals(201, antwoord.statusCode(), antwoord.asString());
        relatief(antwoord, "201");
        assertTrue(antwoord.header("Location").matches("/api/plannen/\\d+"), antwoord.header("Location"));
    }
}
