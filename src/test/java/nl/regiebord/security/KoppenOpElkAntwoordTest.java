package nl.regiebord.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.regiebord.plan.Testplannen;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The security headers on every kind of answer, not only on the pages a signed-in user reads: also the answers
 * the security layer writes itself (401, the redirect to the login form), refusals (403, 404, 429), downloads and
 * static files.
 */
@QuarkusTest
class KoppenOpElkAntwoordTest {

    private static final Set<String> VEILIGE_REFERRER_POLICIES = Set.of("no-referrer", "same-origin", "strict-origin",
            "strict-origin-when-cross-origin");

    private static RequestSpecification kaal() {
        return RestAssured.given().noFilters().auth().none().redirects().follow(false);
    }

    private static RequestSpecification basic(String naam, String wachtwoord) {
        return kaal().auth().preemptive().basic(naam, wachtwoord);
    }

    /** The directive's sources, or the default-src's when the directive is absent. */
    static Optional<List<String>> bronnen(String csp, String directief) {
        Map<String, List<String>> directieven = new LinkedHashMap<>();
        for (String deel : csp.split(";")) {
            String[] woorden = deel.trim().split("\\s+");
            if (woorden.length > 0 && !woorden[0].isEmpty()) {
                directieven.putIfAbsent(woorden[0].toLowerCase(Locale.ROOT),
                        Arrays.asList(woorden).subList(1, woorden.length));
            }
        }
        return Optional.ofNullable(directieven.getOrDefault(directief, directieven.get("default-src")));
    }

    static List<String> gebreken(Response antwoord) {
        List<String> gebreken = new ArrayList<>();
        String csp = antwoord.header("Content-Security-Policy");
        if (csp == null) {
            gebreken.add("geen Content-Security-Policy");
        } else {
            List<String> scripts = bronnen(csp, "script-src").orElse(null);
            if (scripts == null) {
                gebreken.add("CSP zonder script-src of default-src: " + csp);
            } else if (scripts.stream().anyMatch(b -> b.equalsIgnoreCase("'unsafe-inline'")
                    || b.equalsIgnoreCase("'unsafe-eval'") || b.equals("*"))) {
                gebreken.add("CSP staat inline of vreemde scripts toe: " + csp);
            }
            if (!bronnen(csp, "frame-ancestors").filter(b -> b.equals(List.of("'none'"))).isPresent()
                    || !csp.toLowerCase(Locale.ROOT).contains("frame-ancestors")) {
                gebreken.add("CSP zonder frame-ancestors 'none': " + csp);
            }
        }
        if (!"nosniff".equalsIgnoreCase(String.valueOf(antwoord.header("X-Content-Type-Options")))) {
            gebreken.add("X-Content-Type-Options: " + antwoord.header("X-Content-Type-Options"));
        }
        String referrer = antwoord.header("Referrer-Policy");
        if (referrer == null || !VEILIGE_REFERRER_POLICIES.contains(referrer.trim().toLowerCase(Locale.ROOT))) {
            gebreken.add("Referrer-Policy: " + referrer);
        }
        return gebreken;
    }

    private record Geval(String naam, int status, Supplier<Response> verzoek) {
    }

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        long plan = Testplannen.gemeente();
        String buitenstaander = Testgebruikers.nieuw("Koen Koppen");
        String geblokkeerd = Testgebruikers.nieuw("Gijs Geblokkeerd");
        for (int i = 0; i < Aanmelding.MAX_PER_NAAM_EN_ADRES; i++) {
            kaal().contentType(ContentType.URLENC).formParam("gebruikersnaam", geblokkeerd)
                    .formParam("wachtwoord", "fout-" + i).post("/inloggen").then().statusCode(401);
        }
        String cookie = Testgebruikers.inloggen(Testgebruikers.BEHEERDER, Testgebruikers.BEHEERDER_WACHTWOORD);
        String beheerder = Testgebruikers.BEHEERDER;
        String wachtwoord = Testgebruikers.BEHEERDER_WACHTWOORD;

        List<Geval> gevallen = List.of(
                new Geval("de inlogpagina", 200, () -> kaal().get("/inloggen")),
                new Geval("een mislukte aanmelding", 401, () -> kaal().contentType(ContentType.URLENC)
                        .formParam("gebruikersnaam", buitenstaander).formParam("wachtwoord", "fout-wachtwoord")
                        .post("/inloggen")),
                new Geval("te veel pogingen", 429, () -> kaal().contentType(ContentType.URLENC)
                        .formParam("gebruikersnaam", geblokkeerd).formParam("wachtwoord", Testgebruikers.WACHTWOORD)
                        .post("/inloggen")),
                new Geval("een geslaagde aanmelding", 303, () -> kaal().contentType(ContentType.URLENC)
                        .formParam("gebruikersnaam", beheerder).formParam("wachtwoord", wachtwoord).post("/inloggen")),
                new Geval("een 401 van de API zonder aanmelding", 401, () -> kaal().get("/api/plannen")),
                new Geval("een 401 van de API met een fout wachtwoord", 401,
                        () -> basic(beheerder, "fout-wachtwoord-voor-koppen").get("/api/plannen")),
                new Geval("een 302 naar de inlogpagina", 302, () -> kaal().get("/plannen/" + plan + "/tijdtafel")),
                new Geval("een 303 naar de inlogpagina na een post", 303, () -> kaal().contentType(ContentType.URLENC)
                        .formParam("status", "bezig").post("/plannen/" + plan + "/tijdtafel/acties/1")),
                new Geval("een 403 van de API", 403,
                        () -> basic(buitenstaander, Testgebruikers.WACHTWOORD).get("/api/gebruikers")),
                new Geval("een 403 van een pagina", 403, () -> kaal().cookie(Sessiecookie.NAAM,
                        Testgebruikers.inloggen(buitenstaander, Testgebruikers.WACHTWOORD)).get("/beheer")),
                new Geval("een 403 van de CSRF-controle", 403, () -> kaal().cookie(Sessiecookie.NAAM, cookie)
                        .contentType(ContentType.URLENC).formParam("status", "bezig")
                        .post("/plannen/" + plan + "/tijdtafel/acties/1")),
                new Geval("een 404 van de API (plan zonder rol)", 404,
                        () -> basic(buitenstaander, Testgebruikers.WACHTWOORD).get("/api/plannen/" + plan)),
                new Geval("een 404 van een pagina (plan zonder rol)", 404, () -> kaal().cookie(Sessiecookie.NAAM,
                        Testgebruikers.inloggen(buitenstaander, Testgebruikers.WACHTWOORD)).get("/plannen/" + plan)),
                new Geval("een 404 van een onbekend adres", 404,
                        () -> kaal().cookie(Sessiecookie.NAAM, cookie).get("/bestaat-niet")),
                new Geval("een 400 van de API", 400, () -> basic(beheerder, wachtwoord).contentType(ContentType.JSON)
                        .body("{}").patch("/api/plannen/" + plan)),
                new Geval("een pagina", 200, () -> kaal().cookie(Sessiecookie.NAAM, cookie)
                        .get("/plannen/" + plan + "/tijdtafel")),
                new Geval("een JSON-antwoord", 200, () -> basic(beheerder, wachtwoord).get("/api/plannen/" + plan)),
                new Geval("een xlsx-export van de API", 200,
                        () -> basic(beheerder, wachtwoord).get("/api/plannen/" + plan + "/export/bijlage1.xlsx")),
                new Geval("een xlsx-export van de pagina's", 200, () -> kaal().cookie(Sessiecookie.NAAM, cookie)
                        .get("/plannen/" + plan + "/export/bijlage1.xlsx")),
                new Geval("het risicoregister als xlsx", 200,
                        () -> basic(beheerder, wachtwoord).get("/api/plannen/" + plan + "/export/risicos.xlsx")),
                new Geval("een statisch bestand", 200, () -> kaal().get("/static/regiebord.css")),
                new Geval("een statisch script", 200, () -> kaal().get("/static/regiebord.js")));

        List<String> fouten = new ArrayList<>();
        for (Geval geval : gevallen) {
            Response antwoord = geval.verzoek().get();
            if (antwoord.statusCode() != geval.status()) {
                fouten.add(geval.naam() + ": status " + antwoord.statusCode() + " in plaats van " + geval.status());
                continue;
            }
            gebreken(antwoord).forEach(g -> fouten.add(geval.naam() + " (" + geval.status() + "): " + g));
        }
        assertTrue(fouten.isEmpty(), "antwoorden zonder de beveiligingskoppen:\n  " + String.join("\n  ", fouten));
    }

    @Test
    void theCspParserReadsTheConfiguredPolicy() {
        String csp = "default-src 'self'; script-src 'self'; frame-ancestors 'none'";
        assertEquals(List.of("'self'"), bronnen(csp, "script-src").orElseThrow());
        assertEquals(List.of("'self'"), bronnen("default-src 'self'", "script-src").orElseThrow());
        assertEquals(List.of("'none'"), bronnen(csp, "frame-ancestors").orElseThrow());
    }
}
