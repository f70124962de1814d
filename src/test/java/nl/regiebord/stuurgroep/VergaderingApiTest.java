package nl.regiebord.stuurgroep;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.regiebord.klok.VerstelbareKlok;
import nl.regiebord.plan.Testplannen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A meeting, frozen with what the stuurgroep saw; its actiepunten become own actions with an owner. */
@QuarkusTest
class VergaderingApiTest {

    @Inject
    VerstelbareKlok klok;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    private static io.restassured.response.ValidatableResponse leg(long plan, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/plannen/" + plan + "/vergaderingen").then();
    }

    private static int aantalActies(long plan) {
        return given().get("/api/plannen/" + plan + "/acties").then().statusCode(200).extract().path("size()");
    }

    @Test
    void aMeetingFreezesTheViewAndItsActiepuntBecomesAnOwnAction() {
        long plan = Testplannen.gemeente();
        Number risico = given().contentType(ContentType.JSON).body(Map.of("categorie", "operationeel",
                        "omschrijving", "Te weinig taalaanbieders", "ingebrachtDoor", "Projectgroep", "kans", "midden",
                        "impact", "midden"))
                .post("/api/plannen/" + plan + "/risicos").then().statusCode(201).extract().path("id");
        Number review = given().contentType(ContentType.JSON)
                .body(Map.of("datum", VerstelbareKlok.STANDAARD.toString(), "aanwezigen", List.of("Wethouder")))
                .post("/api/plannen/" + plan + "/risicoreviews").then().statusCode(201).extract().path("id");
        int voor = aantalActies(plan);

        JsonPath v = leg(plan, Map.of("datum", VerstelbareKlok.STANDAARD.toString(),
                "aanwezigen", List.of("Wethouder Bakker", "Adviseur GGD"), "sinds", "2026-10-01",
                "besluiten", List.of("Startnotitie naar het college", "Extra budget voor taalaanbieders aanvragen"),
                "actiepunten", List.of(Map.of("actie", "Offerte tweede taalaanbieder opvragen", "thema", "inkoop",
                        "verantwoordelijke", "Sanne Bakker", "deadline", "2026-12-15"))))
                .statusCode(201).header("Location", containsString("/vergaderingen/"))
                .extract().jsonPath();
        assertEquals(review.longValue(), v.getLong("review"), "de review van dezelfde dag hoort bij de vergadering");
        assertEquals("2026-10-01", v.getString("overzicht.sinds"));
        assertEquals(List.of("Startnotitie naar het college", "Extra budget voor taalaanbieders aanvragen"),
                v.getList("besluiten"));
        long actie = v.getLong("actiepunten[0].actieId");
        assertEquals(voor + 1, aantalActies(plan));
        given().get("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(200)
                .body("actie", equalTo("Offerte tweede taalaanbieder opvragen"))
                .body("verantwoordelijke", equalTo("Sanne Bakker")).body("deadline", equalTo("2026-12-15"))
                .body("eigen", equalTo(true)).body("fase", equalTo("uitvoerende fase"))
                .body("herkomst.tekst", equalTo("Actiepunt van de stuurgroepvergadering van 23-11-2026"))
                .body("herkomst.pad", equalTo("/plannen/" + plan + "/stuurgroep/vergaderingen/" + v.getLong("id")));

        // a later edit changes the plan, not what the stuurgroep saw
        String risicoOmschrijving = v.getString("overzicht.risicos.find { it.id == " + risico + " }.omschrijving");
        assertEquals("Te weinig taalaanbieders", risicoOmschrijving);
        int versie = given().get("/api/plannen/" + plan + "/risicos/" + risico).then().extract().path("version");
        given().contentType(ContentType.JSON).body(Map.of("omschrijving", "Geen taalaanbieders meer", "version", versie))
                .patch("/api/plannen/" + plan + "/risicos/" + risico).then().statusCode(200);
        given().get("/api/plannen/" + plan + "/vergaderingen/" + v.getLong("id")).then().statusCode(200)
                .body("overzicht.risicos.find { it.id == " + risico + " }.omschrijving",
                        equalTo("Te weinig taalaanbieders"));
        given().get("/api/plannen/" + plan + "/vergaderingen").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].overzicht", equalTo(null))
                .body("[0].aanwezigen", equalTo(List.of("Wethouder Bakker", "Adviseur GGD")));
        // the meeting view now counts from this meeting
        given().get("/api/plannen/" + plan + "/stuurgroep").then()
                .body("sinds", equalTo(VerstelbareKlok.STANDAARD.toString()))
                .body("sindsBron", equalTo("laatste vergadering"));
    }

    /** The meetings and their actiepunten are read in a fixed number of statements, however many there are. */
    @Test
    void theMeetingViewCostsTheSameStatementsWithOneMeetingOrFour() {
        long plan = Testplannen.gemeente();
        Map<String, Object> punt = Map.of("actie", "Actiepunt", "thema", "inkoop", "verantwoordelijke", "Els",
                "deadline", "2026-12-15");
        leg(plan, Map.of("datum", "2026-11-02", "aanwezigen", List.of("Els"), "actiepunten", List.of(punt)))
                .statusCode(201);
        long een = statements("/plannen/" + plan + "/stuurgroep");
        for (String datum : List.of("2026-11-09", "2026-11-16", "2026-11-23")) {
            leg(plan, Map.of("datum", datum, "aanwezigen", List.of("Els"), "actiepunten", List.of(punt, punt)))
                    .statusCode(201);
        }
        assertEquals(een, statements("/plannen/" + plan + "/stuurgroep"));
    }

    private static long statements(String pad) {
        given().get(pad).then().statusCode(200);
        long voor = nl.regiebord.meting.Sqlteller.aantal();
        given().get(pad).then().statusCode(200);
        return nl.regiebord.meting.Sqlteller.aantal() - voor;
    }

    @Test
    void aBadMeetingIsRefusedWholeAndNamesTheField() {
        long plan = Testplannen.gemeente();
        long ander = Testplannen.gemeente();
        Number vreemd = given().contentType(ContentType.JSON)
                .body(Map.of("datum", VerstelbareKlok.STANDAARD.toString(), "aanwezigen", List.of("Wethouder")))
                .post("/api/plannen/" + ander + "/risicoreviews").then().statusCode(201).extract().path("id");
        int voor = aantalActies(plan);
        Map<String, Object> goed = Map.of("actie", "Goed actiepunt", "thema", "inkoop",
                "verantwoordelijke", "Sanne Bakker", "deadline", "2026-12-15");

        leg(plan, Map.of("datum", "2026-11-20", "aanwezigen", List.of("Wethouder"),
                "actiepunten", List.of(goed, Map.of("actie", "Zonder eigenaar", "thema", "inkoop",
                        "deadline", "2026-12-15"))))
                .statusCode(400).contentType("application/problem+json")
                .body("velden[0].veld", equalTo("actiepunten[1].verantwoordelijke"))
                .body("velden[0].melding", containsString("eigenaar"));
        // the meeting's own refusals and those of its actiepunten come together
        leg(plan, Map.of("datum", "2026-11-20", "actiepunten", List.of(Map.of("actie", "Zonder eigenaar en thema",
                "deadline", "2026-12-15"))))
                .statusCode(400).body("velden.veld", org.hamcrest.Matchers.hasItems("aanwezigen",
                        "actiepunten[0].thema", "actiepunten[0].verantwoordelijke"));
        leg(plan, Map.of("datum", "2026-11-20", "aanwezigen", List.of("Wethouder"),
                "actiepunten", List.of(goed, Map.of("actie", "Fout thema", "thema", "bestaat-niet",
                        "verantwoordelijke", "Sanne Bakker", "deadline", "2026-12-15"))))
                .statusCode(400).body("velden[0].veld", equalTo("actiepunten[1].thema"));
        leg(plan, Map.of("datum", LocalDate.of(2028, 1, 1).toString(), "aanwezigen", List.of("Wethouder")))
                .statusCode(400).body("velden[0].veld", equalTo("datum"))
                .body("velden[0].melding", containsString("toekomst"));
        leg(plan, Map.of("datum", "2026-11-20", "aanwezigen", List.of("Wethouder"), "review", vreemd))
                .statusCode(400).body("velden[0].veld", equalTo("review"));
        leg(plan, Map.of("datum", "2026-11-20", "aanwezigen", List.of("Wethouder"), "sinds", "2026-12-01"))
                .statusCode(400).body("velden[0].veld", equalTo("sinds"));
        leg(plan, Map.of("aanwezigen", List.of("Wethouder"))).statusCode(400).body("velden[0].veld", equalTo("datum"));

        assertEquals(voor, aantalActies(plan), "een geweigerde vergadering maakt geen actie");
        given().get("/api/plannen/" + plan + "/vergaderingen").then().body("size()", equalTo(0));
        given().get("/api/plannen/" + ander + "/vergaderingen/999999").then().statusCode(404);
    }
}
