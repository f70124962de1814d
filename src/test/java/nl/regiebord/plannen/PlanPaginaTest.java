package nl.regiebord.plannen;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.security.Testgebruikers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    void aBeheerderWhoNamesSomeoneElseProjectmanagerLandsOnTheMembersWithAConfirmation() {
        String manager = Testgebruikers.nieuw("Pien Projectmanager");
        Document start = Bezoeker.open("/");
        Response antwoord = Bezoeker.verstuur(start, "form[action=/plannen]", Map.of(
                "naam", "Plan voor een ander " + System.nanoTime(), "gemeenten", "Weert",
                "inwerkingtreding", "2022-01-01", "projectmanagerId", String.valueOf(Testgebruikers.id(manager))));
        String leden = Bezoeker.doorverwezenNaar(antwoord);
        assertTrue(leden.matches("/plannen/\\d+/leden\\?aangemaakt=true"), leden);
        Document pagina = Bezoeker.open(leden);
        Element bevestiging = pagina.selectFirst("#aangemaakt[role=status]");
        assertNotNull(bevestiging, pagina.text());
        assertTrue(bevestiging.text().matches("Plan Plan voor een ander \\d+ is aangemaakt\\. Projectmanager Pien "
                + "Projectmanager is lid en ziet het plan nu onder Plannen\\. Zelf heb je geen rol in dit plan.*"),
                bevestiging.text());
        assertEquals("projectmanager", pagina.selectFirst("#leden tbody tr:contains(Pien Projectmanager) "
                + "option[selected]").text());
        assertNull(Bezoeker.open(leden.replace("?aangemaakt=true", "")).selectFirst("#aangemaakt"));
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
