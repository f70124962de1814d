package nl.regiebord.plannen;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.security.Testgebruikers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
class LedenApiTest {

    @Test
    void aProjectmanagerAddsChangesAndRemovesMembersButThePlanKeepsOne() {
        long plan = Testplannen.gemeente();
        String pm = Testgebruikers.nieuw("Projectmanager Weert");
        String pl = Testgebruikers.nieuw("Projectleider Weert");
        Testgebruikers.lid(plan, pm, "projectmanager");
        Testgebruikers.als(pm, Testgebruikers.WACHTWOORD);

        Map<String, Object> lid = given().contentType(ContentType.JSON).body(Map.of("gebruikersnaam", pl, "rol", "lezer"))
                .post("/api/plannen/" + plan + "/leden").then().statusCode(201)
                .body("naam", equalTo("Projectleider Weert")).body("rol", equalTo("lezer")).extract().path("$");
        given().contentType(ContentType.JSON).body(Map.of("gebruikersnaam", pl, "rol", "lezer"))
                .post("/api/plannen/" + plan + "/leden").then().statusCode(422);
        given().contentType(ContentType.JSON).body(Map.of("gebruikersnaam", "niemand-bekend", "rol", "lezer"))
                .post("/api/plannen/" + plan + "/leden").then().statusCode(400)
                .body("velden[0].veld", equalTo("gebruikersnaam"));
        given().contentType(ContentType.JSON).body(Map.of("gebruikersnaam", pl, "rol", "baas"))
                .post("/api/plannen/" + plan + "/leden").then().statusCode(400).body("velden[0].veld", equalTo("rol"))
                .body("velden[0].toegestaan", containsInAnyOrder("projectmanager", "projectleider", "stuurgroep", "lezer"));

        given().contentType(ContentType.JSON).body(Map.of("rol", "projectleider", "version", lid.get("version")))
                .patch("/api/plannen/" + plan + "/leden/" + lid.get("id")).then().statusCode(200)
                .body("rol", equalTo("projectleider"));
        given().contentType(ContentType.JSON).body(Map.of("rol", "stuurgroep", "version", lid.get("version")))
                .patch("/api/plannen/" + plan + "/leden/" + lid.get("id")).then().statusCode(409)
                .body("huidig.rol", equalTo("projectleider"));

        // the beheerder made the plan and is its projectmanager; pm is the second
        List<Map<String, Object>> leden = given().get("/api/plannen/" + plan + "/leden").then().statusCode(200)
                .extract().path("$");
        Map<String, Object> beheerder = leden.stream().filter(l -> l.get("gebruikersnaam").equals("beheerder"))
                .findFirst().orElseThrow();
        given().delete("/api/plannen/" + plan + "/leden/" + beheerder.get("id")).then().statusCode(204);
        Map<String, Object> ik = given().get("/api/plannen/" + plan + "/leden").then().extract()
                .path("find { it.gebruikersnaam == '" + pm + "' }");
        given().contentType(ContentType.JSON).body(Map.of("rol", "lezer", "version", ik.get("version")))
                .patch("/api/plannen/" + plan + "/leden/" + ik.get("id")).then().statusCode(422)
                .body("detail", equalTo("Een plan houdt minstens één projectmanager. Maak eerst iemand anders projectmanager."));
    }

    @Test
    void theHistoryNamesWhoChangedTheMembers() {
        long plan = Testplannen.gemeente();
        String lezer = Testgebruikers.nieuw("Lezer Lisa");
        Testgebruikers.lid(plan, lezer, "lezer");
        given().get("/api/plannen/" + plan + "/activiteit").then().statusCode(200)
                .body("[0].veld", equalTo("lid Lezer Lisa")).body("[0].nieuw", equalTo("lezer"))
                .body("[0].gebruiker", equalTo("Beheerder"));
    }

    @Test
    void theMembersPageAddsAMemberWithARole() {
        long plan = Testplannen.gemeente();
        String naam = Testgebruikers.nieuw("Stuurgroeplid Sam");
        Document pagina = Bezoeker.open("/plannen/" + plan + "/leden");
        var antwoord = Bezoeker.verstuur(pagina, "form[action=/plannen/" + plan + "/leden]",
                Map.of("gebruikersnaam", naam, "rol", "stuurgroep"));
        String naar = Bezoeker.doorverwezenNaar(antwoord);
        Document na = Bezoeker.open(naar.substring(0, naar.indexOf('#')));
        var rij = na.getElementById(naar.substring(naar.indexOf('#') + 1));
        assertNotNull(rij);
        assertEquals("stuurgroep", rij.selectFirst("select[name=rol] option[selected]").val());
    }
}
