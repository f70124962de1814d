package nl.regiebord.modelplan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nl.regiebord.seed.SeedLader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The seeded model against the tijdtafels of ch. 2 of the Model Plan van Aanpak (Tabel 1 to 5). */
@QuarkusTest
class ModelApiTest {

    /** thema | onderdeel | fase | actie | deadline as written | model status | deadline at 2022-01-01 */
    private static final String[][] TIJDTAFELS = {
            {"keuze", null, "voorbereidende fase", "notitie opstellen", "", "afgerond", "2020-12-31"},
            {"beleid", "startnotitie", "voorbereidende fase", "startnotitie opstellen", "", "afgerond", "2020-12-31"},
            {"beleid", "startnotitie", "besluitvormende fase", "startnotitie vaststellen", "", "afgerond", "2020-12-31"},
            {"beleid", "beleidskader", "voorbereidende fase", "inventariseren", "", "afgerond", "2020-12-31"},
            {"beleid", "beleidskader", "voorbereidende fase", "planning maken", "", "afgerond", "2020-12-31"},
            {"beleid", "beleidskader", "uitvoerende fase", "beleidskader opstellen", "", "afgerond", "2020-12-31"},
            {"beleid", "beleidskader", "besluitvormende fase", "beleidskader vaststellen", "", "afgerond", "2020-12-31"},
            {"beleid", "verordening", "voorbereidende fase", "inventariseren", "februari 2021", "", "2021-02-28"},
            {"beleid", "verordening", "voorbereidende fase", "planning maken", "februari 2021", "", "2021-02-28"},
            {"beleid", "verordening", "uitvoerende fase", "verordening opstellen", "juni 2021", "", "2021-06-30"},
            {"beleid", "verordening", "besluitvormende fase", "verordening vaststellen", "oktober 2021", "", "2021-10-31"},
            {"beleid", "beleidsregels", "voorbereidende fase", "inventariseren", "", "afgerond", "2020-12-31"},
            {"beleid", "beleidsregels", "voorbereidende fase", "planning maken", "", "afgerond", "2020-12-31"},
            {"beleid", "beleidsregels", "uitvoerende fase", "beleidsregels opstellen", "maart 2021", "", "2021-03-31"},
            {"beleid", "beleidsregels", "besluitvormende fase", "beleidsregels vaststellen", "mei 2021", "", "2021-05-31"},
            {"beleid", "beleidsregels", "uitvoerende fase", "instrueren van klantmanagers", "september - oktober 2021", "", "2021-10-31"},
            {"financien", null, "voorbereidende fase", "inventariseren", "", "afgerond", "2020-12-31"},
            {"financien", null, "voorbereidende fase", "doorrekenen", "", "afgerond", "2020-12-31"},
            {"financien", null, "besluitvormende fase", "begroting opstellen", "", "afgerond", "2020-12-31"},
            {"financien", null, "besluitvormende fase", "begroting controleren", "", "afgerond", "2020-12-31"},
            {"financien", null, "besluitvormende fase", "begroting aanpassen", "", "afgerond", "2020-12-31"},
            {"financien", null, "besluitvormende fase", "begroting vaststellen", "april 2021", "", "2021-04-30"},
            {"inkoop", null, "voorbereidende fase", "inventariseren", "uiterlijk april 2021", "", "2021-04-30"},
            {"inkoop", null, "besluitvormende fase", "keuze maken", "april 2021", "", "2021-04-30"},
            {"inkoop", null, "uitvoerende fase", "uitvoeren", "uiterlijk september 2021", "", "2021-09-30"},
            {"werkprocessen", null, "voorbereidende fase", "inventariseren en analyseren", "april 2021", "", "2021-04-30"},
            {"werkprocessen", null, "besluitvormende fase", "beoordelen", "april 2021", "", "2021-04-30"},
            {"werkprocessen", null, "uitvoerende fase", "ontwerpen", "april 2021", "", "2021-04-30"},
            {"werkprocessen", null, "uitvoerende fase", "inrichten", "mei 2021", "", "2021-05-31"},
            {"werkprocessen", null, "evaluerende fase", "testen", "oktober 2021", "", "2021-10-31"},
            {"werkprocessen", null, "evaluerende fase", "instrueren", "oktober 2021", "", "2021-10-31"},
    };

    @Inject
    SeedLader seedLader;

    @Test
    void themesAreSeededInTheModelsOrder() {
        when().get("/api/model").then().statusCode(200)
                .body("versie", equalTo("2021-04.1"))
                .body("themas.sleutel", contains("keuze", "beleid", "financien", "inkoop", "werkprocessen", "communicatie"))
                .body("themas.naam", contains("Keuze lokaal of (sub)regionaal", "Beleid", "Financiën", "Inkoop",
                        "Werkprocessen en ICT-systemen", "Voorlichting en communicatie"))
                .body("themas[1].onderdelen.sleutel", contains("startnotitie", "beleidskader", "verordening", "beleidsregels"));
    }

    @Test
    void everyTijdtafelRowIsSeededWithItsFaseAndDeadline() {
        JsonPath model = when().get("/api/model").then().statusCode(200).extract().jsonPath();
        List<String[]> gezaaid = new ArrayList<>();
        for (Map<String, Object> thema : model.<Map<String, Object>>getList("themas")) {
            if (thema.get("sleutel").equals("communicatie")) {
                continue;
            }
            for (Map<String, Object> onderdeel : lijst(thema.get("onderdelen"))) {
                for (Map<String, Object> actie : lijst(onderdeel.get("acties"))) {
                    gezaaid.add(new String[]{(String) thema.get("sleutel"), (String) onderdeel.get("sleutel"),
                            (String) actie.get("fase"), (String) actie.get("actie"), (String) actie.get("deadlineTekst"),
                            (String) actie.get("modelStatus"), (String) actie.get("deadline")});
                }
            }
        }
        assertEquals(31, gezaaid.size());
        for (int i = 0; i < TIJDTAFELS.length; i++) {
            assertEquals(java.util.Arrays.asList(TIJDTAFELS[i]), java.util.Arrays.asList(gezaaid.get(i)), "rij " + (i + 1));
        }
    }

    @Test
    void thePeriodKeepsItsStart() {
        when().get("/api/model").then()
                .body("themas[1].onderdelen[3].acties[4].actie", equalTo("instrueren van klantmanagers"))
                .body("themas[1].onderdelen[3].acties[4].start", equalTo("2021-09-01"));
    }

    @Test
    void communicatieHasStepsButNoDeadlines() {
        when().get("/api/model").then()
                .body("themas[5].onderdelen.sleutel", contains("voorlichting", "communicatie"))
                .body("themas[5].onderdelen.acties.flatten().deadline.findAll { it != null }", hasSize(0))
                .body("themas[5].onderdelen[0].acties[0].stappen.kop", contains("Inventariseer", "Inventariseer"))
                .body("themas[5].aandachtspunten", hasSize(3));
    }

    @Test
    void stepsAndAandachtspuntenBelongToTheirPart() {
        when().get("/api/model").then()
                .body("themas[1].onderdelen[2].aandachtspunten", hasSize(3))
                .body("themas[1].onderdelen[2].acties[3].stappen[0].kop", equalTo("Stel de verordening vast"))
                .body("themas[1].onderdelen[2].acties[3].stappen[0].tekst", equalTo("door de gemeenteraad."))
                .body("themas[1].onderdelen[2].acties[3].besluitorgaan", equalTo("raad"))
                .body("themas[1].onderdelen[1].acties[2].stappen[1].punten", hasSize(9))
                .body("themas[3].aandachtspunten", hasSize(8));
    }

    @Test
    void theKetenHasFiveSchakelsWithTheMunicipalitysRole() {
        when().get("/api/model/keten").then().statusCode(200)
                .body("nummer", contains(1, 2, 3, 4, 5))
                .body("[0].naam", equalTo("Vaststellen inburgeringsplicht"))
                .body("[0].rolGemeente", equalTo("In de eerste schakel hebben gemeenten geen rol."))
                .body("[0].taken", hasSize(0))
                .body("[2].taken", hasSize(8))
                .body("[4].naam", equalTo("Afronden inburgering"));
    }

    @Test
    void seedingAgainChangesNothing() {
        String voor = given().get("/api/model").asString();
        long acties = ModelActieTeller.tel();
        seedLader.herlaad();
        assertEquals(acties, ModelActieTeller.tel());
        assertEquals(voor, given().get("/api/model").asString());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lijst(Object waarde) {
        return (List<Map<String, Object>>) waarde;
    }
}
