package nl.regiebord.stuurgroep;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import nl.regiebord.klok.VerstelbareKlok;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.security.Testgebruikers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The secretary records the meeting below the meeting view; a refusal is shown at the row it came from. */
@QuarkusTest
class VergaderingPaginaTest {

    @Test
    void theMeetingIsRecordedFromThePageAndOpensAsItWas() {
        long plan = Testplannen.gemeente();
        String wethouder = Testgebruikers.nieuw("Wethouder Jansen");
        Testgebruikers.lid(plan, wethouder, "stuurgroep");
        Document pagina = Bezoeker.open("/plannen/" + plan + "/stuurgroep");
        assertNotNull(pagina.getElementById("vergaderformulier"));

        Map<String, String> velden = new HashMap<>();
        velden.put("gasten", "Adviseur GGD");
        velden.put("besluiten", "Startnotitie naar het college\n\nBudget aanvragen");
        velden.put("actiepunten[1].actie", "Offerte tweede taalaanbieder");
        velden.put("actiepunten[1].thema", "inkoop");
        velden.put("actiepunten[1].deadline", "2026-12-15");
        Response geweigerd = Bezoeker.verstuur(pagina, "#vergaderformulier", velden);
        assertEquals(400, geweigerd.statusCode());
        Document fout = Bezoeker.lees(geweigerd);
        String melding = fout.getElementById("actiepunt-2-verantwoordelijke-fout").text();
        assertTrue(melding.contains("eigenaar"), melding);
        assertEquals("Offerte tweede taalaanbieder", fout.getElementById("actiepunt-2-actie").attr("value"));
        assertEquals("inkoop", fout.selectFirst("#actiepunt-2-thema option[selected]").attr("value"));
        given().get("/api/plannen/" + plan + "/vergaderingen").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));

        velden.put("actiepunten[1].verantwoordelijke", wethouder);
        velden.put("aanwezig", wethouder);
        String naar = Bezoeker.doorverwezenNaar(Bezoeker.verstuur(fout, "#vergaderformulier", velden));
        assertTrue(naar.startsWith("/plannen/" + plan + "/stuurgroep/vergaderingen/"), naar);
        Document vergadering = Bezoeker.open(naar);
        assertTrue(vergadering.selectFirst("h1").text().contains("23 november 2026"));
        assertEquals("Startnotitie naar het college Budget aanvragen",
                vergadering.getElementById("vergaderbesluiten").text());
        var actiepunt = vergadering.selectFirst("#actiepunten a");
        assertEquals("Offerte tweede taalaanbieder", actiepunt.text());
        Document actie = Bezoeker.open(actiepunt.attr("href"));
        assertTrue(actie.text().contains("Actiepunt van de stuurgroepvergadering van 23-11-2026"), actie.text());
        assertEquals(naar, actie.selectFirst("a[href^=/plannen/" + plan + "/stuurgroep/vergaderingen/]").attr("href"));
        assertTrue(vergadering.getElementById("vergadering").text().contains("Adviseur GGD"));
        assertEquals(VerstelbareKlok.STANDAARD.toString(), given().get("/api/plannen/" + plan + "/stuurgroep")
                .then().extract().path("sinds"));
    }
}
