package nl.regiebord.stakeholder;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.regiebord.klok.VerstelbareKlok;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DekkingscontroleApiTest {

    @Inject
    VerstelbareKlok klok;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    @Test
    void aBelangrijkeSpelerWithoutPlannedContactResponsiblePersonOrCommunicationActionIsAGap() {
        long plan = Testplannen.gemeente();
        long communicatie = Testplannen.actie(plan, "communicatie", null, "inventariseren");
        long inkoop = Testplannen.actie(plan, "inkoop", null, "keuze maken");
        long speler = Stakeholders.gescoord(plan, "College van wethouders", "zeer hoog", "zeer hoog");
        Stakeholders.gescoord(plan, "Tolken", "laag", "laag");
        String pad = "/api/plannen/" + plan + "/stakeholders/dekking";
        when().get(pad).then().statusCode(200).body("", hasSize(1)).body("[0].id", equalTo((int) speler))
                .body("[0].ontbreekt", contains("geen contact gepland", "geen verantwoordelijke",
                        "niet gekoppeld aan een communicatieactie"));
        Stakeholders.wijzig(plan, speler, Map.of("frequentie", "incidenteel", "verantwoordelijke", "Wethouder-adviseur",
                "actieIds", List.of(inkoop), "version", 0)).statusCode(200);
        when().get(pad).then().body("[0].ontbreekt", contains("geen contact gepland",
                "niet gekoppeld aan een communicatieactie"));
        Stakeholders.wijzig(plan, speler, Map.of("frequentie", "maandelijks", "actieIds", List.of(inkoop, communicatie),
                "version", 1)).statusCode(200);
        when().get(pad).then().body("", hasSize(0));
    }

    @Test
    void theDashboardListsTheGapsAndTheOverdueContactsBelangrijkeSpelersFirst() {
        klok.zet(java.time.LocalDate.of(2026, 9, 1));
        long plan = Testplannen.gemeente();
        Stakeholders.voegToe(plan, Map.of("naam", "Tolken", "belang", "laag", "invloed", "laag",
                "frequentie", "wekelijks")).statusCode(201);
        long speler = Stakeholders.gescoord(plan, "Raadsleden", "hoog", "zeer hoog");
        Stakeholders.wijzig(plan, speler, Map.of("frequentie", "maandelijks", "version", 0)).statusCode(200);
        klok.herstel();
        Document dashboard = Bezoeker.open("/plannen/" + plan);
        assertEquals(List.of("Raadsleden", "Tolken"), dashboard.select("#contact-te-laat a").eachText());
        Element blok = dashboard.getElementById("stakeholder-dekking");
        assertNotNull(blok);
        assertTrue(blok.text().contains("Raadsleden") && blok.text().contains("geen verantwoordelijke"), blok.text());
        assertNotNull(blok.selectFirst("a[href=/plannen/" + plan + "/stakeholders/" + speler + "]"));
    }
}
