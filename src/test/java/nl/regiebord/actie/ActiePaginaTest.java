package nl.regiebord.actie;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ActiePaginaTest {

    @Test
    void aStepIsTickedAndUntickedWithOneButton() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "werkprocessen", null, "testen");
        String pad = "/plannen/" + plan + "/acties/" + actie;
        Document pagina = Bezoeker.open(pad);
        assertEquals(1, pagina.select("ul.stappen > li").size());
        String stap = pagina.selectFirst("ul.stappen > li").id();
        Response antwoord = Bezoeker.verstuur(pagina, "#" + stap + " form", Map.of());
        assertEquals(pad + "#" + stap, Bezoeker.doorverwezenNaar(antwoord));
        Document daarna = Bezoeker.open(pad);
        assertEquals("✓", daarna.selectFirst("#" + stap + " .vink").text());
        assertTrue(daarna.selectFirst("#" + stap + " button").text().startsWith("Afgevinkt – ongedaan maken"));
        assertTrue(daarna.selectFirst("#historie-kop").parent().text().contains("stap 1 (Test) afgevinkt"));
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(daarna, "#" + stap + " form", Map.of()));
        assertEquals("☐", Bezoeker.open(pad).selectFirst("#" + stap + " .vink").text());
    }

    @Test
    void anActionWhoseFaseAndNameAreRegiebordsOwnSaysSoAndWhatTheModelSays() {
        long plan = Testplannen.gemeente();
        long eigen = Testplannen.actie(plan, "communicatie", "communicatie", "boodschap en middelen bepalen");
        Document pagina = Bezoeker.open("/plannen/" + plan + "/acties/" + eigen);
        var label = pagina.selectFirst("#eigen-aanvulling .eigen-aanvulling");
        assertNotNull(label, pagina.text());
        assertEquals("eigen aanvulling Regiebord", label.text());
        String uitleg = "Fase en actienaam zijn een eigen aanvulling van Regiebord: § 2.5 van het model heeft geen "
                + "tijdtafel en noemt hier alleen de stap 'Bepaal'.";
        assertEquals(uitleg, label.attr("title"));
        assertTrue(pagina.selectFirst("#eigen-aanvulling").text().endsWith(uitleg), "zichtbaar, niet alleen als tooltip");
        assertTrue(pagina.selectFirst("dl.gegevens").text().contains("(eigen aanvulling Regiebord, niet uit het model)"));

        long model = Testplannen.actie(plan, "beleid", "verordening", "verordening vaststellen");
        assertNull(Bezoeker.open("/plannen/" + plan + "/acties/" + model).selectFirst(".eigen-aanvulling"));
        Document tijdtafel = Bezoeker.open("/plannen/" + plan + "/tijdtafel");
        assertNotNull(tijdtafel.selectFirst("#actie-" + eigen + " .eigen-aanvulling[title]"));
        assertNull(tijdtafel.selectFirst("#actie-" + model + " .eigen-aanvulling"));
    }

    /** The owner field suggests the plan's members; a chosen member's name links the action to them. */
    @Test
    void anOwnerChosenFromTheMembersFindsTheActionInTheirOwnList() {
        long plan = Testplannen.gemeente();
        String gebruiker = nl.regiebord.security.Testgebruikers.nieuw("Yara Mertens");
        nl.regiebord.security.Testgebruikers.lid(plan, gebruiker, "projectleider");
        long actie = Testplannen.actie(plan, "beleid", "verordening", "verordening vaststellen");
        Document pagina = Bezoeker.open("/plannen/" + plan + "/acties/" + actie);
        assertEquals("plan-leden", pagina.getElementById("verantwoordelijke").attr("list"));
        assertTrue(pagina.select("datalist#plan-leden option").eachAttr("value").contains("Yara Mertens"));
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(pagina, "form#actie", Map.of("verantwoordelijke", "Yara Mertens")));
        try {
            nl.regiebord.security.Testgebruikers.als(gebruiker, nl.regiebord.security.Testgebruikers.WACHTWOORD);
            Document mijn = Bezoeker.open("/mijn-acties");
            assertTrue(mijn.select("#mijn-acties tbody a").eachAttr("href")
                    .contains("/plannen/" + plan + "/acties/" + actie), mijn.text());
        } finally {
            nl.regiebord.security.Testgebruikers.alsBeheerder();
        }
    }

    /** After a save the next page says so once, at the time of saving; a reload does not repeat it. */
    @Test
    void aSaveIsConfirmedOnceOnThePageThatFollows() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "beleid", "verordening", "verordening vaststellen");
        String pad = "/plannen/" + plan + "/acties/" + actie;
        Response opslaan = Bezoeker.verstuur(Bezoeker.open(pad), "form#actie", Map.of("toelichting", "Besproken"));
        String naar = Bezoeker.doorverwezenNaar(opslaan);
        String cookie = opslaan.getCookie("regiebord-opgeslagen");
        assertNotNull(cookie, "de doorverwijzing na het opslaan zet de melding klaar");
        Response daarna = io.restassured.RestAssured.given().cookie("regiebord-opgeslagen", cookie).get(naar);
        Document pagina = Bezoeker.lees(daarna);
        assertEquals("Opgeslagen om 10:00.", pagina.getElementById("opgeslagen").text());
        assertTrue(daarna.getHeaders().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("regiebord-opgeslagen=;") && c.contains("Max-Age=0")),
                "de melding wordt één keer getoond: " + daarna.getHeaders().getValues("Set-Cookie"));
        assertNull(Bezoeker.open(pad).getElementById("opgeslagen"), "zonder opslaan geen melding");
    }

    @Test
    void aHandSetDeadlineCanGoBackToTheModelsDate() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "beleid", "verordening", "verordening vaststellen");
        String pad = "/plannen/" + plan + "/acties/" + actie;
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(Bezoeker.open(pad), "form#actie",
                Map.of("deadline", "2021-12-14", "toelichting", "Raadsvergadering december")));
        Document pagina = Bezoeker.open(pad);
        assertTrue(pagina.selectFirst("dl.gegevens").text().contains("14 december 2021 (eigen datum)"));
        assertEquals("Raadsvergadering december", pagina.selectFirst("#toelichting").text());
        assertTrue(pagina.selectFirst("#historie-kop").parent().text().contains("deadline 31-10-2021 14-12-2021"),
                pagina.selectFirst("#historie-kop").parent().text());
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(pagina, "form:has(button:contains(Terug naar de datum))", Map.of()));
        Document terug = Bezoeker.open(pad);
        assertTrue(terug.selectFirst("dl.gegevens").text().contains("31 oktober 2021"), terug.selectFirst("dl.gegevens").text());
        assertNull(terug.selectFirst("form:has(button:contains(Terug naar de datum))"));
    }

    @Test
    void aRefusedChangeKeepsWhatWasTyped() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "uitvoeren");
        String pad = "/plannen/" + plan + "/acties/" + actie;
        Response antwoord = Bezoeker.verstuur(Bezoeker.open(pad), "form#actie",
                Map.of("deadline", "31-12-2021", "toelichting", "Nog af te stemmen met de regio"));
        assertEquals(400, antwoord.statusCode());
        Document pagina = Bezoeker.lees(antwoord);
        assertTrue(pagina.selectFirst("#deadline-fout").text().contains("geen geldige datum"));
        assertEquals("31-12-2021", pagina.selectFirst("#deadline").attr("value"));
        assertEquals("Nog af te stemmen met de regio", pagina.selectFirst("#toelichting").text());
    }

    @Test
    void aConflictShowsTheOtherPersonsChangeBesideYours() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "uitvoeren");
        String pad = "/plannen/" + plan + "/acties/" + actie;
        org.jsoup.nodes.Document oud = Bezoeker.open(pad);
        io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("toelichting", "Van de collega", "deadline", "2021-12-01", "version", 0))
                .patch("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(200);
        Response antwoord = Bezoeker.verstuur(oud, "form#actie", Map.of("toelichting", "Van mij"));
        assertEquals(409, antwoord.statusCode());
        Document pagina = Bezoeker.lees(antwoord);
        String melding = pagina.selectFirst("[role=alert]").text();
        assertTrue(melding.contains("Toelichting: Van de collega"), melding);
        assertTrue(melding.contains("Deadline: 2021-12-01"), melding);
        assertTrue(melding.contains("Toelichting: Van mij"), melding);
        assertEquals("Van mij", pagina.selectFirst("#toelichting").text());
        assertEquals("1", pagina.selectFirst("form#actie input[name=version]").attr("value"));
    }

    @Test
    void eachGemeenteRecordsItsDecisionOnThePage() {
        long plan = Testplannen.samenwerkingsverband();
        long actie = Testplannen.actie(plan, "beleid", "verordening", "verordening vaststellen");
        String pad = "/plannen/" + plan + "/acties/" + actie;
        Document pagina = Bezoeker.open(pad);
        assertEquals(3, pagina.select("tr[id^=besluit-]").size());
        String besluit = pagina.select("tr[id^=besluit-]").get(1).id();
        String nummer = besluit.substring("besluit-".length());
        Bezoeker.doorverwezenNaar(Bezoeker.verstuur(pagina, "#fb-" + nummer,
                Map.of("status", "besloten", "datum", "2021-10-12", "orgaan", "raad")));
        Document daarna = Bezoeker.open(pad);
        assertTrue(daarna.selectFirst("#besluiten-kop").text().contains("1 van 3 gemeenten"));
        assertNotNull(daarna.selectFirst("#besluit-status-" + nummer + " option[value=besloten][selected]"));
        assertEquals("2021-10-12", daarna.selectFirst("#besluit-datum-" + nummer).attr("value"));
        assertTrue(daarna.selectFirst("dl.gegevens").text().contains("bezig"));
    }
}
