package nl.regiebord.stuurgroep;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import nl.regiebord.klok.VerstelbareKlok;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pack the stuurgroep takes home: the frozen meeting on A4, read back with PDFBox. */
@QuarkusTest
class VergaderpakketTest {

    @Test
    void theMeetingDownloadsAsAnA4PdfWithPageNumbersRiskNumbersAndTheDecisionsGrid() throws Exception {
        long plan = Testplannen.maak(List.of("Cranendonck", "Nederweert", "Weert"), "2022-01-01", false);
        String naam = given().get("/api/plannen/" + plan).then().extract().path("naam");
        for (int i = 1; i <= 3; i++) {
            given().contentType(ContentType.JSON).body(Map.of("categorie", "operationeel",
                            "omschrijving", "Risico nummer " + i + " voor het pakket", "ingebrachtDoor", "Projectgroep",
                            "kans", "hoog", "impact", "midden"))
                    .post("/api/plannen/" + plan + "/risicos").then().statusCode(201);
        }
        Number id = given().contentType(ContentType.JSON).body(Map.of("datum", VerstelbareKlok.STANDAARD.toString(),
                        "aanwezigen", List.of("Wethouder Bakker"), "sinds", "2026-11-01",
                        "besluiten", List.of("Verordening naar de raad"),
                        "actiepunten", List.of(Map.of("actie", "Raadsvoorstel schrijven", "thema", "beleid",
                                "verantwoordelijke", "Sanne Bakker", "deadline", "2026-12-15"))))
                .post("/api/plannen/" + plan + "/vergaderingen").then().statusCode(201).extract().path("id");

        Document pagina = Bezoeker.open("/plannen/" + plan + "/stuurgroep/vergaderingen/" + id);
        String link = pagina.getElementById("pakket").attr("href");
        Response antwoord = given().get(link);
        assertEquals(200, antwoord.statusCode());
        assertEquals("application/pdf", antwoord.contentType());
        assertTrue(antwoord.header("Content-Disposition").contains("Stuurgroep-Testplan"),
                antwoord.header("Content-Disposition"));
        try (PDDocument pdf = Loader.loadPDF(antwoord.asByteArray())) {
            int paginas = pdf.getNumberOfPages();
            assertTrue(paginas >= 2, paginas + " pagina's");
            PDRectangle maat = pdf.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), maat.getWidth(), 1);
            assertEquals(PDRectangle.A4.getHeight(), maat.getHeight(), 1);
            String tekst = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(tekst.contains("pagina 1 van " + paginas), tekst);
            assertTrue(tekst.contains("pagina " + paginas + " van " + paginas));
            for (int i = 1; i <= 3; i++) {
                assertTrue(tekst.contains("R" + i + " Risico nummer " + i + " voor het pakket"), "R" + i + ": " + tekst);
            }
            assertTrue(tekst.contains("Verordening naar de raad") && tekst.contains("Raadsvoorstel schrijven"));
            assertTrue(tekst.contains("Cranendonck Nederweert Weert"), "de kolommen van het besluitenrooster");
            assertTrue(tekst.contains("verordening vaststellen"), "een rij van het besluitenrooster");
        }
        try (XSSFWorkbook werkmap = new XSSFWorkbook(new java.io.ByteArrayInputStream(given()
                .get(pagina.getElementById("werkmap").attr("href")).then().statusCode(200).extract().asByteArray()))) {
            assertEquals(List.of("Vergadering", "Voortgang", "Te laat", "Besluiten", "Risico's"),
                    java.util.stream.IntStream.range(0, werkmap.getNumberOfSheets()).mapToObj(werkmap::getSheetName)
                            .toList());
            Sheet vergadering = werkmap.getSheet("Vergadering");
            assertEquals("Stuurgroep " + naam, vergadering.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Verordening naar de raad", zoek(vergadering, "1."));
            Sheet besluiten = werkmap.getSheet("Besluiten");
            assertEquals("Weert", besluiten.getRow(0).getCell(4).getStringCellValue());
            assertEquals("verordening vaststellen", besluiten.getRow(besluiten.getLastRowNum()).getCell(0)
                    .getStringCellValue());
            Sheet risicos = werkmap.getSheet("Risico's");
            assertEquals("R3", risicos.getRow(3).getCell(0).getStringCellValue());
            assertEquals("Risico nummer 3 voor het pakket", risicos.getRow(3).getCell(1).getStringCellValue());
        }
        given().get("/api/plannen/" + plan + "/vergaderingen/" + id + "/stuurgroep.xlsx").then().statusCode(200);
        given().get("/api/plannen/" + plan + "/vergaderingen/" + id + "/pakket.pdf").then().statusCode(200)
                .contentType("application/pdf");
        given().get("/api/plannen/" + plan + "/stuurgroep/pakket.pdf?sinds=morgen").then().statusCode(400);
    }

    /** The value beside a label in column A. */
    private static String zoek(Sheet blad, String label) {
        for (Row rij : blad) {
            if (rij.getCell(0) != null && label.equals(rij.getCell(0).getStringCellValue())) {
                return rij.getCell(1).getStringCellValue();
            }
        }
        throw new AssertionError("geen regel " + label + " op blad " + blad.getSheetName());
    }
}
