package nl.regiebord.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.regiebord.plan.Testplannen;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static nl.regiebord.security.Testgebruikers.BEHEERDER;
import static nl.regiebord.security.Testgebruikers.BEHEERDER_WACHTWOORD;
import static nl.regiebord.security.Testgebruikers.WACHTWOORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logging in: who gets in, who does not, what they are told, and how long a login lasts. */
@QuarkusTest
class AanmeldenTest {

    @Inject
    Aanmelding aanmelding;

    /** A request without any credentials or cookie, and without following redirects. */
    private static RequestSpecification kaal() {
        return RestAssured.given().noFilters().auth().none().redirects().follow(false);
    }

    private static RequestSpecification basic(String naam, String wachtwoord) {
        return kaal().auth().preemptive().basic(naam, wachtwoord);
    }

    private static RequestSpecification metCookie(String cookie) {
        return kaal().cookie(Sessiecookie.NAAM, cookie);
    }

    private static Response inloggen(String naam, String wachtwoord, String terug) {
        RequestSpecification verzoek = kaal().contentType(ContentType.URLENC)
                .formParam("gebruikersnaam", naam).formParam("wachtwoord", wachtwoord);
        if (terug != null) {
            verzoek.formParam("terug", terug);
        }
        return verzoek.post("/inloggen");
    }

    /** The message of the login page after a refused login. */
    private static String melding(Response antwoord) {
        Element melding = Jsoup.parse(antwoord.asString()).selectFirst(".melding.fout");
        assertNotNull(melding, "geen melding op de inlogpagina");
        return melding.text();
    }

    /** The page at exactly this path and query, as a browser asks for it (no client re-encoding the query). */
    private static String zoalsDeBrowser(String padEnVraag) {
        try {
            var verzoek = java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(RestAssured.baseURI + ":" + RestAssured.port + padEnVraag)).GET().build();
            var antwoord = java.net.http.HttpClient.newHttpClient().send(verzoek,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, antwoord.statusCode(), padEnVraag);
            return antwoord.body();
        } catch (java.io.IOException | InterruptedException fout) {
            throw new AssertionError(fout);
        }
    }

    private static String pad(String location) {
        return location == null ? null : location.replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void anonymousApiRequestsGet401WithAProblemDocumentAndABasicChallenge() {
        long plan = Testplannen.gemeente();
        for (String pad : List.of("/api/plannen", "/api/plannen/" + plan, "/api/plannen/" + plan + "/acties",
                "/api/plannen/" + plan + "/export/bijlage1.xlsx", "/api/mij")) {
            kaal().get(pad).then().statusCode(401)
                    .contentType(startsWith("application/problem+json"))
                    .header("WWW-Authenticate", startsWith("Basic realm="))
                    .body("status", equalTo(401))
                    .body("title", equalTo("Niet aangemeld"))
                    .body("detail", containsString("Meld je aan"));
        }
        kaal().contentType(ContentType.JSON).body("{}").patch("/api/plannen/" + plan).then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"));
    }

    @Test
    void theApiIgnoresTheSessionCookieAndThePagesIgnoreBasicAuth() {
        String cookie = Testgebruikers.inloggen(BEHEERDER, BEHEERDER_WACHTWOORD);
        metCookie(cookie).get("/api/plannen").then().statusCode(401).header("WWW-Authenticate", startsWith("Basic"));
        Response pagina = basic(BEHEERDER, BEHEERDER_WACHTWOORD).get("/mijn-acties");
        assertEquals(302, pagina.statusCode());
        assertTrue(pad(pagina.header("Location")).startsWith("/inloggen"), pagina.header("Location"));
    }

    @Test
    void anAnonymousPageRequestIsSentToTheLoginFormAndBack() {
        long plan = Testplannen.gemeente();
        Response antwoord = kaal().get("/plannen/" + plan + "/tijdtafel?thema=inkoop");
        assertEquals(302, antwoord.statusCode());
        assertEquals("/inloggen?terug=%2Fplannen%2F" + plan + "%2Ftijdtafel%3Fthema%3Dinkoop",
                pad(antwoord.header("Location")));
        assertEquals(null, antwoord.getCookie(Sessiecookie.NAAM));

        // the login form carries terug, and logging in goes there
        String formulier = kaal().urlEncodingEnabled(false).get(pad(antwoord.header("Location"))).then().statusCode(200)
                .extract().asString();
        String terug = Jsoup.parse(formulier).selectFirst("input[name=terug]").attr("value");
        assertEquals("/plannen/" + plan + "/tijdtafel?thema=inkoop", terug);
        Response ingelogd = inloggen(BEHEERDER, BEHEERDER_WACHTWOORD, terug);
        assertEquals(303, ingelogd.statusCode());
        assertEquals(terug, pad(ingelogd.header("Location")));
    }

    @Test
    void aWrongPasswordAndAnUnknownUsernameGetTheSameAnswer() {
        String bekend = Testgebruikers.nieuw("Wendy Wachtwoord");
        String onbekend = "bestaat-niet-" + System.nanoTime();

        Response fout = inloggen(bekend, "niet-het-goede-wachtwoord", null);
        Response niemand = inloggen(onbekend, "niet-het-goede-wachtwoord", null);
        assertEquals(401, fout.statusCode());
        assertEquals(401, niemand.statusCode());
        assertEquals(melding(fout), melding(niemand));
        assertTrue(melding(fout).contains("gebruikersnaam of het wachtwoord klopt niet"), melding(fout));
        assertEquals(null, fout.getCookie(Sessiecookie.NAAM));

        // the API answers the same way
        String viaApi = basic(bekend, "niet-het-goede-wachtwoord").get("/api/mij").then().statusCode(401)
                .extract().path("detail");
        String viaApiOnbekend = basic(onbekend, "niet-het-goede-wachtwoord").get("/api/mij").then().statusCode(401)
                .extract().path("detail");
        assertEquals(viaApi, viaApiOnbekend);
    }

    @Test
    void theSixthWrongPasswordInARowIsRefusedEvenWhenRight() {
        String naam = Testgebruikers.nieuw("Karel Vergeetachtig");
        for (int i = 1; i <= Aanmelding.MAX_PER_NAAM_EN_ADRES; i++) {
            assertEquals(401, inloggen(naam, "fout-wachtwoord-" + i, null).statusCode(), "poging " + i);
        }
        Response zesde = inloggen(naam, WACHTWOORD, null);
        assertEquals(429, zesde.statusCode());
        assertTrue(melding(zesde).contains("Te veel mislukte pogingen voor deze gebruikersnaam"), melding(zesde));
        assertEquals(null, zesde.getCookie(Sessiecookie.NAAM));
        // the API is closed for the name too, and says why
        basic(naam, WACHTWOORD).get("/api/mij").then().statusCode(429).header("Retry-After", "900")
                .body("detail", containsString("Te veel mislukte pogingen"));
        // another user is not affected
        String ander = Testgebruikers.nieuw("Anna Onbevangen");
        assertEquals(303, inloggen(ander, WACHTWOORD, null).statusCode());
    }

    @Test
    void aSuccessfulLoginEndsTheRowOfFailures() {
        String naam = Testgebruikers.nieuw("Rosa Reeks");
        for (int i = 1; i < Aanmelding.MAX_PER_NAAM_EN_ADRES; i++) {
            assertEquals(401, inloggen(naam, "fout-wachtwoord-" + i, null).statusCode());
        }
        assertEquals(303, inloggen(naam, WACHTWOORD, null).statusCode());
        for (int i = 1; i < Aanmelding.MAX_PER_NAAM_EN_ADRES; i++) {
            assertEquals(401, inloggen(naam, "weer-fout-" + i, null).statusCode());
        }
        assertEquals(303, inloggen(naam, WACHTWOORD, null).statusCode());
    }

    @Test
    void aLoginFormPostedFromAnotherSiteSignsNobodyIn() {
        String naam = Testgebruikers.nieuw("Elders Ingelogd");
        for (String elders : List.of("cross-site", "same-site")) {
            Response antwoord = kaal().contentType(ContentType.URLENC).header("Sec-Fetch-Site", elders)
                    .formParam("gebruikersnaam", naam).formParam("wachtwoord", WACHTWOORD).post("/inloggen");
            assertEquals(403, antwoord.statusCode(), elders);
            assertEquals(null, antwoord.getCookie(Sessiecookie.NAAM), elders);
            assertTrue(melding(antwoord).contains("inlogformulier van Regiebord zelf"), melding(antwoord));
        }
        // the form of the service itself, as a browser sends it, and a client that sends no fetch metadata
        Response eigen = kaal().contentType(ContentType.URLENC).header("Sec-Fetch-Site", "same-origin")
                .formParam("gebruikersnaam", naam).formParam("wachtwoord", WACHTWOORD).post("/inloggen");
        assertEquals(303, eigen.statusCode());
        assertNotNull(eigen.getCookie(Sessiecookie.NAAM));
        assertEquals(303, inloggen(naam, WACHTWOORD, null).statusCode());
    }

    /** Guesses sent all at once from the given addresses, in turn; answers how many had their password checked. */
    private int gelijktijdig(String naam, List<String> adressen, int tegelijk) throws Exception {
        ExecutorService draden = Executors.newFixedThreadPool(tegelijk);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Aanmelding.Uitslag>> pogingen = new ArrayList<>();
            for (int i = 0; i < tegelijk; i++) {
                String gok = "gelijktijdige-gok-" + i;
                String adres = adressen.get(i % adressen.size());
                pogingen.add(draden.submit(() -> {
                    start.await();
                    return aanmelding.metWachtwoord(naam, gok, adres);
                }));
            }
            start.countDown();
            int gecontroleerd = 0;
            for (Future<Aanmelding.Uitslag> poging : pogingen) {
                Aanmelding.Uitslag uitslag = poging.get(60, TimeUnit.SECONDS);
                if (uitslag.equals(new Aanmelding.Geweigerd(Aanmelding.Reden.ONJUIST))) {
                    gecontroleerd++;
                } else {
                    assertInstanceOf(Aanmelding.Geweigerd.class, uitslag);
                }
            }
            return gecontroleerd;
        } finally {
            draden.shutdownNow();
        }
    }

    @Test
    void wrongPasswordsSentAtTheSameMomentFromOneAddressGetNoMoreTriesThanTheLimit() throws Exception {
        String naam = Testgebruikers.nieuw("Gelijktijdig Gokker");
        int gecontroleerd = gelijktijdig(naam, List.of("10.6.6.1"), 16);
        assertTrue(gecontroleerd <= Aanmelding.MAX_PER_NAAM_EN_ADRES,
                gecontroleerd + " of 16 simultaneous guesses had their password checked");
        assertEquals(Aanmelding.Reden.TE_VEEL_VOOR_NAAM,
                ((Aanmelding.Geweigerd) aanmelding.metWachtwoord(naam, WACHTWOORD, "10.6.6.1")).reden());
        // the right password from an address that has not failed still gets in
        assertInstanceOf(Aanmelding.Gelukt.class, aanmelding.metWachtwoord(naam, WACHTWOORD, "10.6.7.1"));
    }

    @Test
    void onceTheNameIsSlowedDownSimultaneousGuessesFromFailedAddressesGetOneTryAtMost() throws Exception {
        String naam = Testgebruikers.nieuw("Verspreid Gokker");
        List<String> adressen = new ArrayList<>();
        for (int i = 0; i < Aanmelding.VERTRAGEN_NA; i++) {
            adressen.add("10.6.8." + i);
            aanmelding.metWachtwoord(naam, "eerste-gok-" + i, adressen.get(i));
        }
        int gecontroleerd = gelijktijdig(naam, adressen, 16);
        assertTrue(gecontroleerd <= 1, gecontroleerd + " of 16 simultaneous guesses had their password checked");
        assertInstanceOf(Aanmelding.Gelukt.class, aanmelding.metWachtwoord(naam, WACHTWOORD, "10.6.9.1"));
    }

    @Test
    void tooManyFailuresFromOneAddressCloseThatAddressForEveryName() {
        String adres = "10.9.8.7";
        String naam = Testgebruikers.nieuw("Ada Adres");
        assertInstanceOf(Aanmelding.Gelukt.class, aanmelding.metWachtwoord(naam, WACHTWOORD, adres));
        // different names each time, so no name reaches its own limit; 1000 is the limit in the tests
        int limiet = 1000;
        for (int i = 0; i < limiet; i++) {
            var uitslag = aanmelding.metWachtwoord("geraden-" + i + "-" + System.nanoTime(), "raden-maar", adres);
            assertEquals(new Aanmelding.Geweigerd(Aanmelding.Reden.ONJUIST), uitslag, "poging " + i);
        }
        var geweigerd = aanmelding.metWachtwoord(naam, WACHTWOORD, adres);
        assertEquals(Aanmelding.Reden.TE_VEEL_VAN_ADRES, ((Aanmelding.Geweigerd) geweigerd).reden());
        assertTrue(Aanmelding.Reden.TE_VEEL_VAN_ADRES.melding().contains("vanaf dit adres"));
        // the same user from elsewhere still gets in
        assertInstanceOf(Aanmelding.Gelukt.class, aanmelding.metWachtwoord(naam, WACHTWOORD, "10.9.8.8"));
    }

    @Test
    void theSessionCookieIsHttpOnlyStrictAndForTheWholeSite() {
        Response antwoord = inloggen(BEHEERDER, BEHEERDER_WACHTWOORD, null);
        assertEquals(303, antwoord.statusCode());
        String kop = antwoord.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Sessiecookie.NAAM + "=")).findFirst().orElseThrow();
        String klein = kop.toLowerCase();
        assertTrue(klein.contains("; httponly"), kop);
        assertTrue(klein.contains("; samesite=strict"), kop);
        assertTrue(klein.contains("; path=/") && !klein.matches(".*; path=/[^;\\s].*"), kop);
        assertFalse(klein.contains("; secure"), "over http geen Secure: " + kop);
        assertFalse(kop.contains(BEHEERDER_WACHTWOORD), kop);
        // a session cookie: the browser forgets it when it closes
        assertFalse(klein.contains("max-age") || klein.contains("expires"), kop);
    }

    @Test
    void withoutProxySupportForwardedHeadersAreIgnored() {
        var gesmeed = java.util.Map.of("X-Forwarded-For", "198.51.100.20", "X-Forwarded-Proto", "https");
        AchterProxyTest.inloggen("onbekend-" + System.nanoTime(), "raden-maar", gesmeed).then().statusCode(401);
        assertEquals(0, AchterProxyTest.pogingenVan("198.51.100.20"));
        assertFalse(AchterProxyTest.veilig(AchterProxyTest.inloggen(BEHEERDER, BEHEERDER_WACHTWOORD, gesmeed)));
    }

    @Test
    void loggingOutClearsTheCookieAndEndsThatSessionOnTheServer() {
        String cookie = Testgebruikers.inloggen(BEHEERDER, BEHEERDER_WACHTWOORD);
        String csrf = Jsoup.parse(metCookie(cookie).get("/account").then().statusCode(200).extract().asString())
                .selectFirst("form[action=/uitloggen] input[name=_csrf]").attr("value");
        Response uit = metCookie(cookie).contentType(ContentType.URLENC).formParam("_csrf", csrf).post("/uitloggen");
        assertEquals(303, uit.statusCode());
        assertEquals("/inloggen?uitgelogd=ja", pad(uit.header("Location")));
        String kop = uit.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Sessiecookie.NAAM + "=")).findFirst().orElseThrow();
        assertTrue(kop.startsWith(Sessiecookie.NAAM + "=;"), kop);
        assertTrue(kop.contains("Max-Age=0"), kop);
        assertTrue(kop.toLowerCase().contains("path=/"), kop);
        // a copy of the cookie kept elsewhere no longer opens a page; another session of the same user still does
        String andere = Testgebruikers.inloggen(BEHEERDER, BEHEERDER_WACHTWOORD);
        metCookie(cookie).redirects().follow(false).get("/account").then().statusCode(302);
        metCookie(andere).redirects().follow(false).get("/account").then().statusCode(200);
    }

    @Test
    void theLoginFormReachedAfterLoggingOutSaysSo() {
        String cookie = Testgebruikers.inloggen(BEHEERDER, BEHEERDER_WACHTWOORD);
        String csrf = Jsoup.parse(metCookie(cookie).get("/account").then().statusCode(200).extract().asString())
                .selectFirst("form[action=/uitloggen] input[name=_csrf]").attr("value");
        String naar = pad(metCookie(cookie).contentType(ContentType.URLENC).formParam("_csrf", csrf).post("/uitloggen")
                .header("Location"));
        // the page can say it (with a value for the parameter) ...
        String metWaarde = Jsoup.parse(kaal().get("/inloggen?uitgelogd=ja").then().statusCode(200).extract().asString())
                .text();
        assertTrue(metWaarde.contains("Je bent uitgelogd"), metWaarde);
        // ... and the page the browser is sent to after logging out must say it too
        String daarna = Jsoup.parse(zoalsDeBrowser(naar)).text();
        assertTrue(daarna.contains("Je bent uitgelogd"), naar + " toont geen melding: " + daarna);
    }

    @Test
    void changingThePasswordEndsTheOldSessionAndTheOldPassword() {
        String naam = Testgebruikers.nieuw("Chris Wisselaar");
        String cookie = Testgebruikers.inloggen(naam, WACHTWOORD);
        metCookie(cookie).get("/account").then().statusCode(200);
        basic(naam, WACHTWOORD).get("/api/mij").then().statusCode(200);

        String nieuw = "een-heel-nieuw-wachtwoord";
        basic(naam, WACHTWOORD).contentType(ContentType.JSON).body(Map.of("huidig", WACHTWOORD, "nieuw", nieuw))
                .put("/api/mij/wachtwoord").then().statusCode(204);

        Response oudeSessie = metCookie(cookie).get("/account");
        assertEquals(302, oudeSessie.statusCode());
        assertTrue(pad(oudeSessie.header("Location")).startsWith("/inloggen"), oudeSessie.header("Location"));
        basic(naam, WACHTWOORD).get("/api/mij").then().statusCode(401);
        basic(naam, nieuw).get("/api/mij").then().statusCode(200).body("gebruikersnaam", equalTo(naam));
        assertEquals(401, inloggen(naam, WACHTWOORD, null).statusCode());
        assertEquals(303, inloggen(naam, nieuw, null).statusCode());
    }

    @Test
    void aPasswordHasAtLeastTwelveCharactersAndALongPassphraseIsWelcome() {
        String naam = Testgebruikers.nieuw("Pieter Passphrase");
        basic(naam, WACHTWOORD).contentType(ContentType.JSON).body(Map.of("huidig", WACHTWOORD, "nieuw", "elf-tekens!"))
                .put("/api/mij/wachtwoord").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("velden[0].veld", equalTo("nieuw"))
                .body("velden[0].melding", containsString("12"));
        basic(naam, WACHTWOORD).get("/api/mij").then().statusCode(200);

        StringBuilder zin = new StringBuilder();
        while (zin.length() < 200) {
            zin.append("de stuurgroep leest mee en de lezer ook ");
        }
        String passphrase = zin.substring(0, 200);
        assertEquals(200, passphrase.length());
        assertTrue(passphrase.contains(" "));
        basic(naam, WACHTWOORD).contentType(ContentType.JSON).body(Map.of("huidig", WACHTWOORD, "nieuw", passphrase))
                .put("/api/mij/wachtwoord").then().statusCode(204);
        assertEquals(303, inloggen(naam, passphrase, null).statusCode());
        basic(naam, passphrase).get("/api/mij").then().statusCode(200);
        // the whole phrase counts, not only its beginning
        assertEquals(401, inloggen(naam, passphrase.substring(0, 199) + "X", null).statusCode());
    }

    @Test
    void aBlockedUserCanNoLongerLogInOrUseTheApi() {
        String naam = Testgebruikers.nieuw("Bram Geblokkeerd");
        long id = Testgebruikers.id(naam);
        String cookie = Testgebruikers.inloggen(naam, WACHTWOORD);
        basic(naam, WACHTWOORD).get("/api/mij").then().statusCode(200);
        metCookie(cookie).get("/mijn-acties").then().statusCode(200);

        int versie = basic(BEHEERDER, BEHEERDER_WACHTWOORD).get("/api/gebruikers/" + id).then().statusCode(200)
                .extract().path("version");
        basic(BEHEERDER, BEHEERDER_WACHTWOORD).contentType(ContentType.JSON)
                .body(Map.of("actief", false, "version", versie)).patch("/api/gebruikers/" + id).then().statusCode(200)
                .body("actief", equalTo(false));

        Response login = inloggen(naam, WACHTWOORD, null);
        assertEquals(401, login.statusCode());
        assertEquals(null, login.getCookie(Sessiecookie.NAAM));
        basic(naam, WACHTWOORD).get("/api/mij").then().statusCode(401);
        assertEquals(302, metCookie(cookie).get("/mijn-acties").statusCode());
    }

    @Test
    void terugCannotSendTheUserToAnotherSite() {
        for (String terug : List.of("//evil.example", "//evil.example/plannen", "https://evil.example/",
                "http:evil.example", "/\\evil.example", "\\\\evil.example", " //evil.example", "/inloggen?terug=//evil.example")) {
            Response antwoord = inloggen(BEHEERDER, BEHEERDER_WACHTWOORD, terug);
            assertEquals(303, antwoord.statusCode(), terug);
            assertEquals("/", pad(antwoord.header("Location")), terug);
            // the form shown for such a link does not carry it either
            String formulier = kaal().queryParam("terug", terug).get("/inloggen").then().statusCode(200)
                    .extract().asString();
            assertEquals("/", Jsoup.parse(formulier).selectFirst("input[name=terug]").attr("value"), terug);
        }
        Response thuis = inloggen(BEHEERDER, BEHEERDER_WACHTWOORD, "/mijn-acties");
        assertEquals("/mijn-acties", pad(thuis.header("Location")));
    }

    /**
     * Browsers drop tabs and newlines from a Location, so "/&#9;/evil.example" would become "//evil.example": such a
     * terug must not lead off the site, nor break the login.
     */
    @Test
    void terugWithControlCharactersNeitherLeavesTheSiteNorBreaksTheLogin() {
        for (String terug : List.of("/\t/evil.example", "/\n/evil.example", "/\r\n/evil.example", "/met spatie")) {
            Response antwoord = inloggen(BEHEERDER, BEHEERDER_WACHTWOORD, terug);
            assertEquals(303, antwoord.statusCode(), "terug " + terug.replace("\t", "\\t").replace("\n", "\\n")
                    .replace("\r", "\\r") + ": " + antwoord.statusCode());
            String naar = pad(antwoord.header("Location"));
            assertTrue(naar.startsWith("/") && !naar.replaceAll("[\\t\\r\\n]", "").startsWith("//"), naar);
        }
    }
}
