package nl.regiebord.plan;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Creates plans through the API, as a user would, each with a unique name. */
public final class Testplannen {

    private static final AtomicInteger TELLER = new AtomicInteger();

    private Testplannen() {
    }

    public static long maak(List<String> gemeenten, String inwerkingtreding, boolean modelstatusOvernemen) {
        Number id = given().contentType(ContentType.JSON)
                .body(Map.of("naam", "Testplan " + TELLER.incrementAndGet() + " " + System.nanoTime(),
                        "gemeenten", gemeenten, "inwerkingtreding", inwerkingtreding,
                        "modelstatusOvernemen", modelstatusOvernemen))
                .post("/api/plannen").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    public static long gemeente() {
        return maak(List.of("Weert"), "2022-01-01", false);
    }

    public static long samenwerkingsverband() {
        return maak(List.of("Cranendonck", "Nederweert", "Weert"), "2022-01-01", false);
    }

    /** The id of the plan's action with this theme and text (and part, where the text repeats). */
    public static long actie(long planId, String thema, String onderdeel, String actie) {
        List<Map<String, Object>> acties = given().queryParam("thema", thema).get("/api/plannen/" + planId + "/acties")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return acties.stream()
                .filter(a -> a.get("actie").equals(actie) && (onderdeel == null || onderdeel.equals(a.get("onderdeel"))))
                .map(a -> ((Number) a.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("geen actie '" + actie + "' in " + thema));
    }
}
