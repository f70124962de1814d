package nl.regiebord.plan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import nl.regiebord.pagina.Bezoeker;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PlanPaginaTest {

    @Test
    void aPlanIsCreatedThroughTheFormAndOpensOnItsDashboard() {
        Document start = Bezoeker.open("/");
        Response antwoord = Bezoeker.verstuur(start, "form[action=/plannen]", Map.of(
                "naam", "Veranderopgave Cranendonck-Nederweert-Weert",
                "gemeenten", "Cranendonck\nNederweert\nWeert",
                "inwerkingtreding", "2022-01-01", "uitvoering", "subregionaal", "modelstatusOvernemen", "true"));
        String dashboard = Bezoeker.doorverwezenNaar(antwoord);
        assertTrue(dashboard.matches("/plannen/\\d+"), dashboard);
        Document pagina = Bezoeker.open(dashboard);
        assertEquals("Veranderopgave Cranendonck-Nederweert-Weert", pagina.selectFirst("h1").text());
        assertTrue(pagina.text().contains("Samenwerkingsverband van Cranendonck, Nederweert, Weert"));
        assertTrue(pagina.text().contains("36% van het hele plan afgerond (14 van 38"), pagina.text());
        assertTrue(Bezoeker.open("/").text().contains("Veranderopgave Cranendonck-Nederweert-Weert"));
    }

    @Test
    void errorsAreShownAtTheFieldAndWhatWasTypedIsKept() {
        Document start = Bezoeker.open("/");
        Response antwoord = Bezoeker.verstuur(start, "form[action=/plannen]", Map.of(
                "naam", "", "gemeenten", "Weert\nWeert", "inwerkingtreding", "2022-02-30", "uitvoering", "subregionaal"));
        assertEquals(400, antwoord.statusCode());
        Document pagina = Bezoeker.lees(antwoord);
        assertEquals("is verplicht", pagina.selectFirst("#naam-fout").text());
        assertEquals("true", pagina.selectFirst("#naam").attr("aria-invalid"));
        assertTrue(pagina.selectFirst("#gemeenten-fout").text().contains("twee keer"));
        assertTrue(pagina.selectFirst("#inwerkingtreding-fout").text().contains("geen geldige datum"));
        assertEquals("Weert\nWeert", pagina.selectFirst("#gemeenten").wholeText());
        assertEquals("2022-02-30", pagina.selectFirst("#inwerkingtreding").attr("value"));
        assertNotNull(pagina.selectFirst("#uitvoering option[value=subregionaal][selected]"));
        assertNotNull(pagina.selectFirst("[role=alert]"));
    }

    @Test
    void anUnknownPlanIsAFriendly404Page() {
        Response antwoord = io.restassured.RestAssured.get("/plannen/987654");
        assertEquals(404, antwoord.statusCode());
        assertTrue(antwoord.contentType().startsWith("text/html"));
        assertTrue(antwoord.asString().contains("Er is geen plan met nummer 987654."));
    }
}
