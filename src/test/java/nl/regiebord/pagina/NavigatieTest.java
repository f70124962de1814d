package nl.regiebord.pagina;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.regiebord.plan.Testplannen;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A newcomer who follows the links from the start page finds no broken page. */
@QuarkusTest
class NavigatieTest {

    @Test
    void everyPageReachableFromTheStartPageAnswers200() {
        Testplannen.samenwerkingsverband();
        Set<String> bezocht = new LinkedHashSet<>();
        Deque<String> nog = new ArrayDeque<>();
        Set<String> downloads = new java.util.HashSet<>();
        nog.add("/");
        while (!nog.isEmpty() && bezocht.size() < 400) {
            String pad = nog.poll();
            if (!bezocht.add(pad)) {
                continue;
            }
            var antwoord = RestAssured.given().redirects().follow(false).get(pad);
            assertEquals(200, antwoord.statusCode(), pad);
            if (downloads.contains(pad)) {
                continue;
            }
            assertTrue(antwoord.contentType().startsWith("text/html"), pad);
            Document pagina = Jsoup.parse(antwoord.asString());
            assertEquals("nl", pagina.selectFirst("html").attr("lang"), pad);
            assertTrue(!pagina.title().isBlank(), pad);
            for (var link : pagina.select("a[href]")) {
                String doel = link.attr("href").replaceFirst("#.*$", "");
                if (doel.startsWith("/") && !doel.startsWith("/api/") && !doel.startsWith("/q/") && !bezocht.contains(doel)) {
                    nog.add(doel);
                    if (link.hasAttr("download")) {
                        downloads.add(doel);
                    }
                }
            }
        }
        assertTrue(bezocht.size() > 40, "bezocht: " + bezocht.size());
        assertTrue(bezocht.stream().anyMatch(p -> p.matches("/plannen/\\d+/acties/\\d+")));
        assertTrue(bezocht.contains("/keten"));
    }
}
