package nl.regiebord.beheer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.security.Aanmelding;
import nl.regiebord.security.Testgebruikers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasLength;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class GebruikerApiTest {

    private static Map<String, Object> gebruiker(String gebruikersnaam) {
        return given().get("/api/gebruikers?gebruikersnaam=" + gebruikersnaam).then().statusCode(200)
                .extract().path("[0]");
    }

    @Test
    void aBeheerderMakesAUserWithAOneTimePasswordThatWorks() {
        String naam = "nieuw" + System.nanoTime() % 100000;
        String wachtwoord = given().contentType(ContentType.JSON)
                .body(Map.of("gebruikersnaam", naam.toUpperCase(), "naam", "Nieuwe Collega", "email", "nc@weert.nl"))
                .post("/api/gebruikers").then().statusCode(201)
                .body("gebruikersnaam", equalTo(naam)).body("actief", equalTo(true)).body("beheerder", equalTo(false))
                .body("tijdelijkWachtwoord", hasLength(20)).body("$", not(hasKey("wachtwoordHash")))
                .extract().path("tijdelijkWachtwoord");
        given().get("/api/gebruikers/" + gebruiker(naam).get("id")).then().statusCode(200)
                .body("$", not(hasKey("tijdelijkWachtwoord")));
        given().auth().preemptive().basic(naam, wachtwoord).get("/api/mij").then().statusCode(200)
                .body("naam", equalTo("Nieuwe Collega")).body("plannen.size()", equalTo(0));
    }

    @Test
    void badNewUsersAreRefusedFieldByField() {
        String bestaand = Testgebruikers.nieuw("Bestaand");
        given().contentType(ContentType.JSON)
                .body(Map.of("gebruikersnaam", bestaand, "naam", "Dubbel", "wachtwoord", "kort", "email", "geen-adres"))
                .post("/api/gebruikers").then().statusCode(400)
                .body("velden.find { it.veld == 'gebruikersnaam' }.melding", equalTo("deze gebruikersnaam is al in gebruik"))
                .body("velden.find { it.veld == 'wachtwoord' }.melding", equalTo("een wachtwoord heeft minstens 12 tekens"))
                .body("velden.find { it.veld == 'email' }.melding", equalTo("dit is geen e-mailadres"));
        given().contentType(ContentType.JSON).body(Map.of("gebruikersnaam", "met spatie", "naam", "X"))
                .post("/api/gebruikers").then().statusCode(400).body("velden[0].veld", equalTo("gebruikersnaam"));
        given().contentType(ContentType.JSON).body(Map.of("gebruikersnaam", "iemand", "naam", "X", "rol", "baas"))
                .post("/api/gebruikers").then().statusCode(400).body("velden[0].veld", equalTo("rol"));
    }

    @Test
    void blockingAUserEndsTheirAccessAndABeheerderCannotBlockThemselves() {
        String naam = Testgebruikers.nieuw("Tijdelijk");
        Map<String, Object> g = gebruiker(naam);
        given().contentType(ContentType.JSON).body(Map.of("actief", false, "version", g.get("version")))
                .patch("/api/gebruikers/" + g.get("id")).then().statusCode(200).body("actief", equalTo(false));
        given().auth().preemptive().basic(naam, Testgebruikers.WACHTWOORD).get("/api/mij").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("actief", true, "version", g.get("version")))
                .patch("/api/gebruikers/" + g.get("id")).then().statusCode(409).body("huidig.actief", equalTo(false));

        Map<String, Object> ik = gebruiker(Testgebruikers.BEHEERDER);
        given().contentType(ContentType.JSON).body(Map.of("beheerder", false, "version", ik.get("version")))
                .patch("/api/gebruikers/" + ik.get("id")).then().statusCode(422);
    }

    /** "ja", null or 1 for a yes/no field was a 500 (a null unboxed); it is a 400 naming the field. */
    @Test
    void aBadYesOrNoIs400NamingTheFieldAndChangesNothing() {
        String naam = Testgebruikers.nieuw("Janee");
        Map<String, Object> g = gebruiker(naam);
        for (String veld : new String[]{"beheerder", "actief"}) {
            for (Object waarde : new Object[]{"ja", null, 1}) {
                Map<String, Object> body = new java.util.HashMap<>();
                body.put(veld, waarde);
                body.put("version", g.get("version"));
                given().contentType(ContentType.JSON).body(body).patch("/api/gebruikers/" + g.get("id")).then()
                        .statusCode(400).contentType("application/problem+json")
                        .body("velden[0].veld", equalTo(veld));
            }
        }
        assertEquals(g, gebruiker(naam));
    }

    @Test
    void aResetGivesANewPasswordAndTheOldOneStops() {
        String naam = Testgebruikers.nieuw("Vergeetachtig");
        Object id = gebruiker(naam).get("id");
        String nieuw = given().post("/api/gebruikers/" + id + "/wachtwoord-herstel").then().statusCode(200)
                .extract().path("tijdelijkWachtwoord");
        given().auth().preemptive().basic(naam, Testgebruikers.WACHTWOORD).get("/api/mij").then().statusCode(401);
        given().auth().preemptive().basic(naam, nieuw).get("/api/mij").then().statusCode(200);
    }

    @Test
    void theBeheerPageMakesAUserAndShowsThePasswordOnce() {
        Document beheer = Bezoeker.open("/beheer");
        String naam = "pagina" + System.nanoTime() % 100000;
        var antwoord = Bezoeker.verstuur(beheer, "form[action=/beheer/gebruikers]",
                Map.of("gebruikersnaam", naam, "naam", "Via De Pagina"));
        assertEquals(201, antwoord.statusCode());
        Document na = Bezoeker.lees(antwoord);
        String wachtwoord = na.selectFirst("#tijdelijk-wachtwoord code").text();
        assertEquals(20, wachtwoord.length());
        assertNotNull(Bezoeker.open("/beheer").selectFirst("#gebruikerslijst th:containsOwn(" + naam + ")"));
        assertTrue(Bezoeker.open("/beheer").select("#tijdelijk-wachtwoord").isEmpty());

        var fout = Bezoeker.verstuur(Bezoeker.open("/beheer"), "form[action=/beheer/gebruikers]",
                Map.of("gebruikersnaam", naam, "naam", ""));
        assertEquals(400, fout.statusCode());
        Document metFout = Bezoeker.lees(fout);
        assertEquals("deze gebruikersnaam is al in gebruik", metFout.selectFirst("#nieuw-gebruikersnaam-fout").text());
        assertEquals(naam, metFout.selectFirst("#nieuw-gebruikersnaam").val());
    }

    @Test
    void everyoneChangesTheirOwnPasswordOnTheAccountPage() {
        String naam = Testgebruikers.nieuw("Eigen Wachtwoord");
        Testgebruikers.als(naam, Testgebruikers.WACHTWOORD);
        Document account = Bezoeker.open("/account");
        var kort = Bezoeker.verstuur(account, "form[action=/account/wachtwoord]",
                Map.of("huidig", Testgebruikers.WACHTWOORD, "nieuw", "te kort", "herhaling", "te kort"));
        assertEquals(400, kort.statusCode());
        Document metFout = Bezoeker.lees(kort);
        assertEquals("een wachtwoord heeft minstens 12 tekens", metFout.selectFirst("#nieuw-fout").text());
        assertEquals("", metFout.selectFirst("#huidig").val(), "a password is never written back into the page");

        String nieuw = "een lange zin als wachtwoord werkt ook prima";
        var goed = Bezoeker.verstuur(account, "form[action=/account/wachtwoord]",
                Map.of("huidig", Testgebruikers.WACHTWOORD, "nieuw", nieuw, "herhaling", nieuw));
        assertEquals("/account?gewijzigd", Bezoeker.doorverwezenNaar(goed));
        assertNotNull(goed.getCookie("regiebord-sessie"), "the page carries on in a new session");
        given().auth().preemptive().basic(naam, nieuw).get("/api/mij").then().statusCode(200);
        given().auth().preemptive().basic(naam, Testgebruikers.WACHTWOORD).get("/api/mij").then().statusCode(401);
    }

    @Test
    void guessingTheCurrentPasswordOnTheAccountPageIsStoppedLikeGuessingAtLogin() {
        String naam = Testgebruikers.nieuw("Raad Maar");
        Testgebruikers.als(naam, Testgebruikers.WACHTWOORD);
        Document account = Bezoeker.open("/account");
        String nieuw = "een wachtwoord van wie de sessie vond";
        for (int i = 1; i <= Aanmelding.MAX_PER_NAAM_EN_ADRES; i++) {
            var fout = Bezoeker.verstuur(account, "form[action=/account/wachtwoord]",
                    Map.of("huidig", "geraden-" + i, "nieuw", nieuw, "herhaling", nieuw));
            assertEquals(400, fout.statusCode(), "poging " + i);
            assertEquals("dit is niet je huidige wachtwoord", Bezoeker.lees(fout).selectFirst("#huidig-fout").text());
        }
        var zesde = Bezoeker.verstuur(account, "form[action=/account/wachtwoord]",
                Map.of("huidig", Testgebruikers.WACHTWOORD, "nieuw", nieuw, "herhaling", nieuw));
        assertEquals(429, zesde.statusCode());
        String opnieuwNa = zesde.header("Retry-After");
        assertTrue(opnieuwNa != null && Integer.parseInt(opnieuwNa) > 0 && Integer.parseInt(opnieuwNa) <= 900,
                "Retry-After: " + opnieuwNa);
        String melding = Bezoeker.lees(zesde).selectFirst("#huidig-fout").text();
        assertTrue(melding.contains("Te veel mislukte pogingen voor deze gebruikersnaam"), melding);

        // the name is closed for logins from this address too until the quarter of an hour is over
        Testgebruikers.anoniem();
        given().auth().preemptive().basic(naam, Testgebruikers.WACHTWOORD).get("/api/mij").then().statusCode(429)
                .body("detail", containsString("Te veel mislukte pogingen"));
        given().auth().preemptive().basic(naam, nieuw).get("/api/mij").then().statusCode(429);
    }

    @Test
    void aWrongCurrentPasswordThroughTheApiCountsAsAFailedLogin() {
        String naam = Testgebruikers.nieuw("Api Rader");
        for (int i = 1; i <= Aanmelding.MAX_PER_NAAM_EN_ADRES; i++) {
            given().auth().preemptive().basic(naam, Testgebruikers.WACHTWOORD).contentType(ContentType.JSON)
                    .body(Map.of("huidig", "geraden-" + i, "nieuw", "een nieuw lang wachtwoord"))
                    .put("/api/mij/wachtwoord").then().statusCode(400)
                    .body("velden[0].veld", equalTo("huidig"))
                    .body("velden[0].melding", equalTo("dit is niet je huidige wachtwoord"));
        }
        // the next request is refused at the door, with the reason
        given().auth().preemptive().basic(naam, Testgebruikers.WACHTWOORD).contentType(ContentType.JSON)
                .body(Map.of("huidig", Testgebruikers.WACHTWOORD, "nieuw", "een nieuw lang wachtwoord"))
                .put("/api/mij/wachtwoord").then().statusCode(429)
                .body("detail", containsString("Te veel mislukte pogingen"));
    }
}
