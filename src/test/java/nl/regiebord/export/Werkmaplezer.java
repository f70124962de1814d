package nl.regiebord.export;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.regiebord.actie.Bijlage1Checklist;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static io.restassured.RestAssured.given;

/** Downloads a Bijlage 1 workbook and reads its checklist back row by row, as the tests compare it. */
final class Werkmaplezer {

    enum Rijsoort { THEMA, ACTIE, STAP }

    record Rij(int nummer, Rijsoort soort, Row rij) {

        String tekst(int kolom) {
            return Werkmaplezer.tekst(rij.getCell(kolom));
        }

        Cell cel(int kolom) {
            return rij.getCell(kolom);
        }
    }

    private Werkmaplezer() {
    }

    static String url(long planId) {
        return "/api/plannen/" + planId + "/export/bijlage1.xlsx";
    }

    static Response download(long planId) {
        return given().get(url(planId)).then().statusCode(200).contentType(XlsxStroom.MEDIA_TYPE).extract().response();
    }

    static XSSFWorkbook werkmap(long planId) {
        return lees(download(planId).asByteArray());
    }

    static XSSFWorkbook lees(byte[] inhoud) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(inhoud));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows under the header: an action has a fase, a step a tick box, a theme row neither. */
    static List<Rij> rijen(Sheet checklist) {
        List<Rij> rijen = new ArrayList<>();
        for (int r = 1; r <= checklist.getLastRowNum(); r++) {
            Row rij = checklist.getRow(r);
            Rijsoort soort = !tekst(rij.getCell(Bijlage1Checklist.FASE)).isEmpty() ? Rijsoort.ACTIE
                    : !tekst(rij.getCell(Bijlage1Checklist.KOLOM_AFGEVINKT)).isEmpty() ? Rijsoort.STAP
                    : Rijsoort.THEMA;
            rijen.add(new Rij(r, soort, rij));
        }
        return rijen;
    }

    static List<Rij> van(List<Rij> rijen, Rijsoort soort) {
        return rijen.stream().filter(r -> r.soort() == soort).toList();
    }

    static String tekst(Cell cel) {
        if (cel == null || cel.getCellType() == CellType.BLANK) {
            return "";
        }
        return cel.getStringCellValue();
    }

    /** The fill of a cell as RRGGBB, or "" without one. */
    static String vulling(Cell cel) {
        XSSFColor kleur = ((XSSFCellStyle) cel.getCellStyle()).getFillForegroundColorColor();
        return kleur == null ? "" : kleur.getARGBHex().substring(2);
    }
}
