package nl.regiebord.actie;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.regiebord.klok.VerstelbareKlok;
import nl.regiebord.plan.Testplannen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class VoortgangApiTest {

    @Inject
    VerstelbareKlok klok;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    @Test
    void progressPerThemeLeavesNvtOutOfTheDenominator() {
        long plan = Testplannen.maak(List.of("Weert"), "2022-01-01", true);
        klok.zet(LocalDate.of(2021, 4, 15));
        String pad = "/api/plannen/" + plan + "/voortgang";
        when().get(pad).then().statusCode(200)
                .body("thema", contains("keuze", "beleid", "financien", "inkoop", "werkprocessen", "communicatie"))
                .body("[2].perStatus.afgerond", equalTo(5))
                .body("[2].perStatus.open", equalTo(1))
                .body("[2].totaal", equalTo(6))
                .body("[2].percentageAfgerond", equalTo(83))
                .body("[2].volgendeDeadline", equalTo("2021-04-30"))
                .body("[1].teLaat", equalTo(3))
                .body("[1].volgendeDeadline", equalTo("2021-05-31"))
                .body("[5].volgendeDeadline", nullValue())
                .body("[5].percentageAfgerond", equalTo(0));

        long vaststellen = Testplannen.actie(plan, "financien", null, "begroting vaststellen");
        given().contentType(ContentType.JSON).body(Map.of("status", "nvt", "version", 0))
                .patch("/api/plannen/" + plan + "/acties/" + vaststellen).then().statusCode(200);
        when().get(pad).then()
                .body("[2].toepasbaar", equalTo(5))
                .body("[2].percentageAfgerond", equalTo(100))
                .body("[2].perStatus.nvt", equalTo(1))
                .body("[2].volgendeDeadline", nullValue());
    }

    @Test
    void lateActionsAreCountedPerTheme() {
        long plan = Testplannen.gemeente();
        klok.zet(LocalDate.of(2021, 6, 1));
        when().get("/api/plannen/" + plan + "/voortgang").then()
                .body("find { it.thema == 'werkprocessen' }.teLaat", equalTo(4))
                .body("find { it.thema == 'inkoop' }.teLaat", equalTo(2))
                .body("find { it.thema == 'keuze' }.teLaat", equalTo(1))
                .body("find { it.thema == 'inkoop' }.volgendeDeadline", equalTo("2021-09-30"));
    }
}
