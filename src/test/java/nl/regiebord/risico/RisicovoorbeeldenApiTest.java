package nl.regiebord.risico;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.regiebord.plan.Testplannen;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class RisicovoorbeeldenApiTest {

    @Test
    void theExamplesOfTabel6AreAddedInOneStepUnscoredAndForNoDeelnemer() {
        long plan = Testplannen.gemeente();
        when().post("/api/plannen/" + plan + "/risicos/voorbeelden").then().statusCode(201)
                .body("", hasSize(11))
                .body("voorbeeldnummer", contains(1, 2, null, 3, 4, null, null, 5, 6, 7, 8))
                .body("nummer", contains("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11"))
                .body("categorie", contains("strategisch", "strategisch", "strategisch", "operationeel", "operationeel",
                        "operationeel", "operationeel", "financieel", "financieel", "financieel", "compliance"))
                .body("voorbeeld", everyItem(is(true)))
                .body("kans", everyItem(nullValue())).body("score", everyItem(nullValue()))
                .body("ingebrachtDoor", everyItem(nullValue())).body("inMatrix", everyItem(is(false)))
                .body("[1].maatregel", equalTo("Tijdig signaleren, opleiden en juiste expertise inhuren."));
        when().get("/api/plannen/" + plan + "/risicomatrix").then().body("aantal", equalTo(0));
        when().post("/api/plannen/" + plan + "/risicos/voorbeelden").then().statusCode(422)
                .body("detail", containsString("staan al"));
        when().post("/api/plannen/999999/risicos/voorbeelden").then().statusCode(404);
    }

    @Test
    void aScoredExampleEntersTheMatrix() {
        long plan = Testplannen.gemeente();
        List<Integer> ids = when().post("/api/plannen/" + plan + "/risicos/voorbeelden").then().statusCode(201)
                .extract().path("id");
        Risicos.wijzig(plan, ids.get(7), Map.of("kans", "hoog", "impact", "midden", "version", 0)).statusCode(200)
                .body("kwalificatie", equalTo("hoog")).body("inMatrix", is(true));
        when().get("/api/plannen/" + plan + "/risicomatrix").then().body("aantal", equalTo(1));
        // the examples count for nobody: five of a deelnemer's own still fit
        for (int i = 0; i < 5; i++) {
            Risicos.gescoord(plan, "laag", "laag", "Kees");
        }
    }
}
