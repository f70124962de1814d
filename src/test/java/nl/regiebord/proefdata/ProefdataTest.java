package nl.regiebord.proefdata;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.regiebord.meting.Sqlteller;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.security.Testgebruikers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test data made at start (3 plans here, 342 for the benchmarks) is what its users see through the API and pages. */
@QuarkusTest
@TestProfile(ProefdataTest.DriePlannen.class)
class ProefdataTest {

    public static class DriePlannen implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("regiebord.proefdata.plannen", "3");
        }
    }

    static final String WACHTWOORD = "proefdata-wachtwoord";

    @Inject
    Proefdata proefdata;

    @Test
    void eachPlanHasItsMembersActionsRisksCardsAndStakeholders() {
        for (Proefnamen.Proefplan proef : Proefnamen.plannen(3, 2021)) {
            Testgebruikers.als(proef.sleutel() + ".projectmanager", WACHTWOORD);
            List<Map<String, Object>> plannen = given().get("/api/plannen").then().statusCode(200).extract().path("");
            assertEquals(1, plannen.size());
            assertEquals(proef.naam(), plannen.get(0).get("naam"));
            assertEquals(proef.gemeenten(), plannen.get(0).get("gemeenten"));
            String plan = "/api/plannen/" + plannen.get(0).get("id");

            JsonPath leden = given().get(plan + "/leden").then().statusCode(200).extract().jsonPath();
            assertEquals(List.of("lezer", "projectleider", "projectleider", "projectmanager", "stuurgroep"),
                    leden.getList("rol", String.class).stream().sorted().toList());

            JsonPath acties = given().get(plan + "/acties").then().statusCode(200).extract().jsonPath();
            List<String> statussen = acties.getList("status", String.class);
            assertTrue(statussen.size() >= 38, "acties: " + statussen.size());
            assertTrue(statussen.contains("afgerond") && statussen.contains("bezig") && statussen.contains("open"),
                    "een spreiding van statussen: " + statussen);

            assertEquals(20, given().get(plan + "/risicos").then().statusCode(200).extract().jsonPath()
                    .getList("id").size());
            Map<String, Long> perDeelnemer = given().get(plan + "/risicos").then().extract().jsonPath()
                    .getList("ingebrachtDoor", String.class).stream()
                    .collect(java.util.stream.Collectors.groupingBy(n -> n, java.util.stream.Collectors.counting()));
            assertEquals(4, perDeelnemer.size());
            assertTrue(perDeelnemer.values().stream().allMatch(n -> n == 5));
            assertEquals(2, given().get(plan + "/risicoreviews").then().statusCode(200).extract().jsonPath()
                    .getList("id").size());

            JsonPath kaarten = given().get(plan + "/projectkaarten").then().statusCode(200).extract().jsonPath();
            assertEquals(5, kaarten.getList("id").size());
            Number kaart = kaarten.get("[0].id");
            assertTrue(given().get(plan + "/projectkaarten/" + kaart + "/mijlpalen").then().statusCode(200)
                    .extract().jsonPath().getList("id").size() >= 3);

            JsonPath stakeholders = given().get(plan + "/stakeholders").then().statusCode(200).extract().jsonPath();
            assertEquals(40, stakeholders.getList("id").size());
            assertTrue(stakeholders.getList("laatsteContact").stream().filter(java.util.Objects::nonNull).count() > 10,
                    "contactlogboeken");

            List<String> producten = given().get(plan + "/producten").then().statusCode(200).extract().jsonPath()
                    .getList("status", String.class);
            assertTrue(producten.contains("geleverd") && producten.contains("open"), "productvoortgang: " + producten);

            List<String> wie = given().get(plan + "/activiteit?limit=500").then().statusCode(200).extract().jsonPath()
                    .getList("gebruiker", String.class);
            assertTrue(wie.stream().distinct().count() >= 3, "de historie noemt de leden die het deden: " + wie);
        }
    }

    @Test
    void thePagesShowTheGeneratedPlan() {
        Proefnamen.Proefplan proef = Proefnamen.plannen(1, 2021).get(0);
        Testgebruikers.als(proef.sleutel() + ".projectleider1", WACHTWOORD);
        Number id = given().get("/api/plannen").then().statusCode(200).extract().path("[0].id");
        Document dashboard = Bezoeker.open("/plannen/" + id);
        assertTrue(dashboard.text().contains(proef.naam()), dashboard.text());
        Document tijdtafel = Bezoeker.open("/plannen/" + id + "/tijdtafel");
        assertTrue(tijdtafel.select("tbody tr").size() >= 38, "rijen op de tijdtafel");
        assertNotNull(Bezoeker.open("/plannen/" + id + "/risicomatrix"));
    }

    /**
     * An N+1 query shows up as statements that grow with the plan: a full plan (40 stakeholders with links and
     * contacts, 5 cards, 20 risks, every action's steps) must cost the reading requests no more than these.
     * Raise a budget only with a reason; docs/benchmarks.md has the per-statement story.
     */
    @Test
    void theReadingRequestsOfAFullPlanStayWithinTheirStatementBudget() {
        Proefnamen.Proefplan proef = Proefnamen.plannen(1, 2021).get(0);
        Testgebruikers.als(proef.sleutel() + ".projectleider1", WACHTWOORD);
        Number id = given().get("/api/plannen").then().statusCode(200).extract().path("[0].id");
        Map<String, Integer> budget = new java.util.LinkedHashMap<>();
        budget.put("/plannen/" + id, 21);
        budget.put("/plannen/" + id + "/tijdtafel", 8);   // 8th: the members, suggested under every owner field
        budget.put("/api/plannen/" + id + "/acties", 7);
        budget.put("/api/plannen/" + id + "/risicomatrix", 7);
        // the meeting view reads each feature once; the page adds the members and the meetings (with their actiepunten)
        budget.put("/plannen/" + id + "/stuurgroep", 20);
        budget.put("/api/plannen/" + id + "/stuurgroep", 15);
        budget.put("/api/plannen/" + id + "/besluitenrooster", 4);
        budget.forEach((pad, maximum) -> {
            given().get(pad).then().statusCode(200);   // the first may log in
            long voor = Sqlteller.aantal();
            given().get(pad).then().statusCode(200);
            long statements = Sqlteller.aantal() - voor;
            assertTrue(statements <= maximum, pad + ": " + statements + " SQL-statements, budget " + maximum);
        });
    }

    @Test
    void aSecondRunAddsNothingAndALargerOneOnlyTheNewPlans() {
        Proefdata.Uitkomst opnieuw = proefdata.vul(3);
        assertEquals(0, opnieuw.gemaakt());
        assertEquals(3, opnieuw.alAanwezig());
        Proefdata.Uitkomst meer = proefdata.vul(4);
        assertEquals(1, meer.gemaakt());
        assertEquals(3, meer.alAanwezig());
    }
}
