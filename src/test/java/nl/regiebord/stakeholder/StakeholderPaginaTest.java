package nl.regiebord.stakeholder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class StakeholderPaginaTest {

    @Test
    void theChecklistAddsTheTickedStakeholdersAndThenShowsThemAsPresent() {
        long plan = Testplannen.gemeente();
        String pad = "/plannen/" + plan + "/stakeholders";
        Document register = Bezoeker.open(pad);
        assertEquals("page", register.selectFirst("nav a[href=" + pad + "]").attr("aria-current"));
        assertEquals(36, register.select("#checklist input[name=namen]").size());
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("_csrf", Bezoeker.csrf(register)).formParam("namen", "COA", "Raadsleden")
                .post(pad + "/checklist").then().statusCode(303);
        Document na = Bezoeker.open(pad);
        assertEquals(List.of("COA", "Raadsleden"), na.select("table.stakeholders tbody tr td:first-child a").eachText());
        assertTrue(na.selectFirst("table.stakeholders tbody tr").text().contains("extern"));
        Element coa = na.selectFirst("#checklist input[value=COA]");
        assertTrue(coa.hasAttr("disabled") && coa.hasAttr("checked"));
        assertTrue(na.selectFirst("label[for=" + coa.id() + "]").text().contains("staat er al"));
        assertFalse(na.selectFirst("#checklist input[value=DUO]").hasAttr("disabled"));
    }

    @Test
    void aRefusedNewStakeholderShowsTheMessageAtTheFieldAndKeepsWhatWasTyped() {
        long plan = Testplannen.gemeente();
        Document register = Bezoeker.open("/plannen/" + plan + "/stakeholders");
        Response antwoord = Bezoeker.verstuur(register, "#nieuw", Map.of("naam", "", "cluster", "onderwijs",
                "belang", "hoog"));
        assertEquals(400, antwoord.statusCode());
        Document opnieuw = Bezoeker.lees(antwoord);
        assertEquals("is verplicht", opnieuw.selectFirst("#naam-fout").text());
        assertEquals("onderwijs", opnieuw.getElementById("cluster").attr("value"));
        assertEquals("hoog", opnieuw.selectFirst("#nieuw-belang option[selected]").attr("value"));

        Response goed = Bezoeker.verstuur(register, "#nieuw", Map.of("naam", "Welzijnswerk", "type", "extern",
                "belang", "hoog", "invloed", "matig"));
        String naar = Bezoeker.doorverwezenNaar(goed);
        Document na = Bezoeker.open(naar.replaceFirst("#.*", ""));
        Element rij = na.selectFirst("table.stakeholders tbody tr");
        assertTrue(rij.text().contains("Welzijnswerk") && rij.selectFirst(".kwadrant").text().equals("informeren"), rij.text());
    }

    @Test
    void theGridNamesAndColoursTheQuadrantOfEveryCell() {
        long plan = Testplannen.gemeente();
        long id = Stakeholders.gescoord(plan, "College van wethouders", "zeer hoog", "hoog");
        Stakeholders.gescoord(plan, "Tolken", "laag", "matig");
        Document pagina = Bezoeker.open("/plannen/" + plan + "/stakeholdermatrix");
        assertEquals(16, pagina.select("table.stakeholdermatrix td.cel").size());
        Element cel = pagina.getElementById("cel-zeer-hoog-hoog");
        assertTrue(cel.hasClass("kwadrant-paars"));
        assertTrue(cel.text().startsWith("belangrijke speler 1"), cel.text());
        assertEquals("/plannen/" + plan + "/stakeholders/" + id, cel.selectFirst("a").attr("href"));
        assertTrue(pagina.getElementById("cel-laag-zeer-hoog").hasClass("kwadrant-zand"));
        assertTrue(pagina.getElementById("cel-laag-zeer-hoog").text().contains("tevreden houden"));
        assertTrue(pagina.getElementById("cel-zeer-hoog-laag").text().contains("informeren"));
        assertTrue(pagina.getElementById("cel-laag-matig").text().contains("monitoren 1 Tolken"));
        assertTrue(pagina.select("dl.kwadranten dd").first().text().contains("persoonlijk contact"));
        assertEquals("page", pagina.selectFirst("nav a[href$=/stakeholders]").attr("aria-current"));
        when().get("/plannen/" + plan + "/stakeholdermatrix?peildatum=gisteren").then().statusCode(400);
    }

    @Test
    void theStakeholderPageSavesTheStrategyAndLogsAContactByTheSignedInUser() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "communicatie", null, "inventariseren");
        String lid = Testgebruikers.nieuw("Sanne Lid");
        Testgebruikers.lid(plan, lid, "projectleider");
        long id = Stakeholders.gescoord(plan, "DUO", "hoog", "hoog");
        String pad = "/plannen/" + plan + "/stakeholders/" + id;
        Document pagina = Bezoeker.open(pad);
        assertTrue(pagina.getElementById("omgang").text().contains("persoonlijk contact"));
        assertTrue(pagina.getElementById("volgend-contact").text().contains("geen contact gepland"));
        Map<String, String> wijziging = new HashMap<>(Map.of("frequentie", "maandelijks", "communicatie", "overleg",
                "verantwoordelijkeId", String.valueOf(Testgebruikers.id(lid)), "actieIds", String.valueOf(actie),
                "belangen", "Tijdige melding van inburgeringsplichtigen"));
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(pagina, "#strategie", wijziging));
        when().get("/api/plannen/" + plan + "/stakeholders/" + id).then()
                .body("frequentie", equalTo("maandelijks")).body("verantwoordelijke", equalTo("Sanne Lid"))
                .body("actieIds", contains((int) actie)).body("belang", equalTo("hoog"));
        when().get("/api/plannen/" + plan + "/stakeholders/dekking").then().body("size()", equalTo(0));

        Document na = Bezoeker.open(pad);
        assertTrue(na.getElementById("actie-" + actie).hasAttr("checked"));
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(na, "#contact", Map.of("datum", "2026-11-20", "vorm", "overleg",
                "samenvatting", "Kennismaking")));
        Document metContact = Bezoeker.open(pad);
        Element rij = metContact.selectFirst("table.contacten tbody tr");
        assertTrue(rij.text().contains("20-11-2026") && rij.text().contains("overleg") && rij.text().contains("Kennismaking"),
                rij.text());
        assertTrue(metContact.getElementById("volgend-contact").text().contains("20-12-2026"));

        // unticking every action clears the links
        Map<String, String> nietsAangevinkt = new HashMap<>();
        nietsAangevinkt.put("actieIds", null);
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(metContact, "#strategie", nietsAangevinkt));
        when().get("/api/plannen/" + plan + "/stakeholders/" + id).then().body("actieIds.size()", equalTo(0));
    }

    @Test
    void aStaleStrategyFormShowsTheOtherPersonsChange() {
        long plan = Testplannen.gemeente();
        long id = Stakeholders.gescoord(plan, "IND", "laag", "laag");
        Document pagina = Bezoeker.open("/plannen/" + plan + "/stakeholders/" + id);
        Stakeholders.wijzig(plan, id, Map.of("belang", "zeer hoog", "version", 0)).statusCode(200);
        Response antwoord = Bezoeker.verstuur(pagina, "#strategie", Map.of("invloed", "hoog"));
        assertEquals(409, antwoord.statusCode());
        String melding = Bezoeker.lees(antwoord).selectFirst("[role=alert]").text();
        assertTrue(melding.contains("belang zeer hoog"), melding);
        Bezoeker.verstuur(pagina, "#contact", Map.of("datum", "2030-01-01")).then().statusCode(400);
    }

    @Test
    void duplicatesAreMergedOnTheRegister() {
        long plan = Testplannen.gemeente();
        long blijft = Stakeholders.gescoord(plan, "Bibliotheken", "hoog", "laag");
        long dubbel = Stakeholders.gescoord(plan, "Bibliotheek Weert", "matig", "laag");
        Stakeholders.gescoord(plan, "Taalmaatjes", "hoog", "laag");
        Document register = Bezoeker.open("/plannen/" + plan + "/stakeholders");
        String naar = Bezoeker.doorverwezenNaar(Bezoeker.verstuur(register, "#samenvoegen",
                Map.of("van", String.valueOf(dubbel), "in", String.valueOf(blijft))));
        assertEquals("/plannen/" + plan + "/stakeholders#stakeholder-" + blijft, naar);
        Document na = Bezoeker.open("/plannen/" + plan + "/stakeholders");
        assertEquals(List.of("Bibliotheken", "Taalmaatjes"), na.select("table.stakeholders tbody tr td:first-child a").eachText());
        assertTrue(na.getElementById("stakeholder-" + blijft).text().contains("Samengevoegd: Bibliotheek Weert"));
        Response zelf = Bezoeker.verstuur(Bezoeker.open("/plannen/" + plan + "/stakeholders"), "#samenvoegen",
                Map.of("van", String.valueOf(blijft), "in", String.valueOf(blijft)));
        assertEquals(422, zelf.statusCode());
    }

    @Test
    void theHerijkingShowsThePreviousScoresAndAsksWhyAScoreChanged() {
        long plan = Testplannen.gemeente();
        long id = Stakeholders.gescoord(plan, "VluchtelingenWerk", "hoog", "matig");
        Stakeholders.voegToe(plan, Map.of("naam", "Nog ongescoord")).statusCode(201);
        String pad = "/plannen/" + plan + "/stakeholders/herijking";
        Document pagina = Bezoeker.open(pad);
        Element rij = pagina.getElementById("herijk-" + id);
        assertTrue(rij.text().contains("belang hoog, invloed matig") && rij.text().contains("informeren"), rij.text());
        assertEquals("matig", rij.selectFirst("#invloed-" + id + " option[selected]").attr("value"));

        Map<String, String> zonderReden = new HashMap<>(Map.of("aanwezigen", "Els, Jan", "invloed-" + id, "hoog"));
        Response geweigerd = Bezoeker.verstuur(pagina, "#herijking", zonderReden);
        assertEquals(400, geweigerd.statusCode());
        Document opnieuw = Bezoeker.lees(geweigerd);
        assertTrue(opnieuw.selectFirst("#herijk-" + id + " .foutmelding").text().contains("verplicht"));
        assertEquals("hoog", opnieuw.selectFirst("#invloed-" + id + " option[selected]").attr("value"));

        zonderReden.put("reden-" + id, "Zit nu in de stuurgroep");
        assertEquals("/plannen/" + plan + "/stakeholdermatrix",
                Bezoeker.doorverwezenNaar(Bezoeker.verstuur(pagina, "#herijking", zonderReden)));
        when().get("/api/plannen/" + plan + "/stakeholders/" + id).then().body("kwadrant", equalTo("belangrijke speler"))
                .body("herijktOp", equalTo("2026-11-23"));
        Document matrix = Bezoeker.open("/plannen/" + plan + "/stakeholdermatrix");
        assertNotNull(matrix.getElementById("laatste-herijking"));
        assertTrue(Bezoeker.open(pad).text().contains("Zit nu in de stuurgroep"));
    }

    @Test
    void aContactAndAStakeholderAreDeletedAndRestoredOnTheirPage() {
        long plan = Testplannen.gemeente();
        long id = Stakeholders.gescoord(plan, "GGD-instellingen", "matig", "matig");
        Number contact = Stakeholders.contact(plan, id, Map.of("datum", "2026-11-02", "samenvatting", "Eerste gesprek"))
                .statusCode(201).extract().path("id");
        String pad = "/plannen/" + plan + "/stakeholders/" + id;
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(Bezoeker.open(pad),
                "form[action$=/contacten/" + contact + "/verwijder]", Map.of()));
        Document na = Bezoeker.open(pad);
        assertTrue(na.select("table.contacten").isEmpty());
        assertTrue(na.getElementById("verwijderd-contact-" + contact).text().contains("Eerste gesprek"));
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(na, "#verwijderd-contact-" + contact + " form", Map.of()));
        assertNotNull(Bezoeker.open(pad).getElementById("contact-" + contact));

        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(Bezoeker.open(pad), "#verwijder", Map.of()));
        assertTrue(Bezoeker.open("/plannen/" + plan + "/stakeholders").getElementById("verwijderd-" + id).text()
                .contains("GGD-instellingen"));
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(Bezoeker.open(pad), "#herstel", Map.of()));
        when().get("/api/plannen/" + plan + "/stakeholders/" + id).then().body("verwijderd", equalTo(false));
    }

    @Test
    void aLezerSeesThePagesButCannotPost() {
        long plan = Testplannen.gemeente();
        String lezer = Testgebruikers.nieuw("Lees Pagina");
        Testgebruikers.lid(plan, lezer, "lezer");
        try {
            Testgebruikers.als(lezer, Testgebruikers.WACHTWOORD);
            Document register = Bezoeker.open("/plannen/" + plan + "/stakeholders");
            assertNull(register.selectFirst("#nieuw"), "a lezer is offered no form to add a stakeholder");
            // and a post made anyway, with the session's own token, is refused
            given().contentType(io.restassured.http.ContentType.URLENC)
                    .formParams(Map.of("naam", "Tolken", "type", "extern", "_csrf", Bezoeker.csrf(register)))
                    .redirects().follow(false).post("/plannen/" + plan + "/stakeholders").then().statusCode(403);
        } finally {
            Testgebruikers.alsBeheerder();
        }
    }
}
