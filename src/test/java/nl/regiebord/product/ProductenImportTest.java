package nl.regiebord.product;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.regiebord.plan.Testplannen;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The productenchecklist goes out as Excel, comes back filled in, and only what changed is applied. */
@QuarkusTest
class ProductenImportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void aFilledInChecklistIsCheckedThenAppliedAndAConflictIsNeverOverwritten() throws IOException {
        long plan = Testplannen.gemeente();
        List<Map<String, Object>> producten = given().get("/api/plannen/" + plan + "/producten").then()
                .statusCode(200).extract().path("$");
        long eerste = ((Number) producten.get(0).get("id")).longValue();
        long tweede = ((Number) producten.get(1).get("id")).longValue();
        byte[] export = given().get("/api/plannen/" + plan + "/export/producten.xlsx").then().statusCode(200)
                .extract().asByteArray();
        byte[] ingevuld = vulIn(export, Map.of(
                eerste, Map.of(Productenblad.KOP_STATUS, "geleverd", Productenblad.KOP_DOCUMENT,
                        "https://intranet.weert.nl/doelgroep.pdf"),
                tweede, Map.of(Productenblad.KOP_VERANTWOORDELIJKE, "Fatima el Amrani")));
        // someone changes the second product in Regiebord after the export
        given().contentType(ContentType.JSON).body(Map.of("status", "in voorbereiding", "version", 0))
                .patch("/api/plannen/" + plan + "/producten/" + tweede).then().statusCode(200);

        importeer(plan, ingevuld, true).then().statusCode(200)
                .body("proef", equalTo(true)).body("blad", equalTo(Productenblad.BLADNAAM))
                .body("aantallen.wijzigingen", equalTo(1)).body("aantallen.conflicten", equalTo(1))
                .body("rijen.find { it.id == " + eerste + " }.wijzigingen.veld", equalTo(List.of("status", "document")))
                .body("rijen.find { it.id == " + tweede + " }.uitkomst", equalTo("conflict"));
        given().get("/api/plannen/" + plan + "/producten/" + eerste).then().body("status", equalTo("open"));

        importeer(plan, ingevuld, false).then().statusCode(200).body("toegepast", equalTo(true));
        given().get("/api/plannen/" + plan + "/producten/" + eerste).then()
                .body("status", equalTo("geleverd")).body("document", equalTo("https://intranet.weert.nl/doelgroep.pdf"));
        given().get("/api/plannen/" + plan + "/producten/" + tweede).then()
                .body("status", equalTo("in voorbereiding")).body("verantwoordelijke", equalTo(null));
        given().get("/api/plannen/" + plan + "/producten/" + eerste + "/historie").then()
                .body("find { it.veld == 'status' }.bron", equalTo("import"))
                .body("find { it.veld == 'status' }.gebruiker", equalTo("Beheerder"));
    }

    @Test
    void anInvalidStatusIsReportedAtItsCellAndNothingIsApplied() throws IOException {
        long plan = Testplannen.gemeente();
        List<Map<String, Object>> producten = given().get("/api/plannen/" + plan + "/producten").then()
                .extract().path("$");
        long eerste = ((Number) producten.get(0).get("id")).longValue();
        long tweede = ((Number) producten.get(1).get("id")).longValue();
        byte[] export = given().get("/api/plannen/" + plan + "/export/producten.xlsx").then().extract().asByteArray();
        byte[] ingevuld = vulIn(export, Map.of(eerste, Map.of(Productenblad.KOP_STATUS, "klaar"),
                tweede, Map.of(Productenblad.KOP_STATUS, "geleverd")));
        importeer(plan, ingevuld, false).then().statusCode(400)
                .body("velden[0].melding", org.hamcrest.Matchers.containsString("kolom D (Status)"));
        given().get("/api/plannen/" + plan + "/producten/" + tweede).then().body("status", equalTo("open"));
    }

    private static Response importeer(long plan, byte[] inhoud, boolean proef) {
        return given().multiPart("bestand", "producten.xlsx", inhoud, XLSX)
                .post("/api/plannen/" + plan + "/import/producten" + (proef ? "?dryRun=true" : ""));
    }

    /** Types new values into the rows of the given products, found by the hidden id column. */
    static byte[] vulIn(byte[] export, Map<Long, Map<String, String>> wijzigingen) throws IOException {
        try (XSSFWorkbook werkmap = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Sheet blad = werkmap.getSheet(Productenblad.BLADNAAM);
            Row koppen = null;
            for (Row rij : blad) {
                if (rij.getCell(Productenblad.ID) != null
                        && Productenblad.KOP_ID.equals(rij.getCell(Productenblad.ID).getStringCellValue())) {
                    koppen = rij;
                    break;
                }
            }
            Map<String, Integer> kolommen = new java.util.HashMap<>();
            for (Cell cel : koppen) {
                kolommen.put(cel.getStringCellValue(), cel.getColumnIndex());
            }
            int gevonden = 0;
            for (Row rij : blad) {
                Cell id = rij.getCell(Productenblad.ID);
                if (rij.getRowNum() <= koppen.getRowNum() || id == null || id.getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    continue;
                }
                Map<String, String> nieuw = wijzigingen.get((long) id.getNumericCellValue());
                if (nieuw != null) {
                    gevonden++;
                    nieuw.forEach((kop, waarde) -> {
                        // a fresh cell, as a spreadsheet program writes one: POI cannot retype the inline strings
                        // of a streamed export in place
                        int kolom = kolommen.get(kop);
                        Cell oud = rij.getCell(kolom);
                        var stijl = oud == null ? null : oud.getCellStyle();
                        if (oud != null) {
                            rij.removeCell(oud);
                        }
                        Cell cel = rij.createCell(kolom);
                        if (stijl != null) {
                            cel.setCellStyle(stijl);
                        }
                        cel.setCellValue(waarde);
                    });
                }
            }
            assertEquals(wijzigingen.size(), gevonden, "elk product staat in de export");
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            werkmap.write(uit);
            return uit.toByteArray();
        }
    }
}
