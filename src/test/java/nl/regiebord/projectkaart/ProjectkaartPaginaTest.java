package nl.regiebord.projectkaart;

import io.quarkus.test.junit.QuarkusTest;
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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ProjectkaartPaginaTest {

    @Test
    void theHistoryShowsTheFormsLabelsTheActionsNamesAndEuros() {
        long plan = Testplannen.gemeente();
        long inventariseren = Testplannen.actie(plan, "inkoop", null, "inventariseren");
        long keuze = Testplannen.actie(plan, "inkoop", null, "keuze maken");
        long kaart = Kaarten.nieuw(plan, Map.of("thema", "inkoop", "titel", "Inkoop leerroutes"));
        Kaarten.wijzig(plan, kaart, Map.of("version", Kaarten.versie(plan, kaart),
                "risicosEnVoorwaarden", "Capaciteit inkoop", "investeringBedrag", 45000,
                "actieIds", List.of(inventariseren, keuze))).statusCode(200);

        Document pagina = Bezoeker.open("/plannen/" + plan + "/projectkaarten/" + kaart);
        Map<String, String> historie = new HashMap<>();
        for (Element rij : pagina.select("#historie tbody tr")) {
            historie.put(rij.child(2).text(), rij.child(4).text());
        }
        assertEquals("Capaciteit inkoop", historie.get("Risico's en voorwaarden"), historie.toString());
        assertEquals("€ 45.000,00", historie.get("Investering: bedrag in euro"), historie.toString());
        assertEquals("inventariseren, keuze maken", historie.get("Acties uit de tijdtafel"), historie.toString());
        assertTrue(pagina.selectFirst("#historie").text().matches("(?s)^((?!risicosEnVoorwaarden|45000).)*$"),
                pagina.selectFirst("#historie").text());

        Document activiteit = Bezoeker.open("/plannen/" + plan + "/activiteit");
        String tekst = activiteit.selectFirst("#activiteit").text();
        assertTrue(tekst.contains("Risico's en voorwaarden") && tekst.contains("€ 45.000,00")
                && tekst.contains("inventariseren, keuze maken"), tekst);
        assertTrue(!tekst.contains("risicosEnVoorwaarden") && !tekst.contains("45000"), tekst);
        // the API keeps the recorded names and values
        given().get("/api/plannen/" + plan + "/activiteit").then().statusCode(200)
                .body("find { it.veld == 'risicosEnVoorwaarden' }.nieuw", equalTo("Capaciteit inkoop"))
                .body("find { it.veld == 'investering (euro)' }.nieuw", equalTo("45000.00"));
    }

    @Test
    void lineBreaksTypedInALongFieldAreKeptWhenShown() {
        long plan = Testplannen.gemeente();
        long kaart = Kaarten.nieuw(plan, Map.of("thema", "inkoop", "titel", "Inkoop leerroutes",
                "aanpak", "1. Marktconsultatie\n2. Aanbesteding\n\nDaarna: <b>gunning</b>",
                "risicosEnVoorwaarden", "Capaciteit inkoop\nTijdige besluitvorming"));
        Document pagina = Bezoeker.open("/plannen/" + plan + "/projectkaarten/" + kaart);
        Element aanpak = pagina.selectFirst("#stap-2-deel tr:has(th:contains(Aanpak)) td p");
        assertEquals("1. Marktconsultatie\n2. Aanbesteding", aanpak.wholeText());
        assertTrue(aanpak.hasClass("vrije-tekst"), aanpak.outerHtml());
        Element daarna = aanpak.nextElementSibling();
        assertEquals("Daarna: <b>gunning</b>", daarna.wholeText(), "als tekst, nooit als HTML");
        assertTrue(daarna.hasClass("vrije-tekst"));
        assertEquals("Capaciteit inkoop\nTijdige besluitvorming",
                pagina.selectFirst("#stap-2-deel tr:has(th:contains(voorwaarden)) td p.vrije-tekst").wholeText());
        String css = given().get("/static/regiebord.css").asString();
        assertTrue(css.matches("(?s).*\\.vrije-tekst \\{ white-space: pre-line; }.*"), "de regels blijven staan");
    }

    @Test
    void theOverviewGroupsCardsByThemeAndFlagsThemesWithoutOne() {
        long plan = Testplannen.gemeente();
        long kaart = Kaarten.nieuw(plan, Map.of("titel", "Aanbesteding leerroutes",
                "mijlpalen", List.of(Map.of("omschrijving", "Gunning", "datum", "2031-06-30"))));
        Document pagina = Bezoeker.open("/plannen/" + plan + "/projectkaarten");
        assertEquals("page", pagina.selectFirst("nav a[href$=/projectkaarten]").attr("aria-current"));
        Element inkoop = pagina.getElementById("thema-inkoop").parent();
        Element rij = inkoop.getElementById("kaart-" + kaart);
        assertNotNull(rij, inkoop.text());
        assertTrue(rij.text().contains("Aanbesteding leerroutes") && rij.text().contains("7%")
                && rij.text().contains("Gunning (30-06-2031)") && rij.text().contains("0 van 1"), rij.text());
        assertTrue(rij.text().contains("Projectmanager, Projectleider, Aanleiding"), rij.text());
        assertNull(inkoop.selectFirst(".geen-kaart"));
        assertTrue(pagina.getElementById("thema-beleid").parent().selectFirst(".geen-kaart").text()
                .contains("Geen projectkaart"));
    }

    @Test
    void aCardMadeOnTheOverviewIsFilledInStepByStepAndPrintsInTheFourSteps() {
        long plan = Testplannen.gemeente();
        Response gemaakt = Bezoeker.verstuur(Bezoeker.open("/plannen/" + plan + "/projectkaarten"), "#nieuw",
                Map.of("thema", "financien", "titel", "Begroting inburgering"));
        String stap1 = Bezoeker.doorverwezenNaar(gemaakt);
        assertTrue(stap1.matches("/plannen/" + plan + "/projectkaarten/\\d+/stap/1"), stap1);
        String kaartpad = stap1.replace("/stap/1", "");

        String terug = Bezoeker.doorverwezenNaar(Bezoeker.verstuur(Bezoeker.open(stap1), "#stap",
                Map.of("projectmanager", "Els Pieters", "projectleider", "Karim Bouzid")));
        assertEquals(kaartpad + "#stap-1", terug);

        Map<String, String> stap2 = new HashMap<>(Map.of("aanleiding", "De rijksbijdrage verandert.",
                "doel", "Een sluitende begroting voor 2022.", "investeringBedrag", "25.000,50", "smart", "meetbaar"));
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(Bezoeker.open(kaartpad + "/stap/2"), "#stap", stap2));

        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(Bezoeker.open(kaartpad + "/stap/3"), "#mijlpaal-nieuw",
                Map.of("omschrijving", "Begroting vastgesteld", "datum", "2031-11-15")));
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(Bezoeker.open(kaartpad + "/stap/4"), "#stap",
                Map.of("borgen", "In de P&C-cyclus")));

        given().get("/api" + kaartpad).then().statusCode(200)
                .body("projectmanager", equalTo("Els Pieters")).body("investeringBedrag", equalTo(25000.5f))
                .body("smart", contains("meetbaar")).body("mijlpalen[0].datum", equalTo("2031-11-15"))
                .body("borgen", equalTo("In de P&C-cyclus"));

        Document kaart = Bezoeker.open(kaartpad);
        List<String> koppen = kaart.select("section.kaartstap h2").eachText();
        assertEquals(List.of("Stap 1 · Implementatie", "Stap 2 · Omschrijving", "Stap 3 · Mijlpalen",
                "Stap 4 · Verandering"), koppen);
        assertTrue(kaart.getElementById("stap-2-deel").text().contains("€ 25.000,50"));
        assertTrue(kaart.getElementById("stap-3-deel").text().contains("15-11-2031"));
        assertTrue(kaart.getElementById("volledigheid").text().contains("Nog leeg: Doel SMART geformuleerd, Aanpak"),
                kaart.getElementById("volledigheid").text());
        assertEquals(kaartpad + "/stap/4", kaart.selectFirst("#volledigheid a:contains(Inzetten)").attr("href"));
        String historie = kaart.getElementById("historie").text();
        assertTrue(historie.contains("Projectmanager") && historie.contains("Els Pieters")
                && historie.contains("Begroting vastgesteld"), historie);
        // a checkbox left unticked on the step 2 form is no longer ticked
        Document tweede = Bezoeker.open(kaartpad + "/stap/2");
        assertTrue(tweede.getElementById("smart-meetbaar").hasAttr("checked"));
        Map<String, String> zonder = new HashMap<>();
        zonder.put("smart", null);
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(tweede, "#stap", zonder));
        given().get("/api" + kaartpad).then().body("smart", org.hamcrest.Matchers.empty());
    }

    @Test
    void aRefusedStepKeepsWhatWasTypedAndMarksTheField() {
        long plan = Testplannen.gemeente();
        long kaart = Kaarten.nieuw(plan, Map.of());
        String pad = "/plannen/" + plan + "/projectkaarten/" + kaart;
        Response antwoord = Bezoeker.verstuur(Bezoeker.open(pad + "/stap/2"), "#stap",
                Map.of("aanleiding", "Getypte aanleiding", "investeringBedrag", "heel veel"));
        assertEquals(400, antwoord.statusCode());
        Document pagina = Bezoeker.lees(antwoord);
        Element bedrag = pagina.getElementById("investeringBedrag");
        assertEquals("true", bedrag.attr("aria-invalid"));
        assertTrue(bedrag.attr("aria-describedby").contains("investeringBedrag-fout"));
        assertTrue(pagina.getElementById("investeringBedrag-fout").text().contains("bedrag in euro"));
        assertEquals("heel veel", bedrag.attr("value"));
        assertEquals("Getypte aanleiding", pagina.getElementById("aanleiding").text());
        Kaarten.lees(plan, kaart).body("aanleiding", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aNewCardWithoutATitleIsRefusedOnTheOverviewWithTheThemeKept() {
        long plan = Testplannen.gemeente();
        Response antwoord = Bezoeker.verstuur(Bezoeker.open("/plannen/" + plan + "/projectkaarten"), "#nieuw",
                Map.of("thema", "werkprocessen", "titel", " "));
        assertEquals(400, antwoord.statusCode());
        Document pagina = Bezoeker.lees(antwoord);
        assertEquals("true", pagina.getElementById("titel").attr("aria-invalid"));
        assertTrue(pagina.getElementById("titel-fout").text().contains("verplicht"));
        assertEquals("werkprocessen", pagina.selectFirst("#thema option[selected]").attr("value"));
        given().get("/api/plannen/" + plan + "/projectkaarten").then().body("", org.hamcrest.Matchers.empty());
        long kaart = Kaarten.nieuw(plan, Map.of());
        given().redirects().follow(false).get("/plannen/" + plan + "/projectkaarten/" + kaart + "/stap/5").then()
                .statusCode(404);
    }

    @Test
    void aMilestonePostponedWithoutAReasonIsRefusedAtItsField() {
        long plan = Testplannen.gemeente();
        long kaart = Kaarten.nieuw(plan, Map.of("mijlpalen", List.of(Map.of("omschrijving", "Gunning", "datum", "2031-06-30"))));
        String pad = "/plannen/" + plan + "/projectkaarten/" + kaart + "/stap/3";
        Document pagina = Bezoeker.open(pad);
        long mijlpaal = ((Number) Kaarten.lees(plan, kaart).extract().path("mijlpalen[0].id")).longValue();
        Response antwoord = Bezoeker.verstuur(pagina, "#mijlpaal-" + mijlpaal,
                Map.of("status", "uitgesteld", "nieuweDatum", "2031-09-30"));
        assertEquals(400, antwoord.statusCode());
        Document fout = Bezoeker.lees(antwoord);
        Element reden = fout.getElementById("reden-" + mijlpaal);
        assertEquals("true", reden.attr("aria-invalid"));
        assertTrue(fout.getElementById("reden-" + mijlpaal + "-fout").text().contains("verplicht"));
        assertEquals("2031-09-30", fout.getElementById("nieuweDatum-" + mijlpaal).attr("value"));
        assertEquals("uitgesteld", fout.selectFirst("#status-" + mijlpaal + " option[selected]").attr("value"));

        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(fout, "#mijlpaal-" + mijlpaal,
                Map.of("reden", "Bezwaar van een inschrijver")));
        Kaarten.mijlpaal(plan, kaart, Map.of("omschrijving", "Marktconsultatie", "datum", "2031-01-31")).statusCode(201);
        Document lijst = Bezoeker.open(pad);
        assertNull(lijst.getElementById("omhoog-" + mijlpaal), "de eerste mijlpaal kan niet omhoog");
        Element omhoog = lijst.selectFirst("form[id^=omhoog-]");
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(lijst, "#" + omhoog.id(), Map.of()));
        Kaarten.lees(plan, kaart).body("mijlpalen.omschrijving", contains("Marktconsultatie", "Gunning"))
                .body("mijlpalen[1].status", equalTo("uitgesteld"))
                .body("mijlpalen[1].reden", equalTo("Bezwaar van een inschrijver"));
        Document kaartpagina = Bezoeker.open("/plannen/" + plan + "/projectkaarten/" + kaart);
        assertTrue(kaartpagina.getElementById("mijlpaal-" + mijlpaal).text()
                .contains("uitgesteld 30-09-2031 Bezwaar van een inschrijver"));
    }

    @Test
    void aStaleStepFormShowsTheOtherChangeAndCarriesTheNewVersion() {
        long plan = Testplannen.gemeente();
        long kaart = Kaarten.nieuw(plan, Map.of());
        String pad = "/plannen/" + plan + "/projectkaarten/" + kaart + "/stap/4";
        Document oud = Bezoeker.open(pad);
        Kaarten.wijzig(plan, kaart, Map.of("borgen", "Van een collega", "version", 0)).statusCode(200);
        Response antwoord = Bezoeker.verstuur(oud, "#stap", Map.of("borgen", "Van mij"));
        assertEquals(409, antwoord.statusCode());
        Document pagina = Bezoeker.lees(antwoord);
        assertEquals("Van mij", pagina.getElementById("borgen").text());
        assertTrue(pagina.text().contains("Intussen opgeslagen: Van een collega"));
        assertEquals("1", pagina.selectFirst("#stap input[name=version]").attr("value"));
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(pagina, "#stap", Map.of()));
        Kaarten.lees(plan, kaart).body("borgen", equalTo("Van mij"));
    }

    @Test
    void aReaderSeesTheCardButMayNotPostAndAStrangerGets404() {
        long plan = Testplannen.gemeente();
        long kaart = Kaarten.nieuw(plan, Map.of());
        String lezer = Testgebruikers.nieuw("Lezer");
        Testgebruikers.lid(plan, lezer, "lezer");
        Testgebruikers.als(lezer, Testgebruikers.WACHTWOORD);
        Document pagina = Bezoeker.open("/plannen/" + plan + "/projectkaarten/" + kaart + "/stap/4");
        assertEquals(403, Bezoeker.verstuur(pagina, "#stap", Map.of("borgen", "x")).statusCode());
        Testgebruikers.als(Testgebruikers.nieuw("Vreemde"), Testgebruikers.WACHTWOORD);
        given().redirects().follow(false).get("/plannen/" + plan + "/projectkaarten").then().statusCode(404);
    }
}
