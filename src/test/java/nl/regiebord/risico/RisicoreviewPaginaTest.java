package nl.regiebord.risico;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import nl.regiebord.klok.VerstelbareKlok;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.security.Testgebruikers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stuurgroep records its review on the matrix page, as a secretary does during the meeting. */
@QuarkusTest
class RisicoreviewPaginaTest {

    private static final String GISTEREN = VerstelbareKlok.STANDAARD.minusDays(1).toString();

    @Test
    void aReviewWithMembersGuestsADecisionAndANoteIsRecordedFromTheMatrixPage() {
        long plan = Testplannen.gemeente();
        String wethouder = Testgebruikers.nieuw("Wethouder Jansen");
        Testgebruikers.lid(plan, wethouder, "stuurgroep");
        long hoog = Risicos.gescoord(plan, "hoog", "hoog", "Kees");
        long laag = Risicos.gescoord(plan, "laag", "midden", "Els");
        Document pagina = Bezoeker.open("/plannen/" + plan + "/risicomatrix");
        Element formulier = pagina.getElementById("reviewformulier");
        assertNotNull(formulier);
        assertNotNull(formulier.selectFirst("input[name=aanwezig][value=Wethouder Jansen]"));
        assertEquals(List.of("R1", "R2"), formulier.select("tr[id^=besluit-] td:first-child a").eachText());

        Response antwoord = formulier(pagina, plan)
                .formParam("datum", GISTEREN).formParam("aanwezig", "Wethouder Jansen")
                .formParam("gasten", "Adviseur GGD\n\nKetenregisseur")
                .formParam("kans-" + hoog, "midden").formParam("reden-" + hoog, "Tweede taalaanbieder gecontracteerd")
                .formParam("status-" + laag, "beheerst").formParam("notitie", "Volgende keer de rest-scores bespreken")
                .post("/plannen/" + plan + "/risicomatrix/review");
        assertEquals("/plannen/" + plan + "/risicomatrix#laatste-review", Bezoeker.doorverwezenNaar(antwoord));

        given().get("/api/plannen/" + plan + "/risicoreviews").then().body("", hasSize(1))
                .body("[0].datum", equalTo(GISTEREN))
                .body("[0].aanwezigen", contains("Wethouder Jansen", "Adviseur GGD", "Ketenregisseur"))
                .body("[0].notitie", equalTo("Volgende keer de rest-scores bespreken"))
                .body("[0].besluiten.nummer", contains("R1", "R2"))
                .body("[0].besluiten[0].kans", equalTo("midden"))
                .body("[0].besluiten[0].reden", equalTo("Tweede taalaanbieder gecontracteerd"))
                .body("[0].besluiten[1].status", equalTo("beheerst"));
        when().get("/api/plannen/" + plan + "/risicos/" + hoog).then().body("kans", equalTo("midden"));
        Document na = Bezoeker.open("/plannen/" + plan + "/risicomatrix");
        String laatste = na.getElementById("laatste-review").text();
        assertTrue(laatste.contains("Wethouder Jansen") && laatste.contains("Volgende keer de rest-scores"), laatste);
        // the matrix shows the move the stuurgroep decided, and the risk's page the decision
        assertTrue(Bezoeker.open("/plannen/" + plan + "/risicos/" + hoog).selectFirst("table.besprekingen").text()
                .contains("kans naar midden"));
    }

    @Test
    void aRefusedReviewNamesTheRiskKeepsWhatWasChosenAndSavesNothing() {
        long plan = Testplannen.gemeente();
        long hoog = Risicos.gescoord(plan, "hoog", "hoog", "Kees");
        Document pagina = Bezoeker.open("/plannen/" + plan + "/risicomatrix");
        Response antwoord = formulier(pagina, plan).formParam("datum", GISTEREN).formParam("gasten", "Secretaris")
                .formParam("impact-" + hoog, "laag").formParam("notitie", "Kort overleg")
                .post("/plannen/" + plan + "/risicomatrix/review");
        assertEquals(400, antwoord.statusCode());
        Document opnieuw = Bezoeker.lees(antwoord);
        Element rij = opnieuw.getElementById("besluit-" + hoog);
        assertTrue(rij.hasClass("veld-fout"));
        assertTrue(rij.selectFirst(".foutmelding").text().contains("reden: is verplicht"), rij.text());
        assertEquals("laag", rij.selectFirst("#impact-" + hoog + " option[selected]").val());
        assertEquals("Secretaris", opnieuw.getElementById("review-gasten").text());
        assertEquals("Kort overleg", opnieuw.getElementById("review-notitie").text());
        given().get("/api/plannen/" + plan + "/risicoreviews").then().body("", hasSize(0));
        when().get("/api/plannen/" + plan + "/risicos/" + hoog).then().body("impact", equalTo("hoog"));

        // nobody present, and a date a year ahead: both named at their field
        Document leeg = Bezoeker.lees(formulier(pagina, plan).formParam("datum", "2099-01-01")
                .post("/plannen/" + plan + "/risicomatrix/review"));
        assertNotNull(leeg.selectFirst(".veld-fout #review-datum"));
        assertNotNull(leeg.getElementById("review-aanwezigen-fout"));
        given().get("/api/plannen/" + plan + "/risicoreviews").then().body("", hasSize(0));
    }

    @Test
    void aReviewCannotDecideOnARiskOfAnotherPlanAndOnlyReviewersSeeTheForm() {
        long plan = Testplannen.gemeente();
        long ander = Testplannen.gemeente();
        long vreemd = Risicos.gescoord(ander, "hoog", "hoog", "Kees");
        Document pagina = Bezoeker.open("/plannen/" + plan + "/risicomatrix");
        Response antwoord = formulier(pagina, plan).formParam("datum", GISTEREN).formParam("gasten", "Secretaris")
                .formParam("risico", String.valueOf(vreemd)).formParam("version-" + vreemd, "0")
                .formParam("status-" + vreemd, "vervallen").post("/plannen/" + plan + "/risicomatrix/review");
        // as in the API: the decision is refused as a field of the review, which names the plan and the id
        assertEquals(400, antwoord.statusCode());
        assertTrue(Bezoeker.lees(antwoord).selectFirst("[role=alert]").text()
                .contains("heeft geen risico met id " + vreemd), Bezoeker.lees(antwoord).text());
        given().get("/api/plannen/" + plan + "/risicoreviews").then().body("", hasSize(0));
        when().get("/api/plannen/" + ander + "/risicos/" + vreemd).then().body("status", equalTo("open"));

        String leider = Testgebruikers.nieuw("Projectleider Zonder Review");
        Testgebruikers.lid(plan, leider, "projectleider");
        Testgebruikers.als(leider, Testgebruikers.WACHTWOORD);
        try {
            Document alsLeider = Bezoeker.open("/plannen/" + plan + "/risicomatrix");
            assertNull(alsLeider.getElementById("reviewformulier"));
        } finally {
            Testgebruikers.alsBeheerder();
        }
    }

    /** The review form's fixed fields as the page has them: the token and each risk with its version. */
    private static RequestSpecification formulier(Document pagina, long plan) {
        RequestSpecification verzoek = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("_csrf", Bezoeker.csrf(pagina));
        for (Element risico : pagina.select("#reviewformulier input[name=risico]")) {
            String id = risico.val();
            verzoek.formParam("risico", id)
                    .formParam("version-" + id, pagina.selectFirst("input[name=version-" + id + "]").val());
        }
        return verzoek;
    }
}
