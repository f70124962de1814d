package nl.regiebord.product;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.security.Testgebruikers;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ProductApiTest {

    @Inject
    ProductenUitLijst uitLijst;

    @Test
    void aNewPlanGetsTheWholeChecklistInTheDocumentsOrder() {
        long plan = Testplannen.gemeente();
        List<Map<String, Object>> producten = given().get("/api/plannen/" + plan + "/producten").then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertEquals(33, producten.size());
        assertEquals("Inventarisatie van de doelgroep", producten.get(0).get("product"));
        assertEquals("overkoepelend", producten.get(0).get("thema"));
        assertEquals("Overkoepelend", producten.get(0).get("themaNaam"));
        assertEquals("Huisvestings- en woonbeleid", producten.get(32).get("product"));
        assertTrue(producten.stream().allMatch(p -> p.get("status").equals("open")));
        List<Integer> volgorde = producten.stream().map(p -> (Integer) p.get("volgorde")).toList();
        assertEquals(volgorde.stream().sorted().toList(), volgorde);
        given().queryParam("thema", "beleidsafstemming").get("/api/plannen/" + plan + "/producten").then()
                .statusCode(200).body("", hasSize(6)).body("[0].product", equalTo("Participatiewet"));
    }

    @Test
    void filtersByStatusAndRefusesUnknownFilterValues() {
        long plan = Testplannen.gemeente();
        long product = product(plan, "Klantvolgsysteem");
        wijzig(plan, product, Map.of("status", "in voorbereiding", "version", 0)).then().statusCode(200);
        given().queryParam("status", "in voorbereiding").get("/api/plannen/" + plan + "/producten").then()
                .statusCode(200).body("product", contains("Klantvolgsysteem"));
        given().queryParam("status", "klaar").get("/api/plannen/" + plan + "/producten").then().statusCode(400)
                .body("velden[0].veld", equalTo("status"))
                .body("velden[0].toegestaan", contains("open", "in voorbereiding", "geleverd", "nvt"));
        given().queryParam("thema", "beleid").get("/api/plannen/" + plan + "/producten").then().statusCode(400)
                .body("velden[0].veld", equalTo("thema"));
    }

    @Test
    void statusVerantwoordelijkeAndDocumentAreChangedAndRecordedWithTheUsersName() {
        long plan = Testplannen.gemeente();
        long product = product(plan, "Visie op inburgering");
        wijzig(plan, product, Map.of("status", "geleverd", "verantwoordelijke", "Beleidsadviseur",
                "document", "https://www.weert.nl/visie-inburgering.pdf", "version", 0)).then().statusCode(200)
                .body("status", equalTo("geleverd"))
                .body("verantwoordelijke", equalTo("Beleidsadviseur"))
                .body("document", equalTo("https://www.weert.nl/visie-inburgering.pdf"))
                .body("documentIsLink", equalTo(true))
                .body("version", equalTo(1));
        wijzig(plan, product, Map.of("document", "Raadsbesluit visie 12-10-2021", "version", 1)).then()
                .statusCode(200).body("documentIsLink", equalTo(false)).body("status", equalTo("geleverd"));
        when().get("/api/plannen/" + plan + "/producten/" + product + "/historie").then().statusCode(200)
                .body("", hasSize(4))
                .body("veld", contains("document", "document", "verantwoordelijke", "status"))
                .body("gebruiker", everyItem(equalTo("Beheerder")))
                .body("[0].oud", equalTo("https://www.weert.nl/visie-inburgering.pdf"));
        when().get("/api/plannen/" + plan + "/producten/" + product + "/historie?limit=1").then().body("", hasSize(1));
        when().get("/api/plannen/" + plan + "/activiteit").then().statusCode(200)
                .body("titel", hasItem("Visie op inburgering"));
    }

    @Test
    void aMemberChosenByIdBringsTheirName() {
        long plan = Testplannen.gemeente();
        long product = product(plan, "Team");
        long beheerder = Testgebruikers.id(Testgebruikers.BEHEERDER);
        wijzig(plan, product, Map.of("verantwoordelijkeId", beheerder, "version", 0)).then().statusCode(200)
                .body("verantwoordelijke", equalTo("Beheerder"))
                .body("verantwoordelijkeId", equalTo((int) beheerder));
        wijzig(plan, product, Map.of("verantwoordelijkeId", 999_999, "version", 1)).then().statusCode(400)
                .body("velden[0].veld", equalTo("verantwoordelijkeId"));
    }

    @Test
    void badFieldsAreRefusedByName() {
        long plan = Testplannen.gemeente();
        long product = product(plan, "Team");
        wijzig(plan, product, Map.of("status", "klaar", "version", 0)).then().statusCode(400)
                .body("velden[0].veld", equalTo("status"))
                .body("velden[0].toegestaan", contains("open", "in voorbereiding", "geleverd", "nvt"));
        wijzig(plan, product, Map.of("document", "https://", "version", 0)).then().statusCode(400)
                .body("velden[0].veld", equalTo("document"))
                .body("velden[0].melding", equalTo("is geen geldig webadres; geef een volledig adres (https://…) of "
                        + "de naam van het document"));
        wijzig(plan, product, Map.of("document", "x".repeat(501), "version", 0)).then().statusCode(400)
                .body("velden[0].veld", equalTo("document"));
        wijzig(plan, product, Map.of("product", "Ander team", "version", 0)).then().statusCode(400)
                .body("velden[0].veld", equalTo("product"))
                .body("velden[0].melding", equalTo("dit veld kan niet worden gewijzigd"));
        wijzig(plan, product, Map.of("kleur", "rood", "version", 0)).then().statusCode(400)
                .body("velden[0].veld", equalTo("kleur"));
        wijzig(plan, product, Map.of("status", "geleverd")).then().statusCode(400)
                .body("velden[0].veld", equalTo("version"));
        given().get("/api/plannen/" + plan + "/producten/" + product).then().statusCode(200)
                .body("status", equalTo("open")).body("document", nullValue()).body("version", equalTo(0));
    }

    @Test
    void unknownProductsAndProductsOfAnotherPlanAreNotFound() {
        long plan = Testplannen.gemeente();
        long ander = Testplannen.gemeente();
        long productElders = product(ander, "Team");
        given().get("/api/plannen/" + plan + "/producten/" + productElders).then().statusCode(404);
        wijzig(plan, productElders, Map.of("status", "geleverd", "version", 0)).then().statusCode(404);
        given().get("/api/plannen/" + plan + "/producten/999999999").then().statusCode(404)
                .body("detail", equalTo("Plan " + plan + " heeft geen product met id 999999999."));
        given().get("/api/plannen/999999999/producten").then().statusCode(404);
    }

    @Test
    void aStaleVersionAnswers409WithTheCurrentState() {
        long plan = Testplannen.gemeente();
        long product = product(plan, "Klantvolgsysteem");
        wijzig(plan, product, Map.of("status", "geleverd", "version", 0)).then().statusCode(200);
        wijzig(plan, product, Map.of("status", "nvt", "version", 0)).then().statusCode(409)
                .body("huidig.status", equalTo("geleverd"))
                .body("huidig.version", equalTo(1));
        given().get("/api/plannen/" + plan + "/producten/" + product).then().body("status", equalTo("geleverd"));
    }

    @Test
    void plansMadeBeforeTheChecklistGetItOnceAtStart() {
        long plan = Testplannen.gemeente();
        QuarkusTransaction.requiringNew().run(() -> Planproduct.delete("plan.id", plan));
        given().get("/api/plannen/" + plan + "/producten").then().body("", hasSize(0));
        assertTrue(uitLijst.vulAan() >= 1);
        given().get("/api/plannen/" + plan + "/producten").then().body("", hasSize(33));
        assertEquals(0, uitLijst.vulAan());
        assertEquals(33L, QuarkusTransaction.requiringNew().call(() -> Planproduct.count("plan.id", plan)));
    }

    static long product(long plan, String naam) {
        List<Map<String, Object>> producten = given().get("/api/plannen/" + plan + "/producten").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return producten.stream().filter(p -> p.get("product").equals(naam))
                .map(p -> ((Number) p.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("geen product '" + naam + "'"));
    }

    static io.restassured.response.Response wijzig(long plan, long product, Map<String, Object> velden) {
        return given().contentType(ContentType.JSON).body(velden)
                .patch("/api/plannen/" + plan + "/producten/" + product);
    }
}
