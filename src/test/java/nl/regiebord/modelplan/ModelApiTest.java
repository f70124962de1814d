package nl.regiebord.modelplan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.regiebord.seed.SeedLader;
import org.junit.jupiter.api.Test;

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
                .body("versie", equalTo("2021-04.2"))
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
    void theStartnotitieStepEndsWithTheProjectorganisatieAndTheWerkgroepen() {
        when().get("/api/model").then()
                .body("themas[1].onderdelen[0].acties[1].actie", equalTo("startnotitie vaststellen"))
                .body("themas[1].onderdelen[0].acties[1].stappen.kop", contains("Stel de startnotitie vast"))
                .body("themas[1].onderdelen[0].acties[1].stappen[0].tekst", equalTo("door het college. Na vaststelling "
                        + "volgt de inrichting van de projectorganisatie. Stel concrete opdrachten en een bijbehorende "
                        + "planning op voor de werkgroepen."));
    }

    @Test
    void financienGivesTheRamingBeforeTheBegrotingAsTheModelDoes() {
        JsonPath model = when().get("/api/model").then().statusCode(200).extract().jsonPath();
        String acties = "themas[2].onderdelen[0].acties";
        assertEquals(List.of("inventariseren", "doorrekenen", "begroting opstellen", "begroting controleren",
                "begroting aanpassen", "begroting vaststellen"), model.getList(acties + ".actie"));
        List<String> stappen = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            for (Map<String, Object> stap : model.<Map<String, Object>>getList(acties + "[" + i + "].stappen")) {
                stappen.add(stap.get("kop") + ": " + stap.get("tekst"));
            }
        }
        assertEquals(List.of(
                "Inventariseer: de verwachte kosten voor de uitvoering van de Wet inburgering, bijvoorbeeld door te "
                        + "kijken naar de huidige uitgaven voor inburgeraars bij maatschappelijke organisaties en taalhuizen.",
                "Inventariseer: de verwachte inkomsten voor de uitvoering van de Wet inburgering. Maak daarbij een "
                        + "onderscheid in:",
                "Maak een doorrekening", "Maak een doorrekening", "Maak een doorrekening",
                "Stel een raming op: op basis van de verwachte kosten van de voorbereiding, uitvoering en programma’s "
                        + "en de inkomsten zoals gemeld in de Voorjaarsnota 2020.",
                "Stel een raming op: bepaal of op basis van deze begroting de ambities uit het beleidsplan haalbaar "
                        + "en realistisch zijn. Indien dit niet het geval is:",
                "Stel een begroting op: op basis van de informatie uit de Voorjaarsnota 2020.",
                "Stel de begroting vast: door de gemeenteraad."),
                stappen.stream().map(s -> s.startsWith("Maak een doorrekening") ? "Maak een doorrekening" : s).toList());
        assertEquals("Stel een raming op", model.getString(acties + "[2].stappen[0].kop"));
        assertEquals("Stel een begroting op", model.getString(acties + "[4].stappen[0].kop"));
    }

    @Test
    void whatTheModelDoesNotSayIsMarkedAsRegiebordsOwn() {
        JsonPath model = when().get("/api/model").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> acties = new ArrayList<>();
        for (Map<String, Object> thema : model.<Map<String, Object>>getList("themas")) {
            for (Map<String, Object> onderdeel : lijst(thema.get("onderdelen"))) {
                for (Map<String, Object> actie : lijst(onderdeel.get("acties"))) {
                    acties.add(Map.of("thema", thema.get("sleutel"), "actie", actie,
                            "eigen", String.valueOf(actie.get("eigenAanvulling"))));
                }
            }
        }
        // § 2.5 has no tijdtafel: its seven actions' fase and name are Regiebord's; every other action is the model's
        assertEquals(7, acties.stream().filter(a -> !a.get("eigen").equals("null")).count());
        for (Map<String, Object> a : acties) {
            boolean communicatie = a.get("thema").equals("communicatie");
            assertEquals(communicatie, ((String) a.get("eigen")).startsWith("Fase en actienaam zijn een eigen "
                    + "aanvulling van Regiebord: § 2.5 van het model heeft geen tijdtafel en noemt hier alleen de stap '"),
                    a.toString());
        }
        assertEquals("Fase en actienaam zijn een eigen aanvulling van Regiebord: § 2.5 van het model heeft geen "
                + "tijdtafel en noemt hier alleen de stap 'Ontwikkel en voer uit'.",
                model.getString("themas[5].onderdelen[1].acties[2].eigenAanvulling"));
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
