package nl.regiebord.risico;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class RisicoPaginaTest {

    @Test
    void eachCellSaysItsKwalificatieInWordsAndListsItsRisks() {
        long plan = Testplannen.gemeente();
        Risicos.breng(plan, Map.of("omschrijving", "Budget te laag voor implementatie", "kans", "hoog",
                "impact", "midden", "ingebrachtDoor", "Kees")).statusCode(201);
        Document pagina = Bezoeker.open("/plannen/" + plan + "/risicomatrix");
        Element cel = pagina.getElementById("nu-hoog-midden");
        assertNotNull(cel);
        assertTrue(cel.hasClass("cel-rood"));
        assertTrue(cel.text().contains("hoog"), cel.text());
        assertTrue(cel.text().contains("1 risico"), cel.text());
        assertTrue(cel.text().contains("Budget te laag"), cel.text());
        Element leeg = pagina.getElementById("nu-laag-laag");
        assertTrue(leeg.hasClass("cel-groen"));
        assertTrue(leeg.text().contains("laag") && leeg.text().contains("0 risico's"), leeg.text());
        // the residual grid beside it: no rest scores, so the risk stays in its own cell
        assertTrue(pagina.getElementById("rest-hoog-midden").text().contains("geen rest-score"));
        assertEquals("page", pagina.selectFirst("nav a[href$=/risicomatrix]").attr("aria-current"));
    }

    @Test
    void clickingACellListsItsRisks() {
        long plan = Testplannen.gemeente();
        long id = Risicos.gescoord(plan, "laag", "hoog", "Kees");
        Document pagina = Bezoeker.open("/plannen/" + plan + "/risicomatrix");
        String link = pagina.selectFirst("#nu-laag-hoog a.cel-kop").attr("href");
        Document lijst = Bezoeker.open(link.replaceFirst("#.*", ""));
        Element sectie = lijst.getElementById("lijst");
        assertNotNull(sectie);
        assertTrue(sectie.text().contains("kans laag, impact hoog"), sectie.text());
        assertEquals("/plannen/" + plan + "/risicos#risico-" + id, sectie.selectFirst("a").attr("href"));
        when().get("/plannen/" + plan + "/risicomatrix?kans=heel&impact=hoog").then().statusCode(400);
    }

    @Test
    void aRiskRaisedOnTheRegisterPageAppearsScored() {
        long plan = Testplannen.gemeente();
        Document register = Bezoeker.open("/plannen/" + plan + "/risicos");
        Response antwoord = Bezoeker.verstuur(register, "#nieuw", Map.of("ingebrachtDoor", "Els",
                "categorie", "financieel", "omschrijving", "Budgetten komen te laat", "kans", "midden", "impact", "midden"));
        String naar = Bezoeker.doorverwezenNaar(antwoord);
        Document na = Bezoeker.open(naar.replaceFirst("#.*", ""));
        Element rij = na.selectFirst("table.register tbody tr");
        assertTrue(rij.text().contains("Budgetten komen te laat"));
        assertTrue(rij.selectFirst(".kwalificatie").text().contains("midden (4)"));
    }

    @Test
    void aRefusedFormShowsTheMessageAndKeepsWhatWasTyped() {
        long plan = Testplannen.gemeente();
        for (int i = 0; i < 5; i++) {
            Risicos.gescoord(plan, "laag", "laag", "Kees");
        }
        Document register = Bezoeker.open("/plannen/" + plan + "/risicos");
        Response antwoord = Bezoeker.verstuur(register, "#nieuw", Map.of("ingebrachtDoor", "kees",
                "omschrijving", "Nog een"));
        assertEquals(422, antwoord.statusCode());
        Document opnieuw = Bezoeker.lees(antwoord);
        assertTrue(opnieuw.selectFirst("#nieuw-kop + .melding, [role=alert]").text().contains("ten hoogste 5"));
        assertEquals("Nog een", opnieuw.getElementById("omschrijving").text());
        Response leeg = Bezoeker.verstuur(register, "#nieuw", Map.of("ingebrachtDoor", "Anna"));
        assertEquals(400, leeg.statusCode());
        assertNotNull(Bezoeker.lees(leeg).selectFirst(".veld-fout #omschrijving"));
    }

    @Test
    void scoringInTheRegisterAndAStaleFormAnswer409() {
        long plan = Testplannen.gemeente();
        long id = Risicos.gescoord(plan, "laag", "laag", "Kees");
        Document register = Bezoeker.open("/plannen/" + plan + "/risicos");
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(register, "#f-" + id, Map.of("kans", "hoog", "impact", "hoog")));
        when().get("/api/plannen/" + plan + "/risicos/" + id).then().body("score", equalTo(9));
        Response oud = Bezoeker.verstuur(register, "#f-" + id, Map.of("status", "beheerst"));
        assertEquals(409, oud.statusCode());
    }

    @Test
    void theExamplesAreTakenOverWithOneButton() {
        long plan = Testplannen.gemeente();
        Document register = Bezoeker.open("/plannen/" + plan + "/risicos");
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(register, "#voorbeelden", Map.of()));
        Document na = Bezoeker.open("/plannen/" + plan + "/risicos");
        assertEquals(11, na.select("table.register tbody tr").size());
        assertEquals(422, Bezoeker.verstuur(na, "#voorbeelden", Map.of()).statusCode());
    }

    @Test
    void risksAreClusteredDeletedAndRestoredFromTheRegister() {
        long plan = Testplannen.gemeente();
        long cluster = Risicos.gescoord(plan, "hoog", "hoog", "Kees");
        long dubbel = Risicos.gescoord(plan, "hoog", "hoog", "Els");
        Document register = Bezoeker.open("/plannen/" + plan + "/risicos");
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(register, "#c-" + dubbel, Map.of("in", String.valueOf(cluster))));
        when().get("/api/plannen/" + plan + "/risicos/" + dubbel).then().body("clusterIn", equalTo((int) cluster));
        Document na = Bezoeker.open("/plannen/" + plan + "/risicos");
        assertTrue(na.getElementById("risico-" + cluster).text().contains("Cluster van risico " + dubbel));
        // a cluster cannot be deleted while it holds risks: the page says why
        Response weigering = Bezoeker.verstuur(na, "#v-" + cluster, Map.of());
        assertEquals(422, weigering.statusCode());
        assertTrue(Bezoeker.lees(weigering).getElementById("risico-" + cluster).text().contains("Haal die eerst"));
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(na, "#c-" + dubbel, Map.of("in", "")));
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(Bezoeker.open("/plannen/" + plan + "/risicos"), "#v-" + dubbel, Map.of()));
        Document zonder = Bezoeker.open("/plannen/" + plan + "/risicos");
        assertNotNull(zonder.getElementById("verwijderd-" + dubbel));
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(zonder, "#h-" + dubbel, Map.of()));
        when().get("/api/plannen/" + plan + "/risicos/" + dubbel).then().body("verwijderd", equalTo(false));
        Risicos.wijzig(plan, cluster, Map.of("kans", "laag", "version", Risicos.versie(plan, cluster))).statusCode(200);
    }

    @Test
    void theMatrixPageShowsAnEarlierDate() {
        long plan = Testplannen.gemeente();
        long id = Risicos.gescoord(plan, "hoog", "hoog", "Kees");
        Document vandaag = Bezoeker.open("/plannen/" + plan + "/risicomatrix");
        assertTrue(vandaag.getElementById("nu-hoog-hoog").text().contains("1 risico"));
        Document vroeger = Bezoeker.open("/plannen/" + plan + "/risicomatrix?peildatum=2026-01-01");
        assertTrue(vroeger.selectFirst("h1").text().contains("1 januari 2026"), vroeger.selectFirst("h1").text());
        assertTrue(vroeger.getElementById("nu-hoog-hoog").text().contains("0 risico's"));
        assertTrue(vroeger.selectFirst("#nu-hoog-hoog a").attr("href").contains("peildatum=2026-01-01"));
        when().get("/plannen/" + plan + "/risicomatrix?peildatum=morgen").then().statusCode(400);
    }
}
