package nl.regiebord.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Behind a trusted proxy (here the test client's own 127.0.0.1) the login limit per address sees the client's
 * address from X-Forwarded-For, and the session cookie is Secure when the proxy says the client came by https.
 */
@QuarkusTest
@TestProfile(AchterProxyTest.VertrouwdeProxy.class)
class AchterProxyTest {

    public static class VertrouwdeProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("regiebord.achter-proxy", "true", "regiebord.proxy-adressen", "127.0.0.1",
                    "regiebord.aanmelding.max-per-adres", "7");
        }
    }

    static Response inloggen(String naam, String wachtwoord, Map<String, String> koppen) {
        return RestAssured.given().noFilters().auth().none().redirects().follow(false).headers(koppen)
                .contentType(ContentType.URLENC).formParam("gebruikersnaam", naam).formParam("wachtwoord", wachtwoord)
                .post("/inloggen");
    }

    /** Whether the login's session cookie carries Secure. */
    static boolean veilig(Response login) {
        assertEquals(303, login.statusCode());
        return login.getDetailedCookie(Sessiecookie.NAAM).isSecured();
    }

    static long pogingenVan(String adres) {
        return QuarkusTransaction.requiringNew().call(() -> Aanmeldpoging.count("adres", adres));
    }

    @Test
    void eachForwardedAddressHasItsOwnLimit() {
        String naam = Testgebruikers.nieuw("Proxy Proef");
        Map<String, String> eerste = Map.of("X-Forwarded-For", "198.51.100.1");
        for (int i = 0; i < 7; i++) {
            inloggen("geraden-" + i + "-" + System.nanoTime(), "raden-maar", eerste).then().statusCode(401);
        }
        assertEquals(7, pogingenVan("198.51.100.1"));
        inloggen(naam, Testgebruikers.WACHTWOORD, eerste).then().statusCode(429);
        inloggen(naam, Testgebruikers.WACHTWOORD, Map.of("X-Forwarded-For", "198.51.100.2")).then().statusCode(303);
        assertEquals(0, pogingenVan("127.0.0.1"));
    }

    private static Map<String, String> van(String adres) {
        return Map.of("X-Forwarded-For", adres);
    }

    @Test
    void theRightPasswordFromASecondAddressWorksAfterFiveFailuresFromAFirst() {
        String naam = Testgebruikers.nieuw("Buitengesloten Beheerder");
        for (int i = 1; i <= 5; i++) {
            inloggen(naam, "vreemde-gok-" + i, van("203.0.113.1")).then().statusCode(401);
        }
        inloggen(naam, Testgebruikers.WACHTWOORD, van("203.0.113.1")).then().statusCode(429);
        inloggen(naam, Testgebruikers.WACHTWOORD, van("203.0.113.2")).then().statusCode(303);
        // and the stranger's address stays locked for that name
        inloggen(naam, Testgebruikers.WACHTWOORD, van("203.0.113.1")).then().statusCode(429);
    }

    /**
     * Guessing one name from many addresses: after ten failures in all, an address that has failed for the name
     * waits before its next try, longer after every further failure; an address that has not failed is not held up.
     */
    @Test
    void theGrowingDelayHoldsAcrossAddresses() {
        String naam = Testgebruikers.nieuw("Veel Adressen");
        for (int i = 1; i <= 12; i++) {
            inloggen(naam, "verspreide-gok-" + i, van("203.0.114." + i)).then().statusCode(401);
        }
        Response eerste = inloggen(naam, "nog-een-gok", van("203.0.114.1"));
        assertEquals(429, eerste.statusCode());
        long wacht = Long.parseLong(eerste.header("Retry-After"));
        assertTrue(wacht > 0, "Retry-After " + wacht);
        assertTrue(eerste.asString().contains("seconden"), eerste.asString());
        // even with the right password: this address has failed for the name
        inloggen(naam, Testgebruikers.WACHTWOORD, van("203.0.114.2")).then().statusCode(429);
        // the API says the same, with the same header
        RestAssured.given().noFilters().auth().preemptive().basic(naam, "nog-een-gok").headers(van("203.0.114.3"))
                .get("/api/mij").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));

        for (int i = 13; i <= 14; i++) {
            inloggen(naam, "verspreide-gok-" + i, van("203.0.114." + i)).then().statusCode(401);
        }
        long langer = Long.parseLong(inloggen(naam, "nog-een-gok", van("203.0.114.4")).then().statusCode(429)
                .extract().header("Retry-After"));
        assertTrue(langer > wacht, langer + " na twee mislukkingen meer, eerst " + wacht);
        // an address that has not failed gets in with the right password at once
        inloggen(naam, Testgebruikers.WACHTWOORD, van("203.0.114.200")).then().statusCode(303);
    }

    @Test
    void theSessionCookieIsSecureWhenTheProxySaysHttps() {
        String naam = Testgebruikers.nieuw("Proxy Https");
        assertTrue(veilig(inloggen(naam, Testgebruikers.WACHTWOORD, Map.of("X-Forwarded-Proto", "https"))));
        assertFalse(veilig(inloggen(naam, Testgebruikers.WACHTWOORD, Map.of())));
    }
}
