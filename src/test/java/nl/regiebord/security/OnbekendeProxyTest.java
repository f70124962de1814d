package nl.regiebord.security;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static nl.regiebord.security.AchterProxyTest.inloggen;
import static nl.regiebord.security.AchterProxyTest.pogingenVan;
import static nl.regiebord.security.AchterProxyTest.veilig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** With proxy support on, forwarded headers from a peer that is not one of the configured proxies are ignored. */
@QuarkusTest
@TestProfile(OnbekendeProxyTest.AndereProxy.class)
class OnbekendeProxyTest {

    public static class AndereProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("regiebord.achter-proxy", "true", "regiebord.proxy-adressen", "192.0.2.10");
        }
    }

    @Test
    void aForgedForwardedHeaderFromAnUntrustedPeerIsNotBelieved() {
        long voor = pogingenVan("127.0.0.1");
        inloggen("onbekend-" + System.nanoTime(), "raden-maar",
                Map.of("X-Forwarded-For", "198.51.100.9", "X-Forwarded-Proto", "https")).then().statusCode(401);
        assertEquals(0, pogingenVan("198.51.100.9"));
        assertEquals(voor + 1, pogingenVan("127.0.0.1"));

        String naam = Testgebruikers.nieuw("Geen Proxy");
        assertFalse(veilig(inloggen(naam, Testgebruikers.WACHTWOORD, Map.of("X-Forwarded-Proto", "https"))));
    }
}
