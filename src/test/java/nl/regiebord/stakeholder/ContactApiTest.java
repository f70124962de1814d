package nl.regiebord.stakeholder;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import nl.regiebord.klok.VerstelbareKlok;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.security.Testgebruikers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ContactApiTest {

    @Inject
    VerstelbareKlok klok;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    @Test
    void theNextContactIsDueOnePeriodAfterTheLastAndOverdueAfterThat() {
        klok.zet(LocalDate.of(2026, 9, 1));
        long plan = Testplannen.gemeente();
        long id = Stakeholders.id(Stakeholders.voegToe(plan, Map.of("naam", "DUO", "frequentie", "per kwartaal")));
        String pad = "/api/plannen/" + plan + "/stakeholders/" + id;
        // before any contact the period counts from the day it was added
        when().get(pad).then().body("laatsteContact", nullValue()).body("volgendContact", equalTo("2026-12-01"))
                .body("contactTeLaat", is(false));
        klok.zet(LocalDate.of(2026, 12, 1));
        when().get(pad).then().body("contactTeLaat", is(false));
        klok.zet(LocalDate.of(2026, 12, 2));
        when().get(pad).then().body("contactTeLaat", is(true));

        Stakeholders.contact(plan, id, Map.of("datum", "2026-11-30", "door", "Jan", "vorm", "telefoon",
                "samenvatting", "Afspraken over het klantprofiel")).statusCode(201)
                .body("datum", equalTo("2026-11-30")).body("vorm", equalTo("telefoon"));
        when().get(pad).then().body("laatsteContact", equalTo("2026-11-30")).body("volgendContact", equalTo("2027-02-28"))
                .body("contactTeLaat", is(false));
        // an older contact logged later does not move the due day back
        Stakeholders.contact(plan, id, Map.of("datum", "2026-10-01", "door", "Els")).statusCode(201);
        when().get(pad).then().body("volgendContact", equalTo("2027-02-28"));
        when().get(pad + "/contacten").then().body("datum", contains("2026-11-30", "2026-10-01"));
    }

    @Test
    void eachFrequencyPlansItsOwnNextContact() {
        long plan = Testplannen.gemeente();
        Map<String, String> verwacht = Map.of("wekelijks", "2026-11-30", "maandelijks", "2026-12-23",
                "per kwartaal", "2027-02-23", "halfjaarlijks", "2027-05-23", "jaarlijks", "2027-11-23");
        verwacht.forEach((frequentie, volgend) -> Stakeholders.voegToe(plan, Map.of("frequentie", frequentie))
                .statusCode(201).body("volgendContact", equalTo(volgend)));
        Stakeholders.voegToe(plan, Map.of("frequentie", "incidenteel")).statusCode(201)
                .body("volgendContact", nullValue()).body("contactTeLaat", is(false));
        Stakeholders.voegToe(plan, Map.of()).statusCode(201).body("volgendContact", nullValue());
    }

    @Test
    void overdueContactsAreListedWithTheBelangrijkeSpelersFirst() {
        klok.zet(LocalDate.of(2026, 6, 1));
        long plan = Testplannen.gemeente();
        long monitoren = Stakeholders.id(Stakeholders.voegToe(plan, Map.of("naam", "Tolken", "belang", "laag",
                "invloed", "laag", "frequentie", "wekelijks")));
        long speler = Stakeholders.id(Stakeholders.voegToe(plan, Map.of("naam", "College van wethouders",
                "belang", "zeer hoog", "invloed", "zeer hoog", "frequentie", "maandelijks")));
        long informeren = Stakeholders.id(Stakeholders.voegToe(plan, Map.of("naam", "Taalaanbieders",
                "belang", "hoog", "invloed", "matig", "frequentie", "per kwartaal")));
        long opTijd = Stakeholders.id(Stakeholders.voegToe(plan, Map.of("naam", "Raadsleden",
                "belang", "hoog", "invloed", "hoog", "frequentie", "jaarlijks")));
        klok.herstel();
        when().get("/api/plannen/" + plan + "/stakeholders?teLaat=true").then().statusCode(200)
                .body("id", contains((int) speler, (int) monitoren, (int) informeren))
                .body("volgendContact", contains("2026-07-01", "2026-06-08", "2026-09-01"));
        when().get("/api/plannen/" + plan + "/stakeholders/" + opTijd).then().body("contactTeLaat", is(false));
        Stakeholders.contact(plan, speler, Map.of()).statusCode(201);
        when().get("/api/plannen/" + plan + "/stakeholders?teLaat=true").then()
                .body("id", contains((int) monitoren, (int) informeren));
    }

    @Test
    void aContactIsByTheSignedInUserUnlessSaidOtherwise() {
        long plan = Testplannen.gemeente();
        long id = Stakeholders.id(Stakeholders.voegToe(plan, Map.of()));
        long beheerder = Testgebruikers.id(Testgebruikers.BEHEERDER);
        Stakeholders.contact(plan, id, Map.of()).statusCode(201).body("datum", equalTo("2026-11-23"))
                .body("doorId", equalTo((int) beheerder));
        String lid = Testgebruikers.nieuw("Marieke Lid");
        Testgebruikers.lid(plan, lid, "projectleider");
        Stakeholders.contact(plan, id, Map.of("doorId", Testgebruikers.id(lid))).statusCode(201)
                .body("door", equalTo("Marieke Lid"));
        Stakeholders.contact(plan, id, Map.of("doorId", Testgebruikers.id(Testgebruikers.nieuw("Geen Lid")))).statusCode(400)
                .body("velden[0].veld", equalTo("doorId"));
        Stakeholders.contact(plan, id, Map.of("datum", "2026-11-24", "vorm", "fax", "id", 3)).statusCode(400)
                .body("velden.veld", containsInAnyOrder("id", "datum", "vorm"));
    }

    @Test
    void aDeletedContactNoLongerCountsAndCanBeRestored() {
        long plan = Testplannen.gemeente();
        long id = Stakeholders.id(Stakeholders.voegToe(plan, Map.of("frequentie", "maandelijks")));
        Number contact = Stakeholders.contact(plan, id, Map.of("datum", "2026-11-20")).statusCode(201).extract().path("id");
        String pad = "/api/plannen/" + plan + "/stakeholders/" + id;
        when().get(pad).then().body("volgendContact", equalTo("2026-12-20"));
        when().delete(pad + "/contacten/" + contact).then().statusCode(204);
        when().get(pad).then().body("laatsteContact", nullValue()).body("volgendContact", equalTo("2026-12-23"));
        when().get(pad + "/contacten").then().body("", hasSize(0));
        when().get(pad + "/contacten?verwijderd=true").then().body("", hasSize(1));
        when().post(pad + "/contacten/" + contact + "/herstel").then().statusCode(200);
        when().get(pad).then().body("laatsteContact", equalTo("2026-11-20"));
        when().delete(pad + "/contacten/999999999").then().statusCode(404);
    }
}
