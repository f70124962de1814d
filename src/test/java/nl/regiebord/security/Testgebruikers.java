package nl.regiebord.security;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/**
 * Who the tests act as. Before each test REST Assured acts as the test beheerder (who becomes projectmanager of
 * every plan a test creates): basic auth for the API and a real login's session cookie for the pages.
 */
public final class Testgebruikers {

    public static final String BEHEERDER = "beheerder";
    public static final String BEHEERDER_WACHTWOORD = "test-regie-sleutelbos-7";
    public static final String WACHTWOORD = "een-goed-testwachtwoord";
    public static final String TIJDELIJK_WACHTWOORD = "van-de-beheerder-gekregen";
    private static final AtomicInteger TELLER = new AtomicInteger();

    private Testgebruikers() {
    }

    public static void alsBeheerder() {
        als(BEHEERDER, BEHEERDER_WACHTWOORD);
    }

    /** From now on in this test, every request is made by this user. */
    public static void als(String gebruikersnaam, String wachtwoord) {
        RestAssured.authentication = RestAssured.preemptive().basic(gebruikersnaam, wachtwoord);
        RestAssured.replaceFiltersWith(new Sessiefilter(gebruikersnaam, wachtwoord));
    }

    /** From now on in this test, requests carry neither credentials nor a session. */
    public static void anoniem() {
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
        RestAssured.replaceFiltersWith(java.util.List.of());
    }

    /** Logs in through the login form and answers the session cookie. */
    public static String inloggen(String gebruikersnaam, String wachtwoord) {
        return Sessiefilter.inloggen(gebruikersnaam, wachtwoord);
    }

    /**
     * A new user (made by the beheerder through the API), answering its gebruikersnaam; password {@link #WACHTWOORD},
     * which the user chose themselves: the beheerder's one-time password is already changed.
     */
    public static String nieuw(String naam) {
        String gebruikersnaam = nieuwMetTijdelijkWachtwoord(naam);
        given().auth().preemptive().basic(gebruikersnaam, TIJDELIJK_WACHTWOORD).contentType(ContentType.JSON)
                .body(Map.of("huidig", TIJDELIJK_WACHTWOORD, "nieuw", WACHTWOORD))
                .put("/api/mij/wachtwoord").then().statusCode(204);
        return gebruikersnaam;
    }

    /** A new user who still has the one-time password {@link #TIJDELIJK_WACHTWOORD} the beheerder gave them. */
    public static String nieuwMetTijdelijkWachtwoord(String naam) {
        String gebruikersnaam = "test" + TELLER.incrementAndGet() + "-" + System.nanoTime() % 100000;
        given().auth().preemptive().basic(BEHEERDER, BEHEERDER_WACHTWOORD).contentType(ContentType.JSON)
                .body(Map.of("gebruikersnaam", gebruikersnaam, "naam", naam, "wachtwoord", TIJDELIJK_WACHTWOORD))
                .post("/api/gebruikers").then().statusCode(201);
        return gebruikersnaam;
    }

    /** The user's id, by their gebruikersnaam. */
    public static long id(String gebruikersnaam) {
        Number id = given().auth().preemptive().basic(BEHEERDER, BEHEERDER_WACHTWOORD)
                .get("/api/gebruikers?gebruikersnaam=" + gebruikersnaam).then().statusCode(200)
                .extract().path("[0].id");
        return id.longValue();
    }

    /** Gives the user this role in the plan (as the beheerder). */
    public static void lid(long planId, String gebruikersnaam, String rol) {
        given().auth().preemptive().basic(BEHEERDER, BEHEERDER_WACHTWOORD).contentType(ContentType.JSON)
                .body(Map.of("gebruikersnaam", gebruikersnaam, "rol", rol))
                .post("/api/plannen/" + planId + "/leden").then().statusCode(201);
    }
}
