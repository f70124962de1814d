package nl.regiebord.export;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every workbook download, from the API and from the pages, is named by one rule and carries the UTF-8 name too. */
@QuarkusTest
class DownloadnamenTest {

    private static final String PLANNAAM = "Súdwest-Fryslân";

    @ParameterizedTest
    @CsvSource({"bijlage1.xlsx, Bijlage1", "plan.xlsx, Plan", "risicos.xlsx, Risicoregister",
            "stakeholders.xlsx, Stakeholders", "projectkaarten.xlsx, Projectkaarten", "producten.xlsx, Producten"})
    void everyDownloadIsNamedSoortPlanDate(String bestand, String soort) {
        long plan = given().contentType(ContentType.JSON).body(Map.of("naam", PLANNAAM + " " + System.nanoTime(),
                        "gemeenten", List.of("Súdwest-Fryslân"), "inwerkingtreding", "2022-01-01"))
                .post("/api/plannen").then().statusCode(201).extract().jsonPath().getLong("id");
        String naam = given().get("/api/plannen/" + plan).then().extract().path("naam");
        String verwacht = Downloadnaam.contentDisposition(soort + "-" + naam + "-2026-11-23.xlsx");
        for (String pad : List.of("/api/plannen/%d/export/", "/plannen/%d/export/")) {
            String kop = given().get(String.format(pad, plan) + bestand).then().statusCode(200).extract()
                    .header("Content-Disposition");
            assertEquals(verwacht, kop, pad + bestand);
        }
        assertEquals("attachment; filename=\"" + soort + "-Sudwest-Fryslan " + naam.substring(PLANNAAM.length() + 1)
                + "-2026-11-23.xlsx\"; filename*=UTF-8''" + soort + "-S%C3%BAdwest-Frysl%C3%A2n%20"
                + naam.substring(PLANNAAM.length() + 1) + "-2026-11-23.xlsx", verwacht);
    }
}
