package nl.regiebord.plannen;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nl.regiebord.plan.Testplannen;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PlanApiTest {

    @Test
    void creatingAPlanInstantiatesEveryModelActionAsOpen() {
        String locatie = given().contentType(ContentType.JSON)
                .body(Map.of("naam", "Gemeente Weert", "gemeenten", List.of("Weert"), "inwerkingtreding", "2022-01-01",
                        "uitvoering", "subregionaal"))
                .post("/api/plannen").then().statusCode(201)
                .header("Location", containsString("/api/plannen/"))
                .body("naam", equalTo("Gemeente Weert"))
                .body("gemeenten", equalTo(List.of("Weert")))
                .body("samenwerkingsverband", is(false))
                .body("uitvoering", equalTo("subregionaal"))
                .body("modelversie", equalTo("2021-04.2"))
                .body("version", equalTo(0))
                .extract().header("Location");
        long id = Long.parseLong(locatie.substring(locatie.lastIndexOf('/') + 1));
        when().get(locatie).then().statusCode(200).body("id", equalTo((int) id));
        when().get("/api/plannen/" + id + "/acties").then().statusCode(200)
                .body("", hasSize(38))
                .body("status", everyItem(equalTo("open")))
                .body("eigen", everyItem(is(false)))
                .body("findAll { it.thema == 'communicatie' }", hasSize(7))
                .body("findAll { it.thema == 'communicatie' }.deadline", everyItem(nullValue()));
    }

    @Test
    void modelstatusOvernemenStartsTheModelsFinishedActionsAsAfgerond() {
        long id = Testplannen.maak(List.of("Weert"), "2022-01-01", true);
        when().get("/api/plannen/" + id + "/acties").then()
                .body("findAll { it.status == 'afgerond' }", hasSize(14))
                .body("findAll { it.status == 'afgerond' }.deadline", everyItem(equalTo("2020-12-31")))
                .body("findAll { it.status == 'open' }", hasSize(24));
    }

    @Test
    void thePlansOwnInwerkingtredingGivesItsDeadlines() {
        long id = Testplannen.maak(List.of("Weert"), "2027-07-01", false);
        when().get("/api/plannen/" + id + "/acties?thema=beleid").then()
                .body("find { it.actie == 'verordening vaststellen' }.deadline", equalTo("2027-04-30"))
                .body("find { it.actie == 'startnotitie opstellen' }.deadline", equalTo("2026-06-30"))
                .body("find { it.actie == 'instrueren van klantmanagers' }.start", equalTo("2027-03-01"))
                .body("find { it.actie == 'instrueren van klantmanagers' }.deadline", equalTo("2027-04-30"));
        when().get("/api/plannen/" + id + "/acties?thema=inkoop").then()
                .body("find { it.actie == 'uitvoeren' }.deadline", equalTo("2027-03-31"));
    }

    @Test
    void aNewInwerkingtredingMovesEveryDeadlineNotSetByHand() {
        long id = Testplannen.gemeente();
        long verordening = Testplannen.actie(id, "beleid", "verordening", "verordening vaststellen");
        long opstellen = Testplannen.actie(id, "beleid", "verordening", "verordening opstellen");
        given().contentType(ContentType.JSON).body(Map.of("deadline", "2021-07-15", "version", 0))
                .patch("/api/plannen/" + id + "/acties/" + opstellen).then().statusCode(200)
                .body("deadline", equalTo("2021-07-15")).body("deadlineHandmatig", is(true));

        given().contentType(ContentType.JSON).body(Map.of("inwerkingtreding", "2027-07-01", "version", 0))
                .patch("/api/plannen/" + id).then().statusCode(200)
                .body("inwerkingtreding", equalTo("2027-07-01"))
                .body("version", equalTo(1))
                .body("verplaatst", hasSize(30))
                .body("verplaatst.find { it.id == " + verordening + " }.oud", equalTo("2021-10-31"))
                .body("verplaatst.find { it.id == " + verordening + " }.nieuw", equalTo("2027-04-30"))
                .body("verplaatst.find { it.id == " + verordening + " }.actie", equalTo("verordening vaststellen"))
                .body("verplaatst.id", org.hamcrest.Matchers.not(hasItem((int) opstellen)));

        when().get("/api/plannen/" + id + "/acties/" + opstellen).then()
                .body("deadline", equalTo("2021-07-15"))
                .body("modelDeadline", equalTo("2026-12-31"));
        when().get("/api/plannen/" + id + "/acties/" + verordening + "/historie").then()
                .body("[0].veld", equalTo("deadline"))
                .body("[0].oud", equalTo("2021-10-31"))
                .body("[0].nieuw", equalTo("2027-04-30"))
                .body("[0].bron", equalTo("herplanning"))
                .body("[0].gebruiker", equalTo("Beheerder"));
    }

    @Test
    void handSetDeadlineGoesBackToTheModelsDateWithNull() {
        long id = Testplannen.gemeente();
        long actie = Testplannen.actie(id, "inkoop", null, "keuze maken");
        given().contentType(ContentType.JSON).body(Map.of("deadline", "2021-05-20", "version", 0))
                .patch("/api/plannen/" + id + "/acties/" + actie).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"deadline\":null,\"version\":1}")
                .patch("/api/plannen/" + id + "/acties/" + actie).then().statusCode(200)
                .body("deadline", equalTo("2021-04-30")).body("deadlineHandmatig", is(false));
    }

    @Test
    void aStaleVersionAnswers409WithTheCurrentStateAndChangesNothing() {
        long id = Testplannen.gemeente();
        given().contentType(ContentType.JSON).body(Map.of("naam", "Eerste wijziging " + id, "version", 0))
                .patch("/api/plannen/" + id).then().statusCode(200).body("version", equalTo(1));
        given().contentType(ContentType.JSON).body(Map.of("inwerkingtreding", "2030-01-01", "version", 0))
                .patch("/api/plannen/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("huidig.naam", equalTo("Eerste wijziging " + id))
                .body("huidig.version", equalTo(1));
        when().get("/api/plannen/" + id).then().body("inwerkingtreding", equalTo("2022-01-01"));
        when().get("/api/plannen/" + id + "/acties?thema=inkoop").then()
                .body("find { it.actie == 'keuze maken' }.deadline", equalTo("2021-04-30"));
    }

    @Test
    void plansLiveSideBySide() {
        long a = Testplannen.gemeente();
        long b = Testplannen.samenwerkingsverband();
        when().get("/api/plannen").then().statusCode(200)
                .body("id", hasItem((int) a)).body("id", hasItem((int) b));
        long actieA = Testplannen.actie(a, "inkoop", null, "keuze maken");
        given().contentType(ContentType.JSON).body(Map.of("status", "bezig", "version", 0))
                .patch("/api/plannen/" + a + "/acties/" + actieA).then().statusCode(200);
        when().get("/api/plannen/" + b + "/acties?thema=inkoop").then()
                .body("find { it.actie == 'keuze maken' }.status", equalTo("open"));
        when().get("/api/plannen/" + b + "/acties/" + actieA).then().statusCode(404);
    }

    @Test
    void aSecondPlanWithTheSameNameIsRefused() {
        given().contentType(ContentType.JSON)
                .body(Map.of("naam", "Dubbel", "gemeenten", List.of("Weert"), "inwerkingtreding", "2022-01-01"))
                .post("/api/plannen").then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("naam", "dubbel", "gemeenten", List.of("Ede"), "inwerkingtreding", "2022-01-01"))
                .post("/api/plannen").then().statusCode(422)
                .body("velden[0].veld", equalTo("naam"))
                .body("detail", containsString("Dubbel".toLowerCase()));
    }

    @Test
    void badInputNamesTheFieldsAndCreatesNothing() {
        int voor = when().get("/api/plannen").then().extract().path("size()");
        given().contentType(ContentType.JSON)
                .body(Map.of("naam", "", "gemeenten", List.of("Weert", "weert"), "inwerkingtreding", "1-1-2022",
                        "uitvoering", "landelijk", "modelstatusOvernemen", "ja"))
                .post("/api/plannen").then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Ongeldige invoer"))
                .body("velden.veld", org.hamcrest.Matchers.containsInAnyOrder("naam", "gemeenten", "inwerkingtreding",
                        "uitvoering", "modelstatusOvernemen"))
                .body("velden.find { it.veld == 'uitvoering' }.toegestaan",
                        equalTo(List.of("lokaal", "subregionaal", "regionaal")))
                .body("velden.find { it.veld == 'gemeenten' }.melding", containsString("twee keer"));
        when().get("/api/plannen").then().body("size()", equalTo(voor));
    }

    @Test
    void readOnlyAndUnknownFieldsInAPatchAre400() {
        long id = Testplannen.gemeente();
        given().contentType(ContentType.JSON).body(Map.of("id", 99, "modelversie", "x", "kleur", "blauw", "version", 0))
                .patch("/api/plannen/" + id).then().statusCode(400)
                .body("velden.find { it.veld == 'id' }.melding", equalTo("dit veld kan niet worden gewijzigd"))
                .body("velden.find { it.veld == 'modelversie' }.melding", equalTo("dit veld kan niet worden gewijzigd"))
                .body("velden.find { it.veld == 'kleur' }.melding", equalTo("onbekend veld"));
        given().contentType(ContentType.JSON).body(Map.of("naam", "Zonder versie"))
                .patch("/api/plannen/" + id).then().statusCode(400)
                .body("velden[0].veld", equalTo("version"));
        when().get("/api/plannen/" + id).then().body("version", equalTo(0)).body("naam", notNullValue());
    }

    @Test
    void anUnknownPlanIs404() {
        when().get("/api/plannen/987654").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Er is geen plan met nummer 987654."));
        given().contentType(ContentType.JSON).body(Map.of("naam", "x", "version", 0))
                .patch("/api/plannen/987654").then().statusCode(404);
        when().get("/api/plannen/987654/acties").then().statusCode(404);
        when().get("/api/plannen/987654/voortgang").then().statusCode(404);
    }

    @Test
    void theLocationHeaderPointsAtTheNewPlan() {
        given().contentType(ContentType.JSON)
                .body(Map.of("naam", "Locatie", "gemeenten", List.of("Ede"), "inwerkingtreding", "2022-01-01"))
                .post("/api/plannen").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.matchesPattern(".*/api/plannen/\\d+"))
                .header("Content-Type", containsString("json"));
    }
}
