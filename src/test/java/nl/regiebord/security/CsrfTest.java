package nl.regiebord.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CSRF guard: a change made with the session cookie needs the session's token, in the form or in the
 * X-CSRF-Token header; an API request with basic auth needs none. A refused post changes nothing.
 */
@QuarkusTest
class CsrfTest {

    private static JsonPath actie(long plan, long actie) {
        return given().get("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(200).extract().jsonPath();
    }

    private static String tijdtafel(long plan) {
        return "/plannen/" + plan + "/tijdtafel";
    }

    @Test
    void aFormPostWithoutTheTokenIsRefusedAndChangesNothing() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "keuze maken");
        JsonPath voor = actie(plan, actie);
        Document pagina = Bezoeker.open(tijdtafel(plan));

        Map<String, String> wijziging = new java.util.HashMap<>(Map.of("status", "afgerond",
                "verantwoordelijke", "Indringer"));
        wijziging.put("_csrf", null);
        Response zonder = Bezoeker.verstuur(pagina, "#f-" + actie, wijziging);
        assertEquals(403, zonder.statusCode(), zonder.asString());
        assertTrue(zonder.contentType().startsWith("text/html"), zonder.contentType());
        assertTrue(Jsoup.parse(zonder.asString()).text().contains("CSRF"), zonder.asString());

        JsonPath na = actie(plan, actie);
        assertEquals(voor.getInt("version"), na.getInt("version"));
        assertEquals(voor.getString("status"), na.getString("status"));
        assertEquals(voor.getString("verantwoordelijke"), na.getString("verantwoordelijke"));
        given().get("/api/plannen/" + plan + "/acties/" + actie + "/historie").then().statusCode(200)
                .body("findAll { it.nieuw == 'Indringer' }.size()", equalTo(0));
    }

    @Test
    void aFormPostWithAWrongOrEmptyTokenIsRefused() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "keuze maken");
        int versie = actie(plan, actie).getInt("version");
        Document pagina = Bezoeker.open(tijdtafel(plan));
        String goed = Bezoeker.csrf(pagina);
        for (String fout : List.of("", "niet-het-token", goed.substring(0, goed.length() - 1),
                goed + "x", goed.toUpperCase().equals(goed) ? goed.toLowerCase() : goed.toUpperCase())) {
            Response antwoord = Bezoeker.verstuur(pagina, "#f-" + actie, Map.of("status", "afgerond", "_csrf", fout));
            assertEquals(403, antwoord.statusCode(), "token '" + fout + "'");
        }
        assertEquals(versie, actie(plan, actie).getInt("version"));
        assertEquals("open", actie(plan, actie).getString("status"));
    }

    @Test
    void theTokenOfAnotherSessionIsRefused() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "keuze maken");
        // a second user, projectleider of the same plan, and their own token
        String ander = Testgebruikers.nieuw("Otto Anderesessie");
        Testgebruikers.lid(plan, ander, "projectleider");
        String anderCookie = Testgebruikers.inloggen(ander, Testgebruikers.WACHTWOORD);
        String anderToken = Jsoup.parse(RestAssured.given().noFilters().auth().none().cookie(Sessiecookie.NAAM, anderCookie)
                .get("/account").asString()).selectFirst("input[name=_csrf]").attr("value");

        Document pagina = Bezoeker.open(tijdtafel(plan));
        assertFalse(anderToken.equals(Bezoeker.csrf(pagina)));
        Response antwoord = Bezoeker.verstuur(pagina, "#f-" + actie, Map.of("status", "afgerond", "_csrf", anderToken));
        assertEquals(403, antwoord.statusCode());
        // and a second login of the same user is another session with another token
        String tweedeCookie = Testgebruikers.inloggen(Testgebruikers.BEHEERDER, Testgebruikers.BEHEERDER_WACHTWOORD);
        String tweedeToken = Jsoup.parse(RestAssured.given().noFilters().auth().none()
                .cookie(Sessiecookie.NAAM, tweedeCookie).get("/account").asString())
                .selectFirst("input[name=_csrf]").attr("value");
        assertFalse(tweedeToken.equals(Bezoeker.csrf(pagina)));
        assertEquals(403, Bezoeker.verstuur(pagina, "#f-" + actie, Map.of("status", "afgerond", "_csrf", tweedeToken))
                .statusCode());
        assertEquals("open", actie(plan, actie).getString("status"));
    }

    @Test
    void aFormPostWithTheTokenIsCarriedOut() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "keuze maken");
        Document pagina = Bezoeker.open(tijdtafel(plan));
        Response antwoord = Bezoeker.verstuur(pagina, "#f-" + actie, Map.of("status", "bezig"));
        assertEquals(tijdtafel(plan) + "#actie-" + actie, Bezoeker.doorverwezenNaar(antwoord));
        assertEquals("bezig", actie(plan, actie).getString("status"));
    }

    @Test
    void theTokenInTheXCsrfTokenHeaderIsAcceptedToo() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "keuze maken");
        Document pagina = Bezoeker.open(tijdtafel(plan));
        int versie = actie(plan, actie).getInt("version");
        Response antwoord = given().redirects().follow(false).header(Csrf.KOP, Bezoeker.csrf(pagina))
                .contentType(ContentType.URLENC).formParam("status", "bezig").formParam("version", versie)
                .post(tijdtafel(plan) + "/acties/" + actie);
        assertEquals(303, antwoord.statusCode(), antwoord.asString());
        assertEquals("bezig", actie(plan, actie).getString("status"));

        // a wrong header is refused even when the form carries the right token
        Response fout = given().redirects().follow(false).header(Csrf.KOP, "verkeerd")
                .contentType(ContentType.URLENC).formParam("_csrf", Bezoeker.csrf(pagina))
                .formParam("status", "afgerond").formParam("version", versie + 1)
                .post(tijdtafel(plan) + "/acties/" + actie);
        assertEquals(403, fout.statusCode());
        assertEquals("bezig", actie(plan, actie).getString("status"));
    }

    @Test
    void theRiskRegisterFormWithoutTheTokenAddsNoRisk() {
        long plan = Testplannen.gemeente();
        Document register = Bezoeker.open("/plannen/" + plan + "/risicos");
        Map<String, String> risico = new java.util.HashMap<>(Map.of("categorie", "operationeel",
                "omschrijving", "Binnengesmokkeld risico", "ingebrachtDoor", "Indringer"));
        risico.put("_csrf", null);
        Response zonder = Bezoeker.verstuur(register, "form#nieuw", risico);
        assertEquals(403, zonder.statusCode());
        given().get("/api/plannen/" + plan + "/risicos").then().statusCode(200).body("size()", equalTo(0));

        risico.remove("_csrf");
        Response met = Bezoeker.verstuur(register, "form#nieuw", risico);
        assertEquals(303, met.statusCode(), met.asString());
        given().get("/api/plannen/" + plan + "/risicos").then().statusCode(200).body("size()", equalTo(1))
                .body("[0].omschrijving", equalTo("Binnengesmokkeld risico"));
    }

    @Test
    void logoutAndAPasswordChangeNeedTheTokenToo() {
        String naam = Testgebruikers.nieuw("Tessa Tokenloos");
        String cookie = Testgebruikers.inloggen(naam, Testgebruikers.WACHTWOORD);
        RequestSpecification zonderToken = RestAssured.given().noFilters().auth().none().redirects().follow(false)
                .cookie(Sessiecookie.NAAM, cookie).contentType(ContentType.URLENC);
        zonderToken.formParam("huidig", Testgebruikers.WACHTWOORD).formParam("nieuw", "overgenomen-wachtwoord")
                .formParam("herhaling", "overgenomen-wachtwoord");
        assertEquals(403, zonderToken.post("/account/wachtwoord").statusCode());
        // the password is unchanged
        assertEquals(303, RestAssured.given().noFilters().auth().none().redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("gebruikersnaam", naam)
                .formParam("wachtwoord", Testgebruikers.WACHTWOORD).post("/inloggen").statusCode());
        assertEquals(403, RestAssured.given().noFilters().auth().none().redirects().follow(false)
                .cookie(Sessiecookie.NAAM, cookie).contentType(ContentType.URLENC).formParam("x", "y")
                .post("/uitloggen").statusCode());
    }

    @Test
    void anApiChangeWithBasicAuthNeedsNoToken() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "keuze maken");
        int versie = actie(plan, actie).getInt("version");
        given().contentType(ContentType.JSON).body(Map.of("status", "bezig", "version", versie))
                .patch("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(200)
                .body("status", equalTo("bezig"));
        given().contentType(ContentType.JSON).body(Map.of("categorie", "financieel", "omschrijving", "Via de API",
                        "ingebrachtDoor", "Script"))
                .post("/api/plannen/" + plan + "/risicos").then().statusCode(201);
        // a session cookie alongside basic auth does not bring the guard into play: the API ignores the cookie
        String cookie = Testgebruikers.inloggen(Testgebruikers.BEHEERDER, Testgebruikers.BEHEERDER_WACHTWOORD);
        given().cookie(Sessiecookie.NAAM, cookie).contentType(ContentType.JSON)
                .body(Map.of("status", "afgerond", "version", versie + 1))
                .patch("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(200)
                .body("status", equalTo("afgerond"));
        // and the cookie alone is no way in
        RestAssured.given().noFilters().auth().none().cookie(Sessiecookie.NAAM, cookie).contentType(ContentType.JSON)
                .body(Map.of("status", "open", "version", versie + 2))
                .patch("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(401)
                .body("detail", containsString("basic"));
    }

    /** Every post form on every page a user reaches from the start page carries the session's token. */
    @Test
    void everyPostFormOnEveryReachablePageCarriesTheToken() {
        long plan = Testplannen.samenwerkingsverband();
        given().contentType(ContentType.JSON).body(Map.of("categorie", "operationeel", "omschrijving", "Een risico",
                "ingebrachtDoor", "Team", "kans", "hoog", "impact", "midden")).post("/api/plannen/" + plan + "/risicos")
                .then().statusCode(201);
        String verwijderd = given().contentType(ContentType.JSON).body(Map.of("categorie", "financieel",
                        "omschrijving", "Een verwijderd risico", "ingebrachtDoor", "Team"))
                .post("/api/plannen/" + plan + "/risicos").then().statusCode(201).extract().path("id").toString();
        given().delete("/api/plannen/" + plan + "/risicos/" + verwijderd).then().statusCode(204);
        String lid = Testgebruikers.nieuw("Lina Lid");
        Testgebruikers.lid(plan, lid, "lezer");

        Set<String> bezocht = new LinkedHashSet<>();
        Deque<String> nog = new ArrayDeque<>(List.of("/", "/plannen/" + plan + "/risicos", "/beheer", "/account"));
        List<String> fouten = new ArrayList<>();
        String token = null;
        int formulieren = 0;
        while (!nog.isEmpty() && bezocht.size() < 400) {
            String pad = nog.poll();
            if (!bezocht.add(pad)) {
                continue;
            }
            Response antwoord = given().redirects().follow(false).get(pad);
            if (antwoord.statusCode() != 200 || !antwoord.contentType().startsWith("text/html")) {
                continue;
            }
            Document pagina = Jsoup.parse(antwoord.asString());
            for (Element form : pagina.select("form")) {
                if (!form.attr("method").equalsIgnoreCase("post")) {
                    continue;
                }
                if (form.attr("action").equals("/inloggen")) {
                    continue;
                }
                formulieren++;
                Element veld = form.selectFirst("input[type=hidden][name=_csrf]");
                String waarde = veld == null ? "" : veld.attr("value");
                if (waarde.isEmpty()) {
                    fouten.add(pad + ": " + form.attr("action"));
                } else if (token == null) {
                    token = waarde;
                } else if (!token.equals(waarde)) {
                    fouten.add(pad + ": " + form.attr("action") + " draagt een ander token");
                }
            }
            for (Element link : pagina.select("a[href]")) {
                String doel = link.attr("href").replaceFirst("#.*$", "");
                boolean anderPlan = doel.matches("/plannen/\\d+.*") && !doel.matches("/plannen/" + plan + "(\\D.*)?");
                if (doel.startsWith("/") && !doel.startsWith("/api/") && !doel.startsWith("/q/") && !anderPlan
                        && !doel.contains(".xlsx") && !doel.startsWith("/static/") && !bezocht.contains(doel)) {
                    nog.add(doel);
                }
            }
        }
        assertTrue(fouten.isEmpty(), "formulieren zonder geldig CSRF-token: " + fouten);
        assertTrue(bezocht.size() > 40, "bezocht: " + bezocht.size());
        assertTrue(formulieren > 50, "formulieren: " + formulieren);
        assertTrue(bezocht.contains("/plannen/" + plan + "/leden"), "ledenpagina niet bereikt: " + bezocht);
    }

    @Test
    void theLoginFormNeedsNoTokenAndHasNone() {
        Document inloggen = Jsoup.parse(RestAssured.given().noFilters().auth().none().get("/inloggen").asString());
        Element form = inloggen.selectFirst("form[action=/inloggen]");
        assertTrue(form != null && form.select("input[name=_csrf]").isEmpty());
    }
}
