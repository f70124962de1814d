package nl.regiebord.importeren;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.regiebord.plan.Testplannen;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static nl.regiebord.actie.Bijlage1Checklist.KOP_DEADLINE;
import static nl.regiebord.actie.Bijlage1Checklist.KOP_STATUS;
import static nl.regiebord.actie.Bijlage1Checklist.KOP_TOELICHTING;
import static nl.regiebord.actie.Bijlage1Checklist.KOP_VERANTWOORDELIJKE;
import static nl.regiebord.importeren.Checklistbestand.acties;
import static nl.regiebord.importeren.Checklistbestand.importeer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Export, fill in with POI, dry run, import: the round trip of the Bijlage 1 checklist through the API. */
@QuarkusTest
class Bijlage1ImportTest {

    private static JsonPath actie(long plan, long actie) {
        return given().get("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> historie(long plan, long actie) {
        return given().get("/api/plannen/" + plan + "/acties/" + actie + "/historie").then().statusCode(200).extract()
                .jsonPath().getList("$");
    }

    private static long laatsteActie(long plan) {
        List<Map<String, Object>> alle = acties(plan);
        return ((Number) alle.get(alle.size() - 1).get("id")).longValue();
    }

    @Test
    void aFilledInChecklistIsFirstCheckedAndThenAppliedThroughTheRulesWithItsHistory() {
        long plan = Testplannen.gemeente();
        long startnotitie = Testplannen.actie(plan, "beleid", "startnotitie", "startnotitie opstellen");
        long laatste = laatsteActie(plan);
        String modelDeadline = actie(plan, startnotitie).getString("deadline");
        Checklistbestand bestand = Checklistbestand.van(plan);
        int rij = bestand.rijnummer(startnotitie);
        byte[] ingevuld = bestand.tekst(startnotitie, KOP_STATUS, "bezig")
                .tekst(startnotitie, KOP_VERANTWOORDELIJKE, "Fatima el Amrani")
                .tekst(startnotitie, KOP_TOELICHTING, "Concept ligt bij het MT")
                .datum(startnotitie, KOP_DEADLINE, LocalDate.of(2021, 11, 15))
                .tekst(laatste, KOP_STATUS, "Afgerond")
                .bytes();
        List<Map<String, Object>> voor = acties(plan);

        JsonPath proef = importeer(plan, ingevuld, true).then().statusCode(200).contentType(ContentType.JSON)
                .body("proef", equalTo(true))
                .body("toegepast", equalTo(false))
                .body("blad", equalTo("Checklist"))
                .body("aantallen.wijzigingen", equalTo(2))
                .body("aantallen.conflicten", equalTo(0))
                .body("aantallen.ongewijzigd", equalTo(voor.size() - 2))
                .extract().jsonPath();
        String r = "rijen.find { it.id == " + startnotitie + " }";
        assertEquals(java.util.Set.of("proef", "toegepast", "blad", "aantallen", "rijen"), proef.getMap("$").keySet());
        assertEquals(java.util.Set.of("rij", "id", "omschrijving", "uitkomst", "wijzigingen"),
                proef.getMap(r).keySet(), "de velden van een rij zoals de API-documentatie ze noemt");
        assertEquals(rij, proef.getInt(r + ".rij"));
        assertEquals("startnotitie opstellen", proef.getString(r + ".omschrijving"));
        assertEquals("wijziging", proef.getString(r + ".uitkomst"));
        assertEquals(List.of("status", "verantwoordelijke", "toelichting", "deadline"), proef.getList(r + ".wijzigingen.veld"));
        assertEquals(List.of("E", "F", "G", "D"), proef.getList(r + ".wijzigingen.kolom"));
        assertEquals(java.util.Arrays.asList("open", null, null, modelDeadline), proef.getList(r + ".wijzigingen.oud"));
        assertEquals(List.of("bezig", "Fatima el Amrani", "Concept ligt bij het MT", "2021-11-15"),
                proef.getList(r + ".wijzigingen.nieuw"));
        assertEquals("afgerond", proef.getString("rijen.find { it.id == " + laatste + " }.wijzigingen[0].nieuw"),
                "een status wordt herkend zoals de keuzelijst hem schrijft, ook met een hoofdletter");
        assertEquals("ongewijzigd", proef.getString("rijen.find { it.id != " + startnotitie + " && it.id != " + laatste
                + " }.uitkomst"));
        assertEquals(voor, acties(plan), "een proef verandert niets");
        assertTrue(historie(plan, startnotitie).isEmpty(), "een proef laat geen historie na");

        importeer(plan, ingevuld, false).then().statusCode(200)
                .body("proef", equalTo(false))
                .body("toegepast", equalTo(true))
                .body("aantallen.wijzigingen", equalTo(2))
                .body("rijen.find { it.id == " + startnotitie + " }.uitkomst", equalTo("wijziging"));

        JsonPath na = actie(plan, startnotitie);
        assertEquals("bezig", na.getString("status"));
        assertEquals("Fatima el Amrani", na.getString("verantwoordelijke"));
        assertEquals("Concept ligt bij het MT", na.getString("toelichting"));
        assertEquals("2021-11-15", na.getString("deadline"));
        assertEquals(true, na.getBoolean("deadlineHandmatig"));
        assertEquals("afgerond", actie(plan, laatste).getString("status"));

        List<Map<String, Object>> regels = historie(plan, startnotitie);
        assertEquals(List.of("deadline", "status", "toelichting", "verantwoordelijke"),
                regels.stream().map(h -> (String) h.get("veld")).sorted().toList());
        for (Map<String, Object> regel : regels) {
            assertEquals("import", regel.get("bron"), "bron van " + regel.get("veld"));
            assertEquals("Beheerder", regel.get("gebruiker"), "wie: " + regel.get("veld"));
        }

        importeer(plan, ingevuld, false).then().statusCode(200)
                .body("aantallen.wijzigingen", equalTo(0))
                .body("aantallen.conflicten", equalTo(0))
                .body("aantallen.ongewijzigd", equalTo(voor.size()));
        assertEquals(4, historie(plan, startnotitie).size(), "hetzelfde bestand nog eens: Regiebord heeft die waarden "
                + "al, dus geen conflict en geen nieuwe historie");
    }

    @Test
    void aRowChangedInRegiebordAfterTheExportIsAConflictAndKeepsItsValue() {
        long plan = Testplannen.gemeente();
        long startnotitie = Testplannen.actie(plan, "beleid", "startnotitie", "startnotitie opstellen");
        long laatste = laatsteActie(plan);
        Checklistbestand bestand = Checklistbestand.van(plan);
        byte[] ingevuld = bestand.tekst(startnotitie, KOP_STATUS, "bezig")
                .tekst(laatste, KOP_VERANTWOORDELIJKE, "Jan de Vries").bytes();
        long versie = actie(plan, startnotitie).getLong("version");
        given().contentType(ContentType.JSON).body(Map.of("toelichting", "via de API", "version", versie))
                .patch("/api/plannen/" + plan + "/acties/" + startnotitie).then().statusCode(200);

        importeer(plan, ingevuld, false).then().statusCode(200)
                .body("toegepast", equalTo(true))
                .body("aantallen.wijzigingen", equalTo(1))
                .body("aantallen.conflicten", equalTo(1))
                .body("rijen.find { it.id == " + startnotitie + " }.uitkomst", equalTo("conflict"))
                .body("rijen.find { it.id == " + startnotitie + " }.melding",
                        containsString("versie " + versie + " in het bestand, nu " + (versie + 1)))
                .body("rijen.find { it.id == " + startnotitie + " }.wijzigingen.veld", hasItem("toelichting"))
                .body("rijen.find { it.id == " + laatste + " }.uitkomst", equalTo("wijziging"));

        JsonPath na = actie(plan, startnotitie);
        assertEquals("via de API", na.getString("toelichting"), "de wijziging in Regiebord blijft staan");
        assertEquals("open", na.getString("status"), "de rij in conflict is niet overgenomen");
        assertEquals("Jan de Vries", actie(plan, laatste).getString("verantwoordelijke"));
    }

    @Test
    void rowErrorsAreReportedWithSheetRowAndColumnAndNothingIsApplied() {
        long plan = Testplannen.gemeente();
        long anderPlan = Testplannen.gemeente();
        List<Map<String, Object>> alle = acties(plan);
        long eerste = ((Number) alle.get(0).get("id")).longValue();
        long tweede = ((Number) alle.get(1).get("id")).longValue();
        long derde = ((Number) alle.get(2).get("id")).longValue();
        long vierde = ((Number) alle.get(3).get("id")).longValue();
        long elders = ((Number) acties(anderPlan).get(0).get("id")).longValue();
        long goed = laatsteActie(plan);
        Checklistbestand bestand = Checklistbestand.van(plan);
        int[] rijen = {bestand.rijnummer(eerste), bestand.rijnummer(tweede), bestand.rijnummer(derde),
                bestand.rijnummer(vierde)};
        String idKolom = org.apache.poi.ss.util.CellReference.convertNumToColString(bestand.kolom("id"));
        byte[] ingevuld = bestand.tekst(goed, KOP_TOELICHTING, "deze goede wijziging gaat niet door")
                .getal(eerste, "id", 987_654_321)
                .tekst(tweede, KOP_STATUS, "klaar")
                .tekst(derde, KOP_DEADLINE, "31-02-2022")
                .getal(vierde, "id", elders)
                .bytes();
        List<Map<String, Object>> voor = acties(plan);

        for (boolean proef : new boolean[]{true, false}) {
            JsonPath fout = importeer(plan, ingevuld, proef).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString("Er is niets geïmporteerd"))
                    .body("detail", containsString("4 fouten"))
                    .extract().jsonPath();
            assertEquals(List.of("Checklist!" + idKolom + rijen[0], "Checklist!E" + rijen[1], "Checklist!D" + rijen[2],
                    "Checklist!" + idKolom + rijen[3]).stream().sorted().toList(),
                    fout.<String>getList("velden.veld").stream().sorted().toList());
            String meldingen = String.join("\n", fout.getList("velden.melding"));
            assertTrue(meldingen.contains("blad Checklist, rij " + rijen[0] + ", kolom " + idKolom
                    + " (id): id 987654321 hoort bij geen enkele rij van dit plan"), meldingen);
            assertTrue(meldingen.contains("blad Checklist, rij " + rijen[1] + ", kolom E (Status): 'klaar' is geen "
                    + "toegestane waarde"), meldingen);
            assertTrue(meldingen.contains("blad Checklist, rij " + rijen[2] + ", kolom D (Deadline): '31-02-2022' is "
                    + "geen geldige datum"), meldingen);
            assertTrue(meldingen.contains("blad Checklist, rij " + rijen[3] + ", kolom " + idKolom + " (id): id "
                    + elders + " hoort bij geen enkele rij van dit plan"), meldingen);
            assertEquals(List.of("open", "bezig", "afgerond", "nvt"),
                    fout.getList("velden.find { it.veld == 'Checklist!E" + rijen[1] + "' }.toegestaan"));
            assertEquals(voor, acties(plan), "niets gewijzigd (proef: " + proef + ")");
        }
        assertNull(actie(plan, goed).getString("toelichting"));
    }

    @Test
    void aRuleOfTheActionsRefusesTheWholeImportAtItsCell() {
        long plan = Testplannen.samenwerkingsverband();
        long verordening = Testplannen.actie(plan, "beleid", "verordening", "verordening vaststellen");
        long startnotitie = Testplannen.actie(plan, "beleid", "startnotitie", "startnotitie opstellen");
        Checklistbestand bestand = Checklistbestand.van(plan);
        int rij = bestand.rijnummer(verordening);
        byte[] ingevuld = bestand.tekst(startnotitie, KOP_STATUS, "bezig")
                .tekst(verordening, KOP_STATUS, "afgerond").bytes();
        List<Map<String, Object>> voor = acties(plan);

        JsonPath fout = importeer(plan, ingevuld, true).then().statusCode(400).extract().jsonPath();
        assertEquals(List.of("Checklist!E" + rij), fout.getList("velden.veld"));
        assertTrue(fout.getString("velden[0].melding").startsWith("blad Checklist, rij " + rij + ", kolom E (Status): "),
                fout.getString("velden[0].melding"));
        importeer(plan, ingevuld, false).then().statusCode(400);
        assertEquals(voor, acties(plan), "afgerond kan pas als elke gemeente besloot; ook de andere rij is niet "
                + "doorgevoerd");
    }

    @Test
    void theAnswerSaysWhatIsMissingWhenTheFileOrTheDryRunFlagIsWrong() {
        long plan = Testplannen.gemeente();
        given().multiPart("ander", "x.xlsx", new byte[]{1}, Checklistbestand.XLSX)
                .post("/api/plannen/" + plan + "/import/bijlage1").then().statusCode(400)
                .body("velden[0].veld", equalTo("bestand"));
        importeer(plan, Checklistbestand.export(plan), "x.xlsx", Checklistbestand.XLSX, true);
        given().multiPart("bestand", "x.xlsx", Checklistbestand.export(plan), Checklistbestand.XLSX)
                .queryParam("dryRun", "ja").post("/api/plannen/" + plan + "/import/bijlage1").then().statusCode(400)
                .body("velden[0].veld", equalTo("dryRun"));
        given().contentType(ContentType.JSON).body("{}").post("/api/plannen/" + plan + "/import/bijlage1").then()
                .statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("multipart/form-data"));
    }
}
