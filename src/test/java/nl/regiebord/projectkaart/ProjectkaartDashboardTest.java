package nl.regiebord.projectkaart;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ProjectkaartDashboardTest {

    @Test
    void theDashboardShowsPerThemeItsCardsCompletenessAndNextMilestone() {
        long plan = Testplannen.gemeente();
        Map<String, Object> volledig = Kaarten.volledig();
        volledig.put("titel", "Leerroutes inkopen");
        volledig.put("mijlpalen", List.of(Map.of("omschrijving", "Gunning", "datum", "2031-06-30", "status", "behaald"),
                Map.of("omschrijving", "Start leerroutes", "datum", "2032-01-01")));
        Kaarten.nieuw(plan, volledig);
        Kaarten.nieuw(plan, Map.of("titel", "Duale trajecten", "doel", "Gegund"));
        Kaarten.nieuw(plan, Map.of("thema", "beleid", "titel", "Verordening"));
        long weg = Kaarten.nieuw(plan, Map.of("thema", "financien", "titel", "Verwijderd"));
        when().delete("/api/plannen/" + plan + "/projectkaarten/" + weg).then().statusCode(204);

        Document pagina = Bezoeker.open("/plannen/" + plan);
        Element sectie = pagina.getElementById("projectkaarten");
        assertNotNull(sectie);
        String inkoop = sectie.select("tr:has(a:contains(Leerroutes inkopen))").text();
        assertTrue(inkoop.contains("Inkoop") && inkoop.contains("100%") && inkoop.contains("Start leerroutes, 01-01-2032"),
                inkoop);
        String duaal = sectie.select("tr:has(a:contains(Duale trajecten))").text();
        assertTrue(duaal.contains("7%") && duaal.contains("13 onderdelen leeg") && duaal.endsWith("–"), duaal);
        for (String zonder : List.of("keuze", "financien", "werkprocessen", "communicatie")) {
            assertEquals("Geen projectkaart", sectie.getElementById("kaartthema-" + zonder).selectFirst(".let-op-label").text(),
                    zonder);
        }
        assertTrue(sectie.getElementById("kaartthema-beleid").text().contains("Verordening"));
        assertTrue(sectie.getElementById("kaartthema-inkoop").selectFirst("th").attr("rowspan").equals("2"));

        when().get("/api/plannen/" + plan + "/projectkaarten/themas").then().statusCode(200)
                .body("thema", contains("keuze", "beleid", "financien", "inkoop", "werkprocessen", "communicatie"))
                .body("find { it.thema == 'financien' }.zonderKaart", is(true))
                .body("find { it.thema == 'inkoop' }.kaarten.titel", contains("Leerroutes inkopen", "Duale trajecten"))
                .body("find { it.thema == 'inkoop' }.volgendeMijlpaal.omschrijving", equalTo("Start leerroutes"));
    }
}
