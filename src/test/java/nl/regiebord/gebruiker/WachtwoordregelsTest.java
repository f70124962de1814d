package nl.regiebord.gebruiker;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.security.Sessiecookie;
import nl.regiebord.security.Testgebruikers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static nl.regiebord.security.Testgebruikers.TIJDELIJK_WACHTWOORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules for a new password, and the beheerder's one-time password that must be changed and expires. */
@QuarkusTest
class WachtwoordregelsTest {

    private static Response inloggen(String naam, String wachtwoord) {
        return RestAssured.given().noFilters().auth().none().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("gebruikersnaam", naam).formParam("wachtwoord", wachtwoord).post("/inloggen");
    }

    private static void wijzigViaApi(String naam, String huidig, String nieuw, int status, String melding) {
        var antwoord = given().auth().preemptive().basic(naam, huidig).contentType(ContentType.JSON)
                .body(Map.of("huidig", huidig, "nieuw", nieuw)).put("/api/mij/wachtwoord").then().statusCode(status);
        if (melding != null) {
            antwoord.contentType(startsWith("application/problem+json"))
                    .body("velden[0].veld", equalTo("nieuw")).body("velden[0].melding", containsString(melding));
        }
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() {
        String naam = Testgebruikers.nieuw("Naam In Wachtwoord");
        wijzigViaApi(naam, Testgebruikers.WACHTWOORD, "mijn " + naam.toUpperCase() + " is geheim", 400,
                "gebruikersnaam");
        wijzigViaApi(naam, Testgebruikers.WACHTWOORD, naam + "-" + naam, 400, "gebruikersnaam");
        String nieuweNaam = "zelfnaam" + System.nanoTime() % 100000;
        given().contentType(ContentType.JSON)
                .body(Map.of("gebruikersnaam", nieuweNaam, "naam", "Zelf Naam", "wachtwoord", "Welkom-" + nieuweNaam))
                .post("/api/gebruikers").then().statusCode(400)
                .body("velden[0].veld", equalTo("wachtwoord"))
                .body("velden[0].melding", containsString("gebruikersnaam"));
        given().get("/api/gebruikers?gebruikersnaam=" + nieuweNaam).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aCommonOrBreachedPasswordIsRefusedOnTheApiAndThePage() {
        String naam = Testgebruikers.nieuw("Veelgebruikt");
        wijzigViaApi(naam, Testgebruikers.WACHTWOORD, "qwerty123456", 400, "veelgebruikte");
        wijzigViaApi(naam, Testgebruikers.WACHTWOORD, "1qaz2wsx3EDC", 400, "veelgebruikte");

        Testgebruikers.als(naam, Testgebruikers.WACHTWOORD);
        var fout = Bezoeker.verstuur(Bezoeker.open("/account"), "form[action=/account/wachtwoord]",
                Map.of("huidig", Testgebruikers.WACHTWOORD, "nieuw", "123456789qwerty", "herhaling", "123456789qwerty"));
        assertEquals(400, fout.statusCode());
        assertTrue(Bezoeker.lees(fout).selectFirst("#nieuw-fout").text().contains("veelgebruikte"));
        // the old password still works
        given().auth().preemptive().basic(naam, Testgebruikers.WACHTWOORD).get("/api/mij").then().statusCode(200);
    }

    @Test
    void theListHasAtLeastTenThousandPasswords() {
        assertTrue(BekendeWachtwoorden.lijst().aantal() >= 10_000, BekendeWachtwoorden.lijst().aantal() + "");
    }

    @Test
    void aOneTimePasswordMustBeChangedBeforeTheApiDoesAnythingElse() {
        String naam = Testgebruikers.nieuwMetTijdelijkWachtwoord("Eerste Keer Api");
        given().auth().preemptive().basic(naam, TIJDELIJK_WACHTWOORD).get("/api/plannen").then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("wachtwoord"));
        given().auth().preemptive().basic(naam, TIJDELIJK_WACHTWOORD).get("/api/mij").then().statusCode(200)
                .body("wachtwoordWijzigen", equalTo(true));
        wijzigViaApi(naam, TIJDELIJK_WACHTWOORD, "mijn eigen gekozen zin", 204, null);
        given().auth().preemptive().basic(naam, "mijn eigen gekozen zin").get("/api/plannen").then().statusCode(200);
    }

    @Test
    void aOneTimePasswordSendsEveryPageToThePasswordChange() {
        String naam = Testgebruikers.nieuwMetTijdelijkWachtwoord("Eerste Keer Pagina");
        String cookie = inloggen(naam, TIJDELIJK_WACHTWOORD).getCookie(Sessiecookie.NAAM);
        for (String pad : new String[]{"/", "/mijn-acties", "/keten"}) {
            Response pagina = RestAssured.given().noFilters().redirects().follow(false)
                    .cookie(Sessiecookie.NAAM, cookie).get(pad);
            assertEquals(303, pagina.statusCode(), pad);
            assertTrue(pagina.header("Location").endsWith("/account#wachtwoord"), pagina.header("Location"));
        }
        Document account = Jsoup.parse(RestAssured.given().noFilters().cookie(Sessiecookie.NAAM, cookie)
                .get("/account").then().statusCode(200).extract().asString());
        assertTrue(account.select("#tijdelijk").text().contains("tijdelijk wachtwoord"), account.text());

        Testgebruikers.als(naam, TIJDELIJK_WACHTWOORD);
        String nieuw = "een zelfgekozen wachtwoord";
        var gewijzigd = Bezoeker.verstuur(Bezoeker.open("/account"), "form[action=/account/wachtwoord]",
                Map.of("huidig", TIJDELIJK_WACHTWOORD, "nieuw", nieuw, "herhaling", nieuw));
        assertEquals("/account?gewijzigd", Bezoeker.doorverwezenNaar(gewijzigd));
        RestAssured.given().noFilters().redirects().follow(false)
                .cookie(Sessiecookie.NAAM, gewijzigd.getCookie(Sessiecookie.NAAM)).get("/mijn-acties")
                .then().statusCode(200);
    }

    @Test
    void aOneTimePasswordExpiresAfterSevenDays() {
        String naam = Testgebruikers.nieuwMetTijdelijkWachtwoord("Te Laat");
        QuarkusTransaction.requiringNew().run(() -> Gebruiker.getEntityManager()
                .createNativeQuery("update gebruiker set tijdelijk_wachtwoord_tot = ?1 where gebruikersnaam = ?2")
                .setParameter(1, Instant.now().minus(1, ChronoUnit.MINUTES)).setParameter(2, naam).executeUpdate());
        Response login = inloggen(naam, TIJDELIJK_WACHTWOORD);
        assertEquals(401, login.statusCode());
        String melding = Jsoup.parse(login.asString()).selectFirst(".melding.fout").text();
        assertTrue(melding.contains("verlopen") && melding.contains("beheerder"), melding);
        given().auth().preemptive().basic(naam, TIJDELIJK_WACHTWOORD).get("/api/mij").then().statusCode(401)
                .body("detail", containsString("verlopen"));

        // a new one from the beheerder works again
        String nieuw = given().post("/api/gebruikers/" + Testgebruikers.id(naam) + "/wachtwoord-herstel").then()
                .statusCode(200).extract().path("tijdelijkWachtwoord");
        assertEquals(303, inloggen(naam, nieuw).statusCode());
    }
}
