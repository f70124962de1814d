package nl.regiebord.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The endpoint table in {@code docs/api.md} is the OpenAPI document's: method, path and summary of every operation,
 * between two marker comments. When an endpoint is added, moved or renamed this test fails and says which rows
 * differ; run it with {@code -Dapi.md.schrijven=true} to rewrite the table from the document. Only the table between
 * the markers is generated; the rest of the file is written by hand.
 */
@QuarkusTest
class ApiDocumentatieTest {

    static final Path BESTAND = Path.of("docs", "api.md");
    static final String BEGIN = "<!-- begin: endpoints uit /q/openapi (ApiDocumentatieTest) -->";
    static final String EINDE = "<!-- einde: endpoints uit /q/openapi -->";
    private static final List<String> METHODEN = List.of("get", "post", "put", "patch", "delete");

    @Test
    void theEndpointTableInDocsApiMdIsTheOpenApiDocuments() throws IOException {
        String tekst = Files.readString(BESTAND, StandardCharsets.UTF_8);
        int begin = tekst.indexOf(BEGIN);
        int einde = tekst.indexOf(EINDE);
        assertTrue(begin >= 0 && einde > begin,
                BESTAND + " mist de markeringen waartussen de tabel van endpoints hoort: " + BEGIN + " ... " + EINDE);
        String inBestand = tekst.substring(begin + BEGIN.length(), einde);
        String uitDocument = "\n" + tabel() + "\n";
        if (inBestand.equals(uitDocument)) {
            return;
        }
        if (Boolean.getBoolean("api.md.schrijven")) {
            Files.writeString(BESTAND, tekst.substring(0, begin + BEGIN.length()) + uitDocument + tekst.substring(einde),
                    StandardCharsets.UTF_8);
            return;
        }
        List<String> oud = inBestand.lines().filter(r -> r.startsWith("| `")).toList();
        List<String> nieuw = uitDocument.lines().filter(r -> r.startsWith("| `")).toList();
        List<String> ontbreekt = new ArrayList<>(nieuw);
        ontbreekt.removeAll(oud);
        List<String> teVeel = new ArrayList<>(oud);
        teVeel.removeAll(nieuw);
        fail("De tabel van endpoints in " + BESTAND + " wijkt af van /q/openapi."
                + (ontbreekt.isEmpty() ? "" : "\nOntbreekt of is anders in het bestand:\n  " + String.join("\n  ", ontbreekt))
                + (teVeel.isEmpty() ? "" : "\nStaat in het bestand maar niet (zo) in het document:\n  " + String.join("\n  ", teVeel))
                + (ontbreekt.isEmpty() && teVeel.isEmpty() ? "\nDe rijen zijn gelijk, de volgorde of opmaak niet." : "")
                + "\nSchrijf de tabel opnieuw met: ./mvnw test -Dtest=ApiDocumentatieTest -Dapi.md.schrijven=true");
    }

    @Test
    void pagePathsStayOutOfTheTable() {
        assertTrue(tabel().lines().skip(2).allMatch(r -> r.matches("\\| `[A-Z]+` \\| `/api/.*")),
                "alleen /api-paden horen in de tabel");
    }

    /** The table as docs/api.md holds it: a header and one row per operation, by path and then by method. */
    static String tabel() {
        JsonPath openapi = RestAssured.given().noFilters().auth().none().accept(ContentType.JSON)
                .get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paden = openapi.getMap("paths");
        record Rij(String pad, String methode, String samenvatting) {
        }
        List<Rij> rijen = new ArrayList<>();
        paden.forEach((pad, operaties) -> operaties.forEach((methode, operatie) -> {
            if (METHODEN.contains(methode)) {
                Object samenvatting = operatie.get("summary");
                rijen.add(new Rij(pad, methode, samenvatting == null ? "" : samenvatting.toString()));
            }
        }));
        assertTrue(rijen.size() > 40, "operaties in het document: " + rijen.size());
        rijen.sort(Comparator.comparing(Rij::pad).thenComparing(r -> METHODEN.indexOf(r.methode())));
        StringBuilder tabel = new StringBuilder("| method | path | summary |\n| --- | --- | --- |");
        for (Rij rij : rijen) {
            tabel.append("\n| `").append(rij.methode().toUpperCase()).append("` | `").append(rij.pad()).append("` | ")
                    .append(rij.samenvatting().replace("|", "\\|").replace("\n", " ").strip()).append(" |");
        }
        assertEquals(-1, tabel.indexOf("``"), "een leeg pad of een lege methode");
        return tabel.toString();
    }
}
