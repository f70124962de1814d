package nl.regiebord.risico;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.security.Testgebruikers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
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
        // the cell shows the number; the legend below the grids names the risk in full, now and after the measures
        assertEquals("R1", cel.selectFirst(".cel-nummers a").ownText());
        String legenda = pagina.selectFirst("#legenda tbody tr").text();
        assertTrue(legenda.startsWith("R1 Budget te laag voor implementatie hoog (6)"), legenda);
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
        assertEquals("/plannen/" + plan + "/risicos/" + id, sectie.selectFirst("a").attr("href"));
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
        assertTrue(na.getElementById("risico-" + cluster).text().contains("Cluster van R2"),
                na.getElementById("risico-" + cluster).text());
        assertTrue(na.getElementById("risico-" + dubbel).text().contains("Geclusterd in R1"));
        // the cluster choice names risks by number, not by their full text
        assertEquals("R1", na.selectFirst("#in-" + dubbel + " option[selected]").text());
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
    void aRiskHasAPageOfItsOwnWhereEverythingCanBeChanged() {
        long plan = Testplannen.gemeente();
        String lid = Testgebruikers.nieuw("Noor Eigenaar");
        Testgebruikers.lid(plan, lid, "projectleider");
        long id = Risicos.gescoord(plan, "hoog", "hoog", "Kees");
        String pad = "/plannen/" + plan + "/risicos/" + id;
        Document pagina = Bezoeker.open(pad);
        assertTrue(pagina.selectFirst("h1").text().startsWith("R1 "), pagina.selectFirst("h1").text());
        assertTrue(pagina.getElementById("stand").text().contains("hoog (9)"), pagina.getElementById("stand").text());
        // the register and the matrix lead here
        assertEquals(pad, Bezoeker.open("/plannen/" + plan + "/risicos").selectFirst("#risico-" + id + " td a").attr("href"));
        assertEquals(pad, Bezoeker.open("/plannen/" + plan + "/risicomatrix").selectFirst("#nu-hoog-hoog .cel-nummers a")
                .attr("href"));

        Response antwoord = Bezoeker.verstuur(pagina, "#wijzig", Map.of("omschrijving", "Te weinig taalaanbieders in de regio",
                "categorie", "strategisch", "maatregel", "Regionaal aanbesteden", "restKans", "laag", "restImpact", "midden",
                "eigenaarId", String.valueOf(Testgebruikers.id(lid))));
        assertEquals(pad, Bezoeker.doorverwezenNaar(antwoord));
        when().get("/api/plannen/" + plan + "/risicos/" + id).then()
                .body("omschrijving", equalTo("Te weinig taalaanbieders in de regio"))
                .body("categorie", equalTo("strategisch")).body("maatregel", equalTo("Regionaal aanbesteden"))
                .body("restKwalificatie", equalTo("laag")).body("eigenaar", equalTo("Noor Eigenaar"))
                .body("eigenaarId", equalTo((int) Testgebruikers.id(lid))).body("kans", equalTo("hoog"));
        Document na = Bezoeker.open(pad);
        String historie = na.selectFirst("ul.historie").text();
        assertTrue(historie.contains("omschrijving") && historie.contains("Te weinig taalaanbieders"), historie);
        assertEquals(String.valueOf(Testgebruikers.id(lid)), na.selectFirst("#eigenaarId option[selected]").val());

        // a field error names the field and keeps what was typed
        Response fout = Bezoeker.verstuur(na, "#wijzig", Map.of("omschrijving", "", "maatregel", "Nieuw getypt"));
        assertEquals(400, fout.statusCode());
        Document opnieuw = Bezoeker.lees(fout);
        assertNotNull(opnieuw.selectFirst(".veld-fout #omschrijving"));
        assertEquals("Nieuw getypt", opnieuw.getElementById("maatregel").text());
        when().get("/api/plannen/" + plan + "/risicos/" + id).then().body("maatregel", equalTo("Regionaal aanbesteden"));
    }

    @Test
    void aStaleRiskPageShowsTheOtherChangeNextToWhatWasTyped() {
        long plan = Testplannen.gemeente();
        long id = Risicos.gescoord(plan, "midden", "hoog", "Kees");
        Document pagina = Bezoeker.open("/plannen/" + plan + "/risicos/" + id);
        Risicos.wijzig(plan, id, Map.of("maatregel", "Wat de ander schreef", "version", Risicos.versie(plan, id)))
                .statusCode(200);
        Response antwoord = Bezoeker.verstuur(pagina, "#wijzig", Map.of("maatregel", "Wat ik schreef"));
        assertEquals(409, antwoord.statusCode());
        Document opnieuw = Bezoeker.lees(antwoord);
        assertEquals("Wat ik schreef", opnieuw.getElementById("maatregel").text());
        Element veld = opnieuw.getElementById("maatregel").parent();
        assertTrue(veld.text().contains("Intussen opgeslagen: Wat de ander schreef"), veld.text());
        when().get("/api/plannen/" + plan + "/risicos/" + id).then().body("maatregel", equalTo("Wat de ander schreef"));
        // saving again keeps the user's version
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(opnieuw, "#wijzig", Map.of()));
        when().get("/api/plannen/" + plan + "/risicos/" + id).then().body("maatregel", equalTo("Wat ik schreef"));
    }

    @Test
    void theRiskPageListsTheReviewsItWasInAndItsCluster() {
        long plan = Testplannen.gemeente();
        long id = Risicos.gescoord(plan, "hoog", "hoog", "Kees");
        long lid = Risicos.gescoord(plan, "hoog", "midden", "Els");
        given().contentType(ContentType.JSON).body(Map.of("datum", "2026-10-15", "aanwezigen", List.of("Wethouder"),
                        "besluiten", List.of(Map.of("risico", id, "version", Risicos.versie(plan, id), "kans", "midden",
                                "reden", "Aanbieders gevonden"))))
                .post("/api/plannen/" + plan + "/risicoreviews").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("in", id))
                .post("/api/plannen/" + plan + "/risicos/" + lid + "/cluster").then().statusCode(200);
        Document pagina = Bezoeker.open("/plannen/" + plan + "/risicos/" + id);
        Element reviews = pagina.selectFirst("table.besprekingen tbody tr");
        assertNotNull(reviews, pagina.getElementById("reviews-kop").parent().text());
        assertTrue(reviews.text().contains("15-10-2026"), reviews.text());
        assertTrue(reviews.text().contains("hoog (6): kans midden, impact hoog"), reviews.text());
        assertTrue(reviews.text().contains("kans naar midden") && reviews.text().contains("Aanbieders gevonden"),
                reviews.text());
        assertTrue(pagina.getElementById("cluster").text().contains("Cluster van R2"), pagina.getElementById("cluster").text());
        Document lidPagina = Bezoeker.open("/plannen/" + plan + "/risicos/" + lid);
        assertTrue(lidPagina.getElementById("cluster").text().contains("Geclusterd in R1"));
        assertTrue(lidPagina.selectFirst("ul.historie").text().contains("geclusterd in naar ‘R1’"),
                lidPagina.selectFirst("ul.historie").text());
        when().get("/plannen/" + plan + "/risicos/999999").then().statusCode(404);
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
