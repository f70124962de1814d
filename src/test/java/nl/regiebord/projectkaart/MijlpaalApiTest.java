package nl.regiebord.projectkaart;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regiebord.plan.Testplannen;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class MijlpaalApiTest {

    @Test
    void milestonesAreAddedInOrderAndReachedOneByOne() {
        long plan = Testplannen.gemeente();
        long kaart = Kaarten.nieuw(plan, Map.of("mijlpalen", List.of(Map.of("omschrijving", "Bestek", "datum", "2031-03-31"))));
        long gunning = mijlpaal(plan, kaart, "Gunning", "2031-06-30");
        mijlpaal(plan, kaart, "Start leerroutes", "2032-01-01");
        when().get("/api/plannen/" + plan + "/projectkaarten/" + kaart + "/mijlpalen").then().statusCode(200)
                .body("omschrijving", contains("Bestek", "Gunning", "Start leerroutes"));
        Kaarten.lees(plan, kaart).body("voortgang.mijlpalenTotaal", equalTo(3))
                .body("voortgang.mijlpalenBehaald", equalTo(0))
                .body("voortgang.volgendeMijlpaal.omschrijving", equalTo("Bestek"));
        long bestek = ((Number) Kaarten.lees(plan, kaart).extract().path("mijlpalen[0].id")).longValue();
        Kaarten.wijzigMijlpaal(plan, kaart, bestek, Map.of("status", "behaald", "version", 0)).statusCode(200)
                .body("status", equalTo("behaald")).body("version", equalTo(1));
        Kaarten.lees(plan, kaart).body("voortgang.mijlpalenBehaald", equalTo(1))
                .body("voortgang.volgendeMijlpaal.id", equalTo((int) gunning));
    }

    @Test
    void aPostponedMilestoneNeedsALaterDateAndAReason() {
        long plan = Testplannen.gemeente();
        long kaart = Kaarten.nieuw(plan, Map.of());
        long gunning = mijlpaal(plan, kaart, "Gunning", "2031-06-30");
        Kaarten.wijzigMijlpaal(plan, kaart, gunning, Map.of("status", "uitgesteld", "version", 0)).statusCode(400)
                .body("velden.veld", containsInAnyOrder("nieuweDatum", "reden"))
                .body("velden.find { it.veld == 'reden' }.melding", containsString("verplicht als de mijlpaal is uitgesteld"));
        Kaarten.wijzigMijlpaal(plan, kaart, gunning, Map.of("status", "uitgesteld", "nieuweDatum", "2031-05-01",
                        "reden", "Bezwaar", "version", 0)).statusCode(400)
                .body("velden[0].veld", equalTo("nieuweDatum"))
                .body("velden[0].melding", containsString("na de oorspronkelijke datum 30-06-2031"));
        Kaarten.wijzigMijlpaal(plan, kaart, gunning, Map.of("status", "uitgesteld", "nieuweDatum", "2031-09-30",
                        "reden", "Bezwaar van een inschrijver", "version", 0)).statusCode(200)
                .body("datum", equalTo("2031-06-30")).body("nieuweDatum", equalTo("2031-09-30"))
                .body("verwachteDatum", equalTo("2031-09-30")).body("reden", equalTo("Bezwaar van een inschrijver"));
        // once behaald, the postponement stays visible
        Kaarten.wijzigMijlpaal(plan, kaart, gunning, Map.of("status", "behaald", "version", 1)).statusCode(200)
                .body("nieuweDatum", equalTo("2031-09-30"));
        Map<String, Object> terug = new HashMap<>(Map.of("status", "gepland", "version", 2));
        Kaarten.wijzigMijlpaal(plan, kaart, gunning, terug).statusCode(400)
                .body("velden.veld", containsInAnyOrder("nieuweDatum", "reden"));
        terug.put("nieuweDatum", null);
        terug.put("reden", null);
        Kaarten.wijzigMijlpaal(plan, kaart, gunning, terug).statusCode(200)
                .body("nieuweDatum", nullValue()).body("reden", nullValue());
        when().get("/api/plannen/" + plan + "/projectkaarten/" + kaart + "/historie").then()
                .body("veld", hasItem("mijlpaal 'Gunning': reden"))
                .body("find { it.veld == \"mijlpaal 'Gunning': nieuwe datum\" }.nieuw", nullValue());
    }

    @Test
    void aMilestoneCreatedPostponedIsCheckedInlineToo() {
        long plan = Testplannen.gemeente();
        Kaarten.maak(plan, Map.of("mijlpalen", List.of(Map.of("omschrijving", "Gunning", "datum", "2031-06-30"),
                        Map.of("omschrijving", "Start", "datum", "2032-01-01", "status", "uitgesteld"))))
                .statusCode(400)
                .body("velden.veld", containsInAnyOrder("mijlpalen[1].nieuweDatum", "mijlpalen[1].reden"));
        Kaarten.maak(plan, Map.of("mijlpalen", "Gunning")).statusCode(400).body("velden[0].veld", equalTo("mijlpalen"));
        Map<String, Object> zonderStatus = new HashMap<>(Map.of("omschrijving", "Gunning", "datum", "2031-06-30"));
        zonderStatus.put("status", null);
        Kaarten.maak(plan, Map.of("mijlpalen", List.of(zonderStatus))).statusCode(201)
                .body("mijlpalen[0].status", equalTo("gepland"));
        Kaarten.maak(plan, Map.of("mijlpalen", List.of(Map.of("omschrijving", "Gunning", "datum", "2031-06-30",
                        "status", "klaar")))).statusCode(400)
                .body("velden[0].veld", equalTo("mijlpalen[0].status"))
                .body("velden[0].toegestaan", contains("gepland", "behaald", "uitgesteld"));
    }

    @Test
    void aMilestoneMovesToAnotherPlaceAndDeletingClosesTheGap() {
        long plan = Testplannen.gemeente();
        long kaart = Kaarten.nieuw(plan, Map.of());
        long bestek = mijlpaal(plan, kaart, "Bestek", "2031-03-31");
        mijlpaal(plan, kaart, "Gunning", "2031-06-30");
        long consultatie = mijlpaal(plan, kaart, "Marktconsultatie", "2031-01-31");
        Kaarten.wijzigMijlpaal(plan, kaart, consultatie, Map.of("volgorde", 1, "version", 0)).statusCode(200)
                .body("volgorde", equalTo(1));
        Kaarten.lees(plan, kaart).body("mijlpalen.omschrijving", contains("Marktconsultatie", "Bestek", "Gunning"))
                .body("mijlpalen.volgorde", contains(1, 2, 3));
        Kaarten.wijzigMijlpaal(plan, kaart, consultatie, Map.of("volgorde", 4, "version", 1)).statusCode(400)
                .body("velden[0].veld", equalTo("volgorde")).body("velden[0].melding", containsString("tussen 1 en 3"));
        Kaarten.mijlpaal(plan, kaart, Map.of("omschrijving", "Start", "datum", "2032-01-01", "volgorde", 1))
                .statusCode(400).body("velden[0].veld", equalTo("volgorde"));
        when().delete("/api/plannen/" + plan + "/projectkaarten/" + kaart + "/mijlpalen/" + bestek).then().statusCode(204);
        Kaarten.lees(plan, kaart).body("mijlpalen.omschrijving", contains("Marktconsultatie", "Gunning"))
                .body("mijlpalen.volgorde", contains(1, 2));
        when().get("/api/plannen/" + plan + "/projectkaarten/" + kaart + "/historie").then()
                .body("find { it.veld == \"mijlpaal 'Marktconsultatie': plaats\" }.nieuw", equalTo("1"));
    }

    @Test
    void aLateMilestoneIsFlaggedUntilItIsReached() {
        long plan = Testplannen.gemeente();
        long kaart = Kaarten.nieuw(plan, Map.of());
        long oud = mijlpaal(plan, kaart, "Al geweest", "2020-01-31");
        Kaarten.lees(plan, kaart).body("mijlpalen[0].teLaat", is(true));
        Kaarten.wijzigMijlpaal(plan, kaart, oud, Map.of("status", "behaald", "version", 0)).statusCode(200)
                .body("teLaat", is(false));
    }

    @Test
    void staleDeletedAndUnknownMilestones() {
        long plan = Testplannen.gemeente();
        long kaart = Kaarten.nieuw(plan, Map.of());
        long gunning = mijlpaal(plan, kaart, "Gunning", "2031-06-30");
        Kaarten.wijzigMijlpaal(plan, kaart, gunning, Map.of("omschrijving", "Gunning leerroutes", "version", 0))
                .statusCode(200);
        Kaarten.wijzigMijlpaal(plan, kaart, gunning, Map.of("omschrijving", "Gunning B1", "version", 0))
                .statusCode(409).body("huidig.omschrijving", equalTo("Gunning leerroutes"));
        long andereKaart = Kaarten.nieuw(plan, Map.of());
        Kaarten.wijzigMijlpaal(plan, andereKaart, gunning, Map.of("status", "behaald", "version", 1)).statusCode(404);
        when().get("/api/plannen/" + plan + "/projectkaarten/" + kaart + "/mijlpalen/999999").then().statusCode(404);
        Kaarten.mijlpaal(plan, kaart, Map.of("datum", "2031-06-30")).statusCode(400)
                .body("velden[0].veld", equalTo("omschrijving"));
        when().delete("/api/plannen/" + plan + "/projectkaarten/" + kaart + "/mijlpalen/" + gunning).then().statusCode(204);
        Kaarten.lees(plan, kaart).body("mijlpalen", org.hamcrest.Matchers.empty())
                .body("ontbreekt", hasItem("mijlpalen"));
        when().get("/api/plannen/" + plan + "/projectkaarten/" + kaart + "/historie").then()
                .body("find { it.veld == 'mijlpaal' }.nieuw", nullValue())
                .body("find { it.veld == 'mijlpaal' }.oud", containsString("Gunning leerroutes"));
        when().delete("/api/plannen/" + plan + "/projectkaarten/" + kaart).then().statusCode(204);
        Kaarten.mijlpaal(plan, kaart, Map.of("omschrijving", "Na verwijderen", "datum", "2031-06-30")).statusCode(422);
    }

    private static long mijlpaal(long plan, long kaart, String omschrijving, String datum) {
        Number id = Kaarten.mijlpaal(plan, kaart, Map.of("omschrijving", omschrijving, "datum", datum)).statusCode(201)
                .body("status", equalTo("gepland")).extract().path("id");
        return id.longValue();
    }
}
