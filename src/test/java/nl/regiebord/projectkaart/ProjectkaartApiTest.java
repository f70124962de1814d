package nl.regiebord.projectkaart;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.security.Testgebruikers;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ProjectkaartApiTest {

    @Test
    void aCardIsCreatedWithItsMilestonesInline() {
        long plan = Testplannen.gemeente();
        Map<String, Object> velden = Kaarten.volledig();
        velden.put("mijlpalen", List.of(Map.of("omschrijving", "Marktconsultatie", "datum", "2021-03-31"),
                Map.of("omschrijving", "Gunning", "datum", "2021-06-30")));
        Kaarten.maak(plan, velden).statusCode(201)
                .header("Location", containsString("/api/plannen/" + plan + "/projectkaarten/"))
                .contentType(ContentType.JSON)
                .body("thema", equalTo("inkoop")).body("themaNaam", equalTo("Inkoop"))
                .body("titel", equalTo("Inkoop leerroutes"))
                .body("projectmanager", equalTo("Els Pieters")).body("projectmanagerId", nullValue())
                .body("smart", contains("specifiek", "meetbaar", "acceptabel", "realistisch", "tijdgebonden"))
                .body("investeringBedrag", equalTo(25000.5f))
                .body("mijlpalen.omschrijving", contains("Marktconsultatie", "Gunning"))
                .body("mijlpalen.datum", contains("2021-03-31", "2021-06-30"))
                .body("mijlpalen.status", contains("gepland", "gepland"))
                .body("volledig", equalTo(100)).body("ontbreekt", empty())
                .body("verwijderd", is(false)).body("version", equalTo(0));
    }

    @Test
    void anEmptyCardSaysWhichPartsOfTheModelAreMissing() {
        long plan = Testplannen.gemeente();
        long kaart = Kaarten.nieuw(plan, Map.of("projectleider", "Karim Bouzid", "doel", "Gegund",
                "smart", List.of("specifiek", "meetbaar")));
        Kaarten.lees(plan, kaart).statusCode(200)
                // 2 of the 14 parts: projectleider and doel; a doel with two of five SMART ticks is not yet SMART
                .body("volledig", equalTo(14))
                .body("ontbreekt", contains("projectmanager", "aanleiding", "smart", "aanpak", "risicosEnVoorwaarden",
                        "investering", "mijlpalen", "inzetten", "informeren", "verbeteren", "betrekken", "borgen"));
        Kaarten.wijzig(plan, kaart, Map.of("smart", List.of("specifiek", "meetbaar", "acceptabel", "realistisch",
                        "tijdgebonden"), "investeringBedrag", 1000, "version", 0)).statusCode(200)
                .body("volledig", equalTo(28))
                .body("ontbreekt", hasSize(10)).body("ontbreekt", org.hamcrest.Matchers.not(hasItem("investering")));
        Kaarten.mijlpaal(plan, kaart, Map.of("omschrijving", "Gunning", "datum", "2021-06-30")).statusCode(201);
        Kaarten.lees(plan, kaart).body("ontbreekt", org.hamcrest.Matchers.not(hasItem("mijlpalen")));
    }

    @Test
    void anUpdateChangesOnlyWhatIsSentAndIsRecordedInTheHistory() {
        long plan = Testplannen.gemeente();
        long kaart = Kaarten.nieuw(plan, Map.of("aanleiding", "Nieuwe wet", "doel", "Gegund"));
        Map<String, Object> wijziging = new HashMap<>();
        wijziging.put("aanleiding", "De nieuwe Wet inburgering");
        wijziging.put("doel", null);
        wijziging.put("borgen", "Contractmanagement");
        wijziging.put("version", 0);
        Kaarten.wijzig(plan, kaart, wijziging).statusCode(200)
                .body("aanleiding", equalTo("De nieuwe Wet inburgering")).body("doel", nullValue())
                .body("borgen", equalTo("Contractmanagement")).body("titel", equalTo("Inkoop leerroutes"))
                .body("version", equalTo(1));
        when().get("/api/plannen/" + plan + "/projectkaarten/" + kaart + "/historie").then().statusCode(200)
                .body("veld", hasItems("aanleiding", "doel", "borgen", "projectkaart"))
                .body("find { it.veld == 'aanleiding' }.oud", equalTo("Nieuwe wet"))
                .body("find { it.veld == 'aanleiding' }.nieuw", equalTo("De nieuwe Wet inburgering"))
                .body("find { it.veld == 'aanleiding' }.gebruiker", equalTo("Beheerder"));
    }

    @Test
    void aDeletedCardIsListedApartAndCanBeRestored() {
        long plan = Testplannen.gemeente();
        long kaart = Kaarten.nieuw(plan, Map.of());
        long andere = Kaarten.nieuw(plan, Map.of("thema", "beleid", "titel", "Verordening"));
        when().delete("/api/plannen/" + plan + "/projectkaarten/" + kaart).then().statusCode(204);
        when().get("/api/plannen/" + plan + "/projectkaarten").then().body("id", contains((int) andere));
        when().get("/api/plannen/" + plan + "/projectkaarten?verwijderd=true").then().body("id", contains((int) kaart));
        Kaarten.wijzig(plan, kaart, Map.of("titel", "Nog iets", "version", 1)).statusCode(422)
                .body("detail", containsString("herstel"));
        when().post("/api/plannen/" + plan + "/projectkaarten/" + kaart + "/herstel").then().statusCode(200)
                .body("verwijderd", is(false));
        when().get("/api/plannen/" + plan + "/projectkaarten?thema=inkoop").then().body("id", contains((int) kaart));
    }

    @Test
    void badInputAnswers400NamingEveryField() {
        long plan = Testplannen.gemeente();
        Map<String, Object> velden = new HashMap<>();
        velden.put("thema", "sport");
        velden.put("titel", " ");
        velden.put("investeringBedrag", "veel");
        velden.put("smart", List.of("snel"));
        velden.put("kleur", "rood");
        velden.put("volledig", 100);
        velden.put("mijlpalen", List.of(Map.of("omschrijving", "Gunning", "datum", "30-06-2021")));
        Kaarten.maak(plan, velden).statusCode(400).contentType("application/problem+json")
                .body("velden.veld", containsInAnyOrder("thema", "titel", "investeringBedrag", "smart", "kleur",
                        "volledig", "mijlpalen[0].datum"))
                .body("velden.find { it.veld == 'thema' }.melding", containsString("geen thema van het model"))
                .body("velden.find { it.veld == 'thema' }.toegestaan", hasItem("inkoop"))
                .body("velden.find { it.veld == 'volledig' }.melding", equalTo("dit veld kan niet worden gewijzigd"))
                .body("velden.find { it.veld == 'mijlpalen[0].datum' }.melding", containsString("JJJJ-MM-DD"));
        Kaarten.maak(plan, Map.of("investeringBedrag", 12.345)).statusCode(400)
                .body("velden[0].melding", containsString("twee cijfers achter de komma"));
        Kaarten.maak(plan, Map.of("investeringBedrag", -5)).statusCode(400)
                .body("velden[0].melding", containsString("negatief"));
        long kaart = Kaarten.nieuw(plan, Map.of());
        Kaarten.wijzig(plan, kaart, Map.of("titel", "Zonder versie")).statusCode(400)
                .body("velden[0].veld", equalTo("version"));
        Kaarten.wijzig(plan, kaart, Map.of("mijlpalen", List.of(), "version", 0)).statusCode(400)
                .body("velden[0].veld", equalTo("mijlpalen"));
        given().contentType(ContentType.JSON).body("[1]").post("/api/plannen/" + plan + "/projectkaarten").then()
                .statusCode(400);
    }

    @Test
    void unknownPlansAndCardsAnswer404() {
        long plan = Testplannen.gemeente();
        when().get("/api/plannen/999999/projectkaarten").then().statusCode(404);
        when().get("/api/plannen/" + plan + "/projectkaarten/999999").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("geen projectkaart"));
        long elders = Kaarten.nieuw(Testplannen.gemeente(), Map.of());
        when().get("/api/plannen/" + plan + "/projectkaarten/" + elders).then().statusCode(404);
        Kaarten.wijzig(plan, elders, Map.of("titel", "x", "version", 0)).statusCode(404);
        when().delete("/api/plannen/" + plan + "/projectkaarten/" + elders).then().statusCode(404);
    }

    @Test
    void aStaleVersionAnswers409WithTheCurrentState() {
        long plan = Testplannen.gemeente();
        long kaart = Kaarten.nieuw(plan, Map.of());
        Kaarten.wijzig(plan, kaart, Map.of("doel", "Eerste", "version", 0)).statusCode(200);
        Kaarten.wijzig(plan, kaart, Map.of("doel", "Tweede", "version", 0)).statusCode(409)
                .contentType("application/problem+json")
                .body("huidig.doel", equalTo("Eerste")).body("huidig.version", equalTo(1));
        Kaarten.lees(plan, kaart).body("doel", equalTo("Eerste"));
    }

    @Test
    void personFieldsTakeAMemberOfThePlanByIdAndRefuseOthers() {
        long plan = Testplannen.gemeente();
        String lid = Testgebruikers.nieuw("Fatima el Amrani");
        Testgebruikers.lid(plan, lid, "projectleider");
        long lidId = Testgebruikers.id(lid);
        long buitenstaander = Testgebruikers.id(Testgebruikers.nieuw("Buiten Staander"));
        long kaart = Kaarten.maak(plan, Map.of("projectleiderId", lidId, "projectleider", "getypte naam"))
                .statusCode(201).body("projectleider", equalTo("Fatima el Amrani"))
                .body("projectleiderId", equalTo((int) lidId)).extract().<Number>path("id").longValue();
        Kaarten.wijzig(plan, kaart, Map.of("projectmanagerId", buitenstaander, "version", 0)).statusCode(400)
                .body("velden[0].veld", equalTo("projectmanagerId"))
                .body("velden[0].melding", containsString("geen lid van dit plan"));
        Kaarten.wijzig(plan, kaart, Map.of("projectleider", "Iemand anders", "version", 0)).statusCode(200)
                .body("projectleider", equalTo("Iemand anders")).body("projectleiderId", nullValue());
    }

    @Test
    void aCardLinksRisksOfItsPlanAndActionsOfItsTheme() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "keuze maken");
        long beleidsactie = Testplannen.actie(plan, "beleid", "verordening", "verordening opstellen");
        Number risico = given().contentType(ContentType.JSON).body(Map.of("categorie", "financieel",
                        "omschrijving", "Budget te laag", "ingebrachtDoor", "Controller"))
                .post("/api/plannen/" + plan + "/risicos").then().statusCode(201).extract().path("id");
        long kaart = Kaarten.maak(plan, Map.of("risicoIds", List.of(risico), "actieIds", List.of(actie)))
                .statusCode(201)
                .body("risicoIds", contains(risico.intValue())).body("risicos[0].omschrijving", equalTo("Budget te laag"))
                .body("ontbreekt", org.hamcrest.Matchers.not(hasItem("risicosEnVoorwaarden")))
                .body("acties[0].actie", equalTo("keuze maken")).body("acties[0].status", equalTo("open"))
                .body("voortgang.actiesPerStatus.open", equalTo(1)).body("voortgang.actiesToepasbaar", equalTo(1))
                .extract().<Number>path("id").longValue();
        Kaarten.wijzig(plan, kaart, Map.of("actieIds", List.of(actie, beleidsactie), "version", 0)).statusCode(400)
                .body("velden[0].veld", equalTo("actieIds")).body("velden[0].melding", containsString("Beleid"));
        // a theme change must take the linked actions along
        Kaarten.wijzig(plan, kaart, Map.of("thema", "beleid", "version", 0)).statusCode(400)
                .body("velden[0].veld", equalTo("actieIds"));
        long anderPlan = Testplannen.gemeente();
        Number vreemdRisico = given().contentType(ContentType.JSON).body(Map.of("categorie", "financieel",
                        "omschrijving", "Elders", "ingebrachtDoor", "Controller"))
                .post("/api/plannen/" + anderPlan + "/risicos").then().statusCode(201).extract().path("id");
        Kaarten.wijzig(plan, kaart, Map.of("risicoIds", List.of(vreemdRisico), "version", 0)).statusCode(400)
                .body("velden[0].veld", equalTo("risicoIds"));
        given().contentType(ContentType.JSON).body(Map.of("status", "afgerond", "version", 0))
                .patch("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(200);
        Kaarten.lees(plan, kaart).body("voortgang.actiesAfgerond", equalTo(1));
    }

    @Test
    void aStuurgroepMemberReadsButCannotChangeAndAStrangerSeesNothing() {
        long plan = Testplannen.gemeente();
        long kaart = Kaarten.nieuw(plan, Map.of());
        String stuurgroep = Testgebruikers.nieuw("Stuurgroeplid");
        Testgebruikers.lid(plan, stuurgroep, "stuurgroep");
        String vreemde = Testgebruikers.nieuw("Vreemde");
        Testgebruikers.als(stuurgroep, Testgebruikers.WACHTWOORD);
        Kaarten.lees(plan, kaart).statusCode(200);
        Kaarten.wijzig(plan, kaart, Map.of("titel", "x", "version", 0)).statusCode(403);
        Kaarten.maak(plan, Map.of()).statusCode(403);
        Testgebruikers.als(vreemde, Testgebruikers.WACHTWOORD);
        Kaarten.lees(plan, kaart).statusCode(404);
    }
}
