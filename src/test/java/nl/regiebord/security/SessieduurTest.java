package nl.regiebord.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A session ends 12 hours after login however busy it is, and the key that signs it is long enough. */
@QuarkusTest
class SessieduurTest {

    @Inject
    Sessiesleutel sleutel;

    /** A cookie as the service would have signed it: renewed just now, begun at the given moment. */
    private String cookie(long gebruikerId, Instant begonnen) {
        String inhoud = gebruikerId + "~0~sessieduurproef~" + Instant.now().getEpochSecond() + "~"
                + begonnen.getEpochSecond();
        return inhoud + "." + sleutel.teken(inhoud);
    }

    private int status(String cookie) {
        return RestAssured.given().noFilters().auth().none().redirects().follow(false)
                .cookie(Sessiecookie.NAAM, cookie).get("/account").statusCode();
    }

    @Test
    void aSessionInUseEndsTwelveHoursAfterLogin() {
        // a user who kept the one-time password: session version 0, and the account page is open to them
        long id = Testgebruikers.id(Testgebruikers.nieuwMetTijdelijkWachtwoord("Lange Dag"));
        assertEquals(200, status(cookie(id, Instant.now().minus(Duration.ofHours(11).plusMinutes(55)))));
        assertEquals(302, status(cookie(id, Instant.now().minus(Duration.ofHours(12).plusMinutes(5)))));
    }

    @Test
    void aSessionKeyShorterThan32CharactersStopsTheStart() {
        Sessiesleutel kort = new Sessiesleutel();
        kort.geconfigureerd = Optional.of("x".repeat(31));
        IllegalStateException fout = assertThrows(IllegalStateException.class, kort::laad);
        assertTrue(fout.getMessage().contains("REGIEBORD_SESSIE_SLEUTEL") && fout.getMessage().contains("32"),
                fout.getMessage());
        Sessiesleutel lang = new Sessiesleutel();
        lang.geconfigureerd = Optional.of("x".repeat(32));
        lang.laad();
    }
}
