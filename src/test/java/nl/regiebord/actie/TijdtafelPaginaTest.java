package nl.regiebord.actie;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regiebord.klok.VerstelbareKlok;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class TijdtafelPaginaTest {

    @Inject
    VerstelbareKlok klok;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    @Test
    void statusAndVerantwoordelijkeAreChangedInPlaceWithoutJavaScript() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "keuze maken");
        Document tijdtafel = Bezoeker.open("/plannen/" + plan + "/tijdtafel");
        Response antwoord = Bezoeker.verstuur(tijdtafel, "#f-" + actie,
                Map.of("status", "bezig", "verantwoordelijke", "Inkoopadviseur"));
        assertEquals("/plannen/" + plan + "/tijdtafel#actie-" + actie, Bezoeker.doorverwezenNaar(antwoord));
        Document daarna = Bezoeker.open("/plannen/" + plan + "/tijdtafel");
        assertEquals("bezig", daarna.selectFirst("#status-" + actie + " option[selected]").attr("value"));
        assertEquals("Inkoopadviseur", daarna.selectFirst("#verantwoordelijke-" + actie).attr("value"));
        given().get("/api/plannen/" + plan + "/acties/" + actie).then()
                .body("status", org.hamcrest.Matchers.equalTo("bezig"));
    }

    @Test
    void aConflictShowsTheOtherPersonsChangeBesideWhatWasTyped() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "keuze maken");
        Document oud = Bezoeker.open("/plannen/" + plan + "/tijdtafel");
        given().contentType(ContentType.JSON).body(Map.of("status", "afgerond", "verantwoordelijke", "Collega", "version", 0))
                .patch("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(200);
        Response antwoord = Bezoeker.verstuur(oud, "#f-" + actie, Map.of("status", "bezig", "verantwoordelijke", "Ik"));
        assertEquals(409, antwoord.statusCode());
        Document pagina = Bezoeker.lees(antwoord);
        String melding = pagina.selectFirst("tr.conflict").text();
        assertTrue(melding.contains("Iemand anders heeft deze actie intussen gewijzigd"), melding);
        assertTrue(melding.contains("status afgerond"), melding);
        assertTrue(melding.contains("verantwoordelijke Collega"), melding);
        assertEquals("Ik", pagina.selectFirst("#verantwoordelijke-" + actie).attr("value"));
        assertEquals("bezig", pagina.selectFirst("#status-" + actie + " option[selected]").attr("value"));
        given().get("/api/plannen/" + plan + "/acties/" + actie).then()
                .body("verantwoordelijke", org.hamcrest.Matchers.equalTo("Collega"));
    }

    @Test
    void teLaatIsShownInWordsAndTheFiltersNarrowTheTable() {
        long plan = Testplannen.gemeente();
        klok.zet(LocalDate.of(2021, 5, 15));
        Document alles = Bezoeker.open("/plannen/" + plan + "/tijdtafel");
        long keuze = Testplannen.actie(plan, "inkoop", null, "keuze maken");
        Element rij = alles.selectFirst("#actie-" + keuze);
        assertTrue(rij.hasClass("te-laat"));
        assertFalse(rij.selectFirst("[data-te-laat]").hasAttr("hidden"));
        assertEquals("te laat", rij.selectFirst("[data-te-laat]").text());
        long uitvoeren = Testplannen.actie(plan, "inkoop", null, "uitvoeren");
        assertTrue(alles.selectFirst("#actie-" + uitvoeren + " [data-te-laat]").hasAttr("hidden"));

        Document inkoop = Bezoeker.open("/plannen/" + plan + "/tijdtafel?thema=inkoop&teLaat=true");
        assertEquals(List.of("Inkoop"), inkoop.select("main h2[id^=tt-]").eachText());
        assertEquals(2, inkoop.select("tr[id^=actie-]").size());
        assertNotNull(inkoop.selectFirst("#filter-thema option[value=inkoop][selected]"));
    }

    @Test
    void aChangeFromAFilteredTableReturnsToTheSameFilter() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "uitvoeren");
        Document inkoop = Bezoeker.open("/plannen/" + plan + "/tijdtafel?thema=inkoop");
        Response antwoord = Bezoeker.verstuur(inkoop, "#f-" + actie, Map.of("status", "nvt"));
        assertEquals("/plannen/" + plan + "/tijdtafel?thema=inkoop#actie-" + actie, Bezoeker.doorverwezenNaar(antwoord));
    }

    @Test
    void anOwnActionIsAddedThroughTheFormAndRefusedWithoutText() {
        long plan = Testplannen.gemeente();
        Document tijdtafel = Bezoeker.open("/plannen/" + plan + "/tijdtafel");
        Response fout = Bezoeker.verstuur(tijdtafel, "form[action$=/tijdtafel/acties]",
                Map.of("thema", "communicatie", "fase", "uitvoerende fase", "actie", "", "deadline", "2021-11-15"));
        assertEquals(400, fout.statusCode());
        Document foutpagina = Bezoeker.lees(fout);
        assertEquals("is verplicht", foutpagina.selectFirst("#nieuw-actie-fout").text());
        assertEquals("2021-11-15", foutpagina.selectFirst("#nieuw-deadline").attr("value"));
        assertNotNull(foutpagina.selectFirst("#nieuw-thema option[value=communicatie][selected]"));

        Response goed = Bezoeker.verstuur(tijdtafel, "form[action$=/tijdtafel/acties]",
                Map.of("thema", "communicatie", "onderdeel", "voorlichting", "fase", "uitvoerende fase",
                        "actie", "FAQ over inburgering op de website", "deadline", "2021-11-15"));
        String naar = Bezoeker.doorverwezenNaar(goed);
        Document daarna = Bezoeker.open(naar.substring(0, naar.indexOf('#')));
        String id = naar.substring(naar.indexOf('#') + 1);
        assertTrue(daarna.selectFirst("#" + id).text().contains("FAQ over inburgering op de website (eigen actie)"));
    }

    @Test
    void thePagesScriptSavesARowAndGetsTheActionBack() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "uitvoeren");
        String token = Bezoeker.csrf(Bezoeker.open("/plannen/" + plan + "/tijdtafel"));
        given().header("X-Regiebord", "inline").accept(ContentType.JSON).contentType(ContentType.URLENC)
                .formParams(new HashMap<>(Map.of("status", "bezig", "verantwoordelijke", "", "version", "0",
                        "_csrf", token)))
                .post("/plannen/" + plan + "/tijdtafel/acties/" + actie).then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("status", org.hamcrest.Matchers.equalTo("bezig")).body("version", org.hamcrest.Matchers.equalTo(1));
        given().header("X-Regiebord", "inline").contentType(ContentType.URLENC)
                .formParams(Map.of("status", "open", "version", "0", "_csrf", token))
                .post("/plannen/" + plan + "/tijdtafel/acties/" + actie).then().statusCode(409);
    }

    @Test
    void aBadFilterIsExplained() {
        long plan = Testplannen.gemeente();
        Response antwoord = given().get("/plannen/" + plan + "/tijdtafel?thema=ict");
        assertEquals(400, antwoord.statusCode());
        assertTrue(antwoord.asString().contains("&#39;ict&#39; is geen thema van het model")
                || antwoord.asString().contains("'ict' is geen thema van het model"), antwoord.asString());
        assertNull(Bezoeker.lees(antwoord).selectFirst("pre"));
    }
}
