package nl.regiebord.overzicht;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.security.Testgebruikers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ActiviteitTest {

    @Test
    void everyChangeNamesTheUserInTheHistoryAndTheActivity() {
        long plan = Testplannen.gemeente();
        String naam = Testgebruikers.nieuw("Yusuf Demir");
        Testgebruikers.lid(plan, naam, "projectleider");
        long actie = Testplannen.actie(plan, "inkoop", null, "uitvoeren");
        Testgebruikers.als(naam, Testgebruikers.WACHTWOORD);
        given().contentType(ContentType.JSON).body(Map.of("status", "bezig", "version", 0))
                .patch("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("categorie", "operationeel", "omschrijving", "Te weinig taalaanbieders", "ingebrachtDoor",
                        "Yusuf Demir"))
                .post("/api/plannen/" + plan + "/risicos").then().statusCode(201);

        given().get("/api/plannen/" + plan + "/acties/" + actie + "/historie").then().statusCode(200)
                .body("[0].gebruiker", equalTo("Yusuf Demir")).body("[0].nieuw", equalTo("bezig"));
        given().get("/api/plannen/" + plan + "/activiteit?limit=2").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].onderwerp", equalTo("risico")).body("[0].titel", equalTo("R1 Te weinig taalaanbieders"))
                .body("[0].gebruiker", equalTo("Yusuf Demir"))
                .body("[1].onderwerp", equalTo("actie")).body("[1].titel", equalTo("uitvoeren"))
                .body("[1].veld", equalTo("status")).body("[1].gebruiker", equalTo("Yusuf Demir"));
        given().get("/api/plannen/" + plan + "/activiteit?limit=0").then().statusCode(400)
                .body("velden[0].veld", equalTo("limit"));

        Document pagina = Bezoeker.open("/plannen/" + plan + "/activiteit");
        var eerste = pagina.selectFirst("#activiteit tbody tr");
        assertEquals("Yusuf Demir", eerste.select("td").get(1).text());
        var actieRij = pagina.select("#activiteit tbody tr").stream()
                .filter(r -> r.select("td").get(3).text().equals("status")).findFirst().orElseThrow();
        assertEquals("/plannen/" + plan + "/acties/" + actie, actieRij.selectFirst("a").attr("href"));
    }
}
