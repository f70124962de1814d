package nl.regiebord.actie;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.security.Testgebruikers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class MijnActiesTest {

    private static ValidatableResponse patch(long plan, long actie, Map<String, ?> body) {
        Number versie = given().get("/api/plannen/" + plan + "/acties/" + actie).then().extract().path("version");
        Map<String, Object> metVersie = new HashMap<>(body);
        metVersie.put("version", versie);
        return given().contentType(ContentType.JSON).body(metVersie)
                .patch("/api/plannen/" + plan + "/acties/" + actie).then();
    }

    @Test
    void theListHoldsTheUsersOpenActionsAcrossPlansLateFirstThenByDeadline() {
        String fatima = Testgebruikers.nieuw("Fatima el Amrani");
        long fatimaId = Testgebruikers.id(fatima);
        long weert = Testplannen.gemeente();
        long regio = Testplannen.samenwerkingsverband();
        Testgebruikers.lid(weert, fatima, "projectleider");
        Testgebruikers.lid(regio, fatima, "projectleider");
        // the model plans these on the inwerkingtreding of 2022-01-01; the clock stands at 2026-11-23
        long laat = Testplannen.actie(regio, "inkoop", null, "uitvoeren");
        long vroeg = Testplannen.actie(weert, "inkoop", null, "uitvoeren");
        long later = Testplannen.actie(weert, "financien", null, "begroting opstellen");
        long klaar = Testplannen.actie(weert, "inkoop", null, "keuze maken");
        patch(regio, laat, Map.of("verantwoordelijkeId", fatimaId)).statusCode(200)
                .body("verantwoordelijke", equalTo("Fatima el Amrani"));
        patch(weert, vroeg, Map.of("verantwoordelijkeId", fatimaId, "deadline", "2027-03-01")).statusCode(200);
        patch(weert, later, Map.of("verantwoordelijke", "fatima EL amrani", "deadline", "2027-06-01")).statusCode(200)
                .body("verantwoordelijkeId", equalTo((int) fatimaId));
        patch(weert, klaar, Map.of("verantwoordelijkeId", fatimaId, "status", "afgerond")).statusCode(200);

        Testgebruikers.als(fatima, Testgebruikers.WACHTWOORD);
        given().get("/api/mij/acties").then().statusCode(200)
                .body("id", contains((int) laat, (int) vroeg, (int) later))
                .body("teLaat", contains(true, false, false))
                .body("[0].planId", equalTo((int) regio));

        Document pagina = Bezoeker.open("/mijn-acties");
        List<String> rijen = pagina.select("#mijn-acties tbody tr td:first-child a").eachAttr("href");
        assertEquals(List.of("/plannen/" + regio + "/acties/" + laat, "/plannen/" + weert + "/acties/" + vroeg,
                "/plannen/" + weert + "/acties/" + later), rijen);
        assertEquals(1, pagina.select("#mijn-acties tr.te-laat").size());
    }

    @Test
    void onlyAMemberOfThePlanCanBeVerantwoordelijkeById() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "uitvoeren");
        long buitenstaander = Testgebruikers.id(Testgebruikers.nieuw("Jan Buiten"));
        patch(plan, actie, Map.of("verantwoordelijkeId", buitenstaander)).statusCode(400)
                .body("velden[0].veld", equalTo("verantwoordelijkeId"))
                .body("velden[0].melding", equalTo("gebruiker " + buitenstaander + " is geen lid van dit plan"));
        // a name that is no member's stays just a name
        patch(plan, actie, Map.of("verantwoordelijke", "team Werk en Inkomen")).statusCode(200)
                .body("verantwoordelijkeId", nullValue());
    }

    @Test
    void whoLeavesThePlanNoLongerSeesItsActions() {
        String piet = Testgebruikers.nieuw("Piet de Vries");
        long plan = Testplannen.gemeente();
        Testgebruikers.lid(plan, piet, "projectleider");
        long actie = Testplannen.actie(plan, "inkoop", null, "uitvoeren");
        patch(plan, actie, Map.of("verantwoordelijkeId", Testgebruikers.id(piet))).statusCode(200);
        Number lid = given().get("/api/plannen/" + plan + "/leden").then().extract()
                .path("find { it.gebruikersnaam == '" + piet + "' }.id");
        given().delete("/api/plannen/" + plan + "/leden/" + lid).then().statusCode(204);

        Testgebruikers.als(piet, Testgebruikers.WACHTWOORD);
        given().get("/api/mij/acties").then().statusCode(200).body("$", hasSize(0));
        given().get("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(404);
    }
}
