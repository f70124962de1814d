package nl.regiebord.pagina;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.regiebord.security.Testgebruikers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Browsers ask every page for an icon; a missing one is an error in the console of every page. */
@QuarkusTest
class FaviconTest {

    @Test
    void theFaviconAnswersWithoutLoginAsAnIcon() {
        Testgebruikers.anoniem();
        Response antwoord = given().redirects().follow(false).get("/favicon.ico");
        assertEquals(200, antwoord.statusCode());
        assertEquals("image/x-icon", antwoord.contentType());
        byte[] icoon = antwoord.asByteArray();
        assertArrayEquals(new byte[]{0, 0, 1, 0, 1, 0, 32, 32}, java.util.Arrays.copyOf(icoon, 8), "ICO, één 32×32");
        assertEquals(6 + 16 + 40 + 32 * 32 * 4 + 32 * 4, icoon.length);
    }

    @Test
    void everyPageLinksTheIconAndTheSvgIsServed() {
        Document start = Bezoeker.open("/");
        assertEquals("/static/favicon.svg", start.selectFirst("link[rel=icon][type=image/svg+xml]").attr("href"));
        assertEquals("/favicon.ico", start.selectFirst("link[rel=icon][sizes]").attr("href"));
        Testgebruikers.anoniem();
        Response svg = given().get("/static/favicon.svg");
        assertEquals(200, svg.statusCode());
        assertTrue(svg.asString().startsWith("<svg"), svg.asString());
    }
}
