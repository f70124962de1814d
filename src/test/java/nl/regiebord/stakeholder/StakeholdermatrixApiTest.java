package nl.regiebord.stakeholder;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import nl.regiebord.plan.Testplannen;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class StakeholdermatrixApiTest {

    static final List<String> NIVEAUS = List.of("laag", "matig", "hoog", "zeer hoog");

    @Test
    void theSixteenCellsEachHoldTheirStakeholderAndNameTheirQuadrant() {
        long plan = Testplannen.gemeente();
        for (String belang : NIVEAUS) {
            for (String invloed : NIVEAUS) {
                Stakeholders.gescoord(plan, "B " + belang + " I " + invloed, belang, invloed);
            }
        }
        Stakeholders.voegToe(plan, Map.of("naam", "Nog niet gescoord", "belang", "hoog")).statusCode(201);
        var antwoord = when().get("/api/plannen/" + plan + "/stakeholdermatrix").then().statusCode(200)
                .body("aantal", equalTo(16)).body("cellen", hasSize(16)).body("peildatum", nullValue())
                .body("herijking", nullValue())
                .body("cellen[0].invloed", equalTo("zeer hoog")).body("cellen[0].belang", equalTo("laag"))
                .body("cellen[15].invloed", equalTo("laag")).body("cellen[15].belang", equalTo("zeer hoog"))
                .body("kwadranten.kwadrant", contains("belangrijke speler", "tevreden houden", "informeren", "monitoren"))
                .body("kwadranten.aantal", contains(4, 4, 4, 4));
        for (String belang : NIVEAUS) {
            for (String invloed : NIVEAUS) {
                boolean belangHoog = belang.contains("hoog");
                boolean invloedHoog = invloed.contains("hoog");
                String kwadrant = invloedHoog ? (belangHoog ? "belangrijke speler" : "tevreden houden")
                        : (belangHoog ? "informeren" : "monitoren");
                String cel = HerijkingApiTest.cel(belang, invloed);
                antwoord.body(cel + ".kwadrant", equalTo(kwadrant)).body(cel + ".aantal", equalTo(1))
                        .body(cel + ".stakeholders.naam", contains("B " + belang + " I " + invloed));
            }
        }
    }
}
