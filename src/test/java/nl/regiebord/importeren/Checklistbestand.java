package nl.regiebord.importeren;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.regiebord.actie.Bijlage1Checklist;
import nl.regiebord.export.Rijsleutel;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static io.restassured.RestAssured.given;

/**
 * An exported Bijlage 1 checklist, opened with POI to be filled in as a person would in Excel, then written back to
 * bytes for an upload. Columns are found by their header, as the import finds them.
 */
final class Checklistbestand {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final XSSFWorkbook werkmap;
    final XSSFSheet blad;

    private Checklistbestand(XSSFWorkbook werkmap) {
        this.werkmap = werkmap;
        this.blad = werkmap.getSheet(Bijlage1Checklist.BLADNAAM);
    }

    static byte[] export(long plan) {
        return given().get("/api/plannen/" + plan + "/export/bijlage1.xlsx").then().statusCode(200).extract()
                .asByteArray();
    }

    static Checklistbestand van(long plan) {
        try {
            return new Checklistbestand(new XSSFWorkbook(new ByteArrayInputStream(export(plan))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int kolom(String kop) {
        for (Cell cel : blad.getRow(0)) {
            if (cel.getCellType() == CellType.STRING && cel.getStringCellValue().equals(kop)) {
                return cel.getColumnIndex();
            }
        }
        throw new AssertionError("geen kolom " + kop);
    }

    /** The row of the action with this id (0-based index, as POI counts). */
    Row rij(long actieId) {
        int idKolom = kolom(Rijsleutel.ID);
        for (Row rij : blad) {
            Cell cel = rij.getCell(idKolom);
            if (cel != null && cel.getCellType() == CellType.NUMERIC && (long) cel.getNumericCellValue() == actieId) {
                return rij;
            }
        }
        throw new AssertionError("geen rij voor actie " + actieId);
    }

    /** The row number as Excel shows it. */
    int rijnummer(long actieId) {
        return rij(actieId).getRowNum() + 1;
    }

    Checklistbestand tekst(long actieId, String kop, String waarde) {
        cel(actieId, kop).setCellValue(waarde);
        return this;
    }

    Checklistbestand datum(long actieId, String kop, LocalDate waarde) {
        cel(actieId, kop).setCellValue(waarde);
        return this;
    }

    Checklistbestand formule(long actieId, String kop, String formule) {
        cel(actieId, kop).setCellFormula(formule);
        return this;
    }

    Checklistbestand getal(long actieId, String kop, double waarde) {
        cel(actieId, kop).setCellValue(waarde);
        return this;
    }

    Cell cel(long actieId, String kop) {
        return nieuweCel(rij(actieId), kolom(kop));
    }

    /**
     * The cell made anew with its style. The export streams its texts as inline strings, and POI, when it changes
     * such a cell, keeps the old inline text beside the new value; Excel and LibreOffice write the cell anew.
     */
    static Cell nieuweCel(Row rij, int kolom) {
        Cell oud = rij.getCell(kolom);
        if (oud == null) {
            return rij.createCell(kolom);
        }
        var stijl = oud.getCellStyle();
        rij.removeCell(oud);
        Cell cel = rij.createCell(kolom);
        cel.setCellStyle(stijl);
        return cel;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            werkmap.write(uit);
            werkmap.close();
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Posts a file to the import of the plan (as the test user, basic auth). */
    static Response importeer(long plan, byte[] inhoud, boolean proef) {
        return importeer(plan, inhoud, "checklist.xlsx", XLSX, proef);
    }

    static Response importeer(long plan, byte[] inhoud, String naam, String type, boolean proef) {
        return given().multiPart("bestand", naam, inhoud, type)
                .queryParam("dryRun", proef)
                .post("/api/plannen/" + plan + "/import/bijlage1");
    }

    /** The plan's actions as the API gives them, to compare before and after a refused import. */
    static List<Map<String, Object>> acties(long plan) {
        return given().get("/api/plannen/" + plan + "/acties").then().statusCode(200).extract().jsonPath().getList("$");
    }
}
