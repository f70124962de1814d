package nl.regiebord.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a signed-in user is shown or downloads never stays behind in a browser's or a proxy's cache: pages, API
 * answers, every xlsx export and the backup say {@code no-store}. The static files keep their long caching.
 */
@QuarkusTest
class NietBewarenTest {

    private static final List<String> EXPORTS = List.of("bijlage1.xlsx", "plan.xlsx", "projectkaarten.xlsx",
            "producten.xlsx", "risicos.xlsx", "stakeholders.xlsx");

    private static void nietBewaard(Response antwoord, String wat) {
        assertTrue(antwoord.statusCode() < 400, wat + " gaf " + antwoord.statusCode());
        assertEquals("no-store", antwoord.header("Cache-Control"), wat);
    }

    @Test
    void pagesAndApiAnswersAreNotStored() {
        long plan = Testplannen.gemeente();
        nietBewaard(given().get("/plannen/" + plan), "het dashboard");
        nietBewaard(given().get("/"), "de plannenlijst");
        nietBewaard(given().get("/api/plannen/" + plan), "een plan als JSON");
        nietBewaard(given().get("/api/mij"), "mijn gegevens als JSON");
        assertEquals("no-store", given().get("/api/plannen/999999").header("Cache-Control"), "een 404");
    }

    @Test
    void everyXlsxDownloadIsNotStoredThroughTheApiAndThePages() {
        long plan = Testplannen.gemeente();
        for (String export : EXPORTS) {
            nietBewaard(given().get("/api/plannen/" + plan + "/export/" + export), "API " + export);
            nietBewaard(given().get("/plannen/" + plan + "/export/" + export), "pagina " + export);
        }
    }

    @DisabledIfSystemProperty(named = "regiebord.testdb", matches = "postgresql",
            disabledReason = "op PostgreSQL maakt Regiebord geen back-up")
    @Test
    void theBackupIsNotStoredThroughTheApiAndThePage() {
        nietBewaard(given().post("/api/beheer/backup"), "de back-up via de API");
        Document beheer = Bezoeker.open("/beheer");
        nietBewaard(Bezoeker.verstuur(beheer, "#backupformulier", Map.of()), "de back-up via de pagina");
    }

    @Test
    void theLoginPageIsNotStored() {
        Testgebruikers.anoniem();
        assertEquals("no-store", given().get("/inloggen").header("Cache-Control"));
        assertEquals("no-store", given().redirects().follow(false).get("/").header("Cache-Control"));
    }

    @Test
    void staticFilesKeepTheirLongCaching() {
        Testgebruikers.anoniem();
        Response css = given().get("/static/regiebord.css");
        assertEquals(200, css.statusCode());
        String kop = css.header("Cache-Control");
        assertTrue(kop != null && kop.contains("max-age="), "Cache-Control: " + kop);
        assertFalse(kop.contains("no-store"), kop);
    }
}
