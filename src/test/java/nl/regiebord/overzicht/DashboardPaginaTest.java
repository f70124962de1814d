package nl.regiebord.overzicht;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.regiebord.klok.VerstelbareKlok;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DashboardPaginaTest {

    @Inject
    VerstelbareKlok klok;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    @Test
    void theDashboardShowsProgressLateActionsAndComingDeadlines() {
        long plan = Testplannen.maak(List.of("Cranendonck", "Nederweert", "Weert"), "2022-01-01", true);
        klok.zet(LocalDate.of(2021, 4, 15));
        Document pagina = Bezoeker.open("/plannen/" + plan);
        String financien = pagina.selectFirst("#thema-financien").parent().text();
        assertTrue(financien.contains("83% afgerond: 5 van 6"), financien);
        assertEquals("Financiën: 5 van 6 afgerond (83%), 0 bezig, 1 open, 0 niet van toepassing",
                pagina.selectFirst("#thema-financien").parent().selectFirst("svg").attr("aria-label"));
        assertTrue(pagina.selectFirst("#te-laat-kop").text().contains("Te laat (3)"));
        // grouped by how late, each with who is responsible
        var groepen = pagina.select("#te-laat details.laatgroep");
        assertEquals(3, groepen.stream().mapToInt(g -> g.select("tbody tr").size()).sum());
        assertTrue(groepen.get(0).hasAttr("open"), "de recentste groep staat open");
        assertEquals("Verantwoordelijke", groepen.get(0).select("thead th").get(2).text());
        List<String> komend = pagina.selectFirst("#komend-kop").parent().select("tbody td.datum").eachText();
        assertEquals(10, komend.size());
        assertEquals("30-04-2021", komend.get(0));
        String besluiten = pagina.selectFirst("#besluiten-kop").parent().text();
        assertTrue(besluiten.contains("Nederweert (5)"), besluiten);
    }

    @Test
    void theDownloadButtonGivesTheBijlage1Workbook() {
        long plan = Testplannen.gemeente();
        for (String pad : List.of("/plannen/" + plan, "/plannen/" + plan + "/tijdtafel")) {
            String href = Bezoeker.open(pad).selectFirst("a[download]").attr("href");
            given().get(href).then().statusCode(200)
                    .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .header("Content-Disposition", org.hamcrest.Matchers.containsString("Bijlage1-"));
        }
    }

    @Test
    void changingTheInwerkingtredingShowsWhatMoved() {
        long plan = Testplannen.gemeente();
        Document pagina = Bezoeker.open("/plannen/" + plan);
        Response antwoord = Bezoeker.verstuur(pagina, "form[action$=/inwerkingtreding]", Map.of("inwerkingtreding", "2022-07-01"));
        assertEquals(200, antwoord.statusCode());
        Document daarna = Bezoeker.lees(antwoord);
        String melding = daarna.selectFirst("[role=status].melding").text();
        assertTrue(melding.contains("De inwerkingtreding is nu 1 juli 2022"), melding);
        assertTrue(melding.contains("31 deadlines zijn meeverhuisd"), melding);
        assertTrue(daarna.select("details tbody tr").eachText().contains("verordening vaststellen 31-10-2021 30-04-2022"),
                daarna.select("details tbody tr").eachText().toString());
        // refreshing the result page posts the same form again: that is not a conflict
        Response opnieuw = Bezoeker.verstuur(pagina, "form[action$=/inwerkingtreding]", Map.of("inwerkingtreding", "2022-07-01"));
        assertEquals("/plannen/" + plan, Bezoeker.doorverwezenNaar(opnieuw));
    }

    @Test
    void aStaleInwerkingtredingFormIsRefusedWithoutChange() {
        long plan = Testplannen.gemeente();
        Document oud = Bezoeker.open("/plannen/" + plan);
        given().contentType(ContentType.JSON).body(Map.of("naam", "Nieuwe naam " + plan, "version", 0))
                .patch("/api/plannen/" + plan).then().statusCode(200);
        Response antwoord = Bezoeker.verstuur(oud, "form[action$=/inwerkingtreding]", Map.of("inwerkingtreding", "2023-01-01"));
        assertEquals(409, antwoord.statusCode());
        assertTrue(Bezoeker.lees(antwoord).selectFirst("[role=alert]").text().contains("Iemand anders"));
        given().get("/api/plannen/" + plan).then().body("inwerkingtreding", org.hamcrest.Matchers.equalTo("2022-01-01"));
    }
}
