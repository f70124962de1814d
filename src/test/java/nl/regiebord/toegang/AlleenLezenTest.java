package nl.regiebord.toegang;

import io.quarkus.test.junit.QuarkusTest;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.security.Testgebruikers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages offer only the forms the role can use; the data is the same for everyone in the plan. */
@QuarkusTest
class AlleenLezenTest {

    @Test
    void aStuurgroepMemberReadsTheTijdtafelAndRegisterWithoutForms() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "uitvoeren");
        String sg = Testgebruikers.nieuw("Stuurgroep Sanne");
        Testgebruikers.lid(plan, sg, "stuurgroep");
        Testgebruikers.als(sg, Testgebruikers.WACHTWOORD);

        Document tijdtafel = Bezoeker.open("/plannen/" + plan + "/tijdtafel");
        assertTrue(tijdtafel.getElementById("alleen-lezen").text().contains("stuurgroep"));
        assertTrue(tijdtafel.selectFirst("#status-" + actie).parents().is("fieldset[disabled]"));
        assertNull(tijdtafel.selectFirst("form[action$=/tijdtafel/acties]"));
        assertNotNull(Bezoeker.open("/plannen/" + plan + "/acties/" + actie).selectFirst("fieldset.alleen-lezen[disabled]"));
        Document register = Bezoeker.open("/plannen/" + plan + "/risicos");
        assertNull(register.selectFirst("form#nieuw"));
        assertNull(Bezoeker.open("/plannen/" + plan).selectFirst("form[action$=/inwerkingtreding]"));
    }

    @Test
    void aLezerSeesCardsAndStakeholdersWithoutAnythingToPost() {
        long plan = Testplannen.gemeente();
        Number kaart = io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("thema", "inkoop", "titel", "Inkoop taaltrajecten"))
                .post("/api/plannen/" + plan + "/projectkaarten").then().statusCode(201).extract().path("id");
        Number stakeholder = io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("naam", "COA", "type", "extern", "belang", "hoog", "invloed", "hoog"))
                .post("/api/plannen/" + plan + "/stakeholders").then().statusCode(201).extract().path("id");
        String lezer = Testgebruikers.nieuw("Lezer Lotte");
        Testgebruikers.lid(plan, lezer, "lezer");
        Testgebruikers.als(lezer, Testgebruikers.WACHTWOORD);

        for (String pad : java.util.List.of("/plannen/" + plan + "/projectkaarten",
                "/plannen/" + plan + "/projectkaarten/" + kaart, "/plannen/" + plan + "/stakeholders",
                "/plannen/" + plan + "/stakeholdermatrix")) {
            Document pagina = Bezoeker.open(pad);
            assertTrue(pagina.select("main form[method=post]").isEmpty(), pad);
            assertTrue(pagina.select("main a[href*=/stap/], main a[href$=/herijking]").isEmpty(), pad);
        }
        Document eenStakeholder = Bezoeker.open("/plannen/" + plan + "/stakeholders/" + stakeholder);
        assertTrue(eenStakeholder.select("main form[method=post]").stream()
                .allMatch(f -> f.parents().is("fieldset[disabled]")));
    }

    @Test
    void aProjectleiderChangesActionsButNotTheInwerkingtreding() {
        long plan = Testplannen.gemeente();
        String pl = Testgebruikers.nieuw("Projectleider Pim");
        Testgebruikers.lid(plan, pl, "projectleider");
        Testgebruikers.als(pl, Testgebruikers.WACHTWOORD);

        Document tijdtafel = Bezoeker.open("/plannen/" + plan + "/tijdtafel");
        assertNull(tijdtafel.getElementById("alleen-lezen"));
        assertFalse(tijdtafel.select("form[action$=/tijdtafel/acties]").isEmpty());
        assertNull(Bezoeker.open("/plannen/" + plan).selectFirst("form[action$=/inwerkingtreding]"));
        assertEquals(0, Bezoeker.open("/plannen/" + plan + "/risicos").select("fieldset.alleen-lezen").size());
    }
}
