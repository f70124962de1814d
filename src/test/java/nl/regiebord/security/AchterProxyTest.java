package nl.regiebord.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

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
                    "regiebord.aanmelding.max-per-adres", "3");
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
        for (int i = 0; i < 3; i++) {
            inloggen("geraden-" + i + "-" + System.nanoTime(), "raden-maar", eerste).then().statusCode(401);
        }
        assertEquals(3, pogingenVan("198.51.100.1"));
        inloggen(naam, Testgebruikers.WACHTWOORD, eerste).then().statusCode(429);
        inloggen(naam, Testgebruikers.WACHTWOORD, Map.of("X-Forwarded-For", "198.51.100.2")).then().statusCode(303);
        assertEquals(0, pogingenVan("127.0.0.1"));
    }

    @Test
    void theSessionCookieIsSecureWhenTheProxySaysHttps() {
        String naam = Testgebruikers.nieuw("Proxy Https");
        assertTrue(veilig(inloggen(naam, Testgebruikers.WACHTWOORD, Map.of("X-Forwarded-Proto", "https"))));
        assertFalse(veilig(inloggen(naam, Testgebruikers.WACHTWOORD, Map.of())));
    }
}
