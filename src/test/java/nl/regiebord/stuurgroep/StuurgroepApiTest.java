package nl.regiebord.stuurgroep;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stuurgroep's meeting view: what changed since the last review, told by each feature's own replay. */
@QuarkusTest
class StuurgroepApiTest {

    @Inject
    VerstelbareKlok klok;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    private static void wijzigActie(long plan, long actie, Map<String, ?> velden) {
        int versie = given().get("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(200)
                .extract().path("version");
        Map<String, Object> body = new java.util.HashMap<>(velden);
        body.put("version", versie);
        given().contentType(ContentType.JSON).body(body).patch("/api/plannen/" + plan + "/acties/" + actie)
                .then().statusCode(200);
    }

    private static long risico(long plan, String omschrijving, String kans, String impact) {
        Number id = given().contentType(ContentType.JSON).body(Map.of("categorie", "operationeel",
                        "omschrijving", omschrijving, "ingebrachtDoor", "Fatima el Amrani", "kans", kans, "impact", impact))
                .post("/api/plannen/" + plan + "/risicos").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    @Test
    void theViewTellsWhatChangedSinceTheLastReview() {
        klok.zet(LocalDate.of(2026, 11, 1));
        long plan = Testplannen.maak(List.of("Cranendonck", "Weert"), "2027-03-01", false);
        JsonPath acties = given().get("/api/plannen/" + plan + "/acties").then().statusCode(200).extract().jsonPath();
        List<Integer> gewoon = acties.getList("findAll { it.fase != 'besluitvormende fase' }.id");
        long klaar = gewoon.get(0);
        long straksLaat = gewoon.get(1);
        long alLaat = gewoon.get(2);
        long langLaat = gewoon.get(3);
        wijzigActie(plan, straksLaat, Map.of("deadline", "2026-11-10", "verantwoordelijke", "Sanne Bakker"));
        wijzigActie(plan, alLaat, Map.of("deadline", "2026-10-20"));
        wijzigActie(plan, langLaat, Map.of("deadline", "2025-06-01"));
        long blijft = risico(plan, "Te weinig taalaanbieders", "midden", "midden");
        klok.zet(LocalDate.of(2026, 11, 2));
        given().contentType(ContentType.JSON).body(Map.of("datum", "2026-11-02", "aanwezigen", List.of("Wethouder")))
                .post("/api/plannen/" + plan + "/risicoreviews").then().statusCode(201);

        klok.zet(LocalDate.of(2026, 11, 20));
        wijzigActie(plan, klaar, Map.of("status", "afgerond"));
        long nieuw = risico(plan, "Budget ontoereikend", "hoog", "hoog");
        int versie = given().get("/api/plannen/" + plan + "/risicos/" + blijft).then().extract().path("version");
        given().contentType(ContentType.JSON).body(Map.of("impact", "hoog", "version", versie))
                .patch("/api/plannen/" + plan + "/risicos/" + blijft).then().statusCode(200);
        long besluitActie = acties.getLong("find { it.fase == 'besluitvormende fase' }.id");
        List<Integer> besluiten = given().get("/api/plannen/" + plan + "/acties/" + besluitActie + "/besluiten")
                .then().extract().jsonPath().getList("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "geagendeerd", "datum", "2026-12-10", "orgaan", "raad", "version", 0))
                .patch("/api/plannen/" + plan + "/acties/" + besluitActie + "/besluiten/" + besluiten.get(1))
                .then().statusCode(200);

        JsonPath o = given().get("/api/plannen/" + plan + "/stuurgroep").then().statusCode(200).extract().jsonPath();
        assertEquals("2026-11-02", o.getString("sinds"));
        assertEquals("laatste risicoreview", o.getString("sindsBron"));
        assertEquals(List.of((int) klaar), o.getList("afgerondSinds.id"));
        assertEquals("2026-11-20", o.getString("afgerondSinds[0].afgerondOp"));
        assertEquals(1, o.getInt("totaal.afgerondNu") - o.getInt("totaal.afgerondToen"));
        List<Integer> nieuwLaat = o.getList("nieuwTeLaat.id");
        assertTrue(nieuwLaat.contains((int) straksLaat), nieuwLaat.toString());
        assertFalse(nieuwLaat.contains((int) alLaat), "was op 2 november al te laat");
        assertEquals("Sanne Bakker", o.getString("nieuwTeLaat.find { it.id == " + straksLaat + " }.verantwoordelijke"));
        assertTrue(o.getList("teLaat.find { it.sleutel == 'maand' }.acties.id").contains((int) straksLaat));
        assertTrue(o.getList("teLaat.find { it.sleutel == 'langer' }.acties.id").contains((int) langLaat));
        assertEquals(List.of(10L, 537L), List.of(
                o.getLong("teLaat.find { it.sleutel == 'maand' }.acties.find { it.id == " + straksLaat + " }.dagenTeLaat"),
                o.getLong("teLaat.find { it.sleutel == 'langer' }.acties.find { it.id == " + langLaat + " }.dagenTeLaat")));
        assertEquals(o.getInt("aantalTeLaat"), o.<Integer>getList("teLaat.aantal").stream().mapToInt(i -> i).sum());

        assertEquals("NIEUW", o.getString("risicos.find { it.id == " + nieuw + " }.soort"));
        assertEquals("OMHOOG", o.getString("risicos.find { it.id == " + blijft + " }.soort"));
        assertEquals("midden/midden", o.getString("risicos.find { it.id == " + blijft + " }.was"));

        assertEquals(List.of("Cranendonck", "Weert"), o.getList("besluiten.gemeenten"));
        Map<String, Object> cel = o.getMap("besluiten.rijen.find { it.actieId == " + besluitActie + " }.cellen[1]");
        assertEquals("geagendeerd", cel.get("status"));
        assertEquals("gepland", cel.get("datumSoort"));
        assertEquals("2026-12-10", cel.get("datum"));
        assertEquals("raad", cel.get("orgaan"));
        assertEquals(List.of((int) besluitActie), o.getList("besluiten.komend.find { it.gemeente == 'Weert' }.punten"
                + ".findAll { !it.uiterlijk }.actieId"));
        given().get("/api/plannen/" + plan + "/besluitenrooster").then().statusCode(200)
                .body("rijen.size()", equalTo(o.getList("besluiten.rijen").size()));

        Document pagina = Bezoeker.open("/plannen/" + plan + "/stuurgroep");
        assertTrue(pagina.selectFirst("h1").text().contains("2 november 2026"), pagina.selectFirst("h1").text());
        assertEquals("/plannen/" + plan + "/acties/" + klaar, pagina.selectFirst("#afgerond-sinds a").attr("href"));
        assertNotNull(pagina.selectFirst("#laat-langer"), "groep meer dan een jaar te laat");
        assertTrue(pagina.selectFirst("#besluiten").text().contains("gepland"), pagina.selectFirst("#besluiten").text());
        assertTrue(pagina.selectFirst("#risicos").text().contains("Budget ontoereikend"));
        Document rooster = Bezoeker.open("/plannen/" + plan + "/besluiten");
        assertEquals(List.of("Actie", "Deadline", "Cranendonck", "Weert"), rooster.select(".besluitenrooster thead th").eachText());
    }

    @Test
    void aChosenDayOverridesTheDefaultAndABadOneIsRefused() {
        klok.zet(LocalDate.of(2026, 11, 1));
        long plan = Testplannen.gemeente();
        given().get("/api/plannen/" + plan + "/stuurgroep").then().statusCode(200)
                .body("sinds", equalTo("2026-11-01")).body("sindsBron", equalTo("aanmaak van het plan"))
                .body("besluiten.gemeenten", equalTo(List.of("Weert")));
        klok.zet(LocalDate.of(2026, 12, 15));
        given().get("/api/plannen/" + plan + "/stuurgroep").then().statusCode(200)
                .body("sinds", equalTo("2026-11-17")).body("sindsBron", equalTo("vier weken terug"));
        given().get("/api/plannen/" + plan + "/stuurgroep?sinds=2026-12-01").then().statusCode(200)
                .body("sinds", equalTo("2026-12-01")).body("sindsBron", equalTo("gekozen"));
        given().get("/api/plannen/" + plan + "/stuurgroep?sinds=2026-12-16").then().statusCode(400)
                .contentType("application/problem+json")
                .body("velden[0].veld", equalTo("sinds")).body("velden[0].melding", containsString("toekomst"));
        given().get("/api/plannen/" + plan + "/stuurgroep?sinds=vorige week").then().statusCode(400)
                .body("velden[0].veld", equalTo("sinds")).body("velden[0].melding", containsString("geen geldige datum"));
        given().get("/plannen/" + plan + "/stuurgroep?sinds=2027-01-01").then().statusCode(400)
                .body(containsString("sinds"));
    }
}
