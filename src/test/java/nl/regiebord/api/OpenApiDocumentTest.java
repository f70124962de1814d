package nl.regiebord.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document is what a client or a fuzzer knows of the API: every body an operation under /api takes
 * is documented with its fields, and the schema list holds the API's own types only, never a framework's
 * (Qute, Vert.x, Quarkus, Jackson) that a page or a loosely typed parameter let in.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final String SCHEMAS = "#/components/schemas/";

    @Test
    void everyBodyOfAnApiOperationIsDocumentedWithItsFields() {
        Map<String, Object> document = document();
        List<String> zonderVelden = new ArrayList<>();
        int bodies = lichamen(document, zonderVelden);
        assertEquals(List.of(), zonderVelden, "documenteer deze verzoeken met hun velden");
        assertTrue(bodies >= 29, "te weinig verzoeken met een body gevonden: " + bodies);
    }

    @Test
    void theSchemaListHoldsNoTypeOfAFramework() {
        Set<String> vreemd = vreemdeSchemas(document());
        assertEquals(Set.of(), vreemd, "schema's die niet van Regiebord zijn (framework?)");
    }

    private static Map<String, Object> document() {
        return RestAssured.given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("$");
    }

    /**
     * Walks every POST, PUT and PATCH under /api with a request body; adds to {@code zonderVelden} each media type
     * whose schema is not one of the API's own or has no properties. Answers how many bodies it saw.
     */
    static int lichamen(Map<String, Object> document, List<String> zonderVelden) {
        Map<String, Object> schemas = schemas(document);
        Set<String> eigen = eigenTypen();
        int bodies = 0;
        for (Map.Entry<String, Object> pad : new TreeMap<>(map(document.get("paths"))).entrySet()) {
            if (!pad.getKey().startsWith("/api/")) {
                continue;
            }
            for (String methode : List.of("post", "put", "patch")) {
                Map<String, Object> bewerking = map(map(pad.getValue()).get(methode));
                Map<String, Object> inhoud = map(map(bewerking.get("requestBody")).get("content"));
                if (inhoud.isEmpty()) {
                    continue;
                }
                bodies++;
                String wat = methode.toUpperCase() + " " + pad.getKey();
                inhoud.forEach((soort, media) -> {
                    Map<String, Object> schema = map(map(media).get("schema"));
                    if (schema.get("$ref") instanceof String ref) {
                        String naam = ref.substring(SCHEMAS.length());
                        if (!eigen.contains(zonderVolgnummer(naam))) {
                            zonderVelden.add(wat + " (" + soort + "): " + naam + " is geen eigen type");
                            return;
                        }
                        schema = map(schemas.get(naam));
                    }
                    Map<String, Object> velden = map(schema.get("properties"));
                    if (velden.isEmpty()) {
                        zonderVelden.add(wat + " (" + soort + "): geen velden");
                    } else if (schema.get("required") instanceof List<?> verplicht
                            && !velden.keySet().containsAll(verplicht)) {
                        zonderVelden.add(wat + " (" + soort + "): verplichte velden " + verplicht
                                + " staan niet alle in " + velden.keySet());
                    }
                });
            }
        }
        return bodies;
    }

    /** The schema names that are neither a type of Regiebord nor a java.time value (a date, a moment). */
    static Set<String> vreemdeSchemas(Map<String, Object> document) {
        Set<String> eigen = eigenTypen();
        return schemas(document).keySet().stream()
                .filter(naam -> !eigen.contains(zonderVolgnummer(naam)) && !isTijd(naam))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Object> schemas(Map<String, Object> document) {
        return map(map(document.get("components")).get("schemas"));
    }

    /** Two types of one name become "Niveau" and "Niveau1" in the document. */
    private static String zonderVolgnummer(String naam) {
        return naam.replaceFirst("\\d+$", "");
    }

    private static boolean isTijd(String naam) {
        try {
            Class.forName("java.time." + naam);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The simple names of the application's own classes, nested ones included, as the build compiled them. */
    private static Set<String> eigenTypen() {
        Path klassen = Path.of("target", "classes", "nl", "regiebord");
        assertTrue(Files.isDirectory(klassen), "geen gecompileerde klassen in " + klassen.toAbsolutePath());
        try (Stream<Path> bestanden = Files.walk(klassen)) {
            return bestanden.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .map(n -> n.substring(n.lastIndexOf('$') + 1))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object waarde) {
        return waarde instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
