package nl.regiebord.projectkaart;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Makes and changes projectkaarten through the API, as the tests' users do. */
final class Kaarten {

    private Kaarten() {
    }

    static ValidatableResponse maak(long plan, Map<String, ?> velden) {
        Map<String, Object> body = new HashMap<>(Map.of("thema", "inkoop", "titel", "Inkoop leerroutes"));
        body.putAll(velden);
        body.values().removeIf(java.util.Objects::isNull);
        return given().contentType(ContentType.JSON).body(body).post("/api/plannen/" + plan + "/projectkaarten").then();
    }

    static long nieuw(long plan, Map<String, ?> velden) {
        Number id = maak(plan, velden).statusCode(201).extract().path("id");
        return id.longValue();
    }

    static ValidatableResponse wijzig(long plan, long kaart, Map<String, ?> velden) {
        return given().contentType(ContentType.JSON).body(velden)
                .patch("/api/plannen/" + plan + "/projectkaarten/" + kaart).then();
    }

    static ValidatableResponse lees(long plan, long kaart) {
        return given().get("/api/plannen/" + plan + "/projectkaarten/" + kaart).then();
    }

    static int versie(long plan, long kaart) {
        return lees(plan, kaart).statusCode(200).extract().path("version");
    }

    static ValidatableResponse mijlpaal(long plan, long kaart, Map<String, ?> velden) {
        return given().contentType(ContentType.JSON).body(velden)
                .post("/api/plannen/" + plan + "/projectkaarten/" + kaart + "/mijlpalen").then();
    }

    static ValidatableResponse wijzigMijlpaal(long plan, long kaart, long mijlpaal, Map<String, ?> velden) {
        return given().contentType(ContentType.JSON).body(velden)
                .patch("/api/plannen/" + plan + "/projectkaarten/" + kaart + "/mijlpalen/" + mijlpaal).then();
    }

    /** Every part of the model filled in, without milestones. */
    static Map<String, Object> volledig() {
        Map<String, Object> velden = new HashMap<>();
        velden.put("projectmanager", "Els Pieters");
        velden.put("projectleider", "Karim Bouzid");
        velden.put("aanleiding", "De gemeente biedt leerroutes vanaf 2022 zelf aan.");
        velden.put("doel", "Per 1 januari 2022 zijn de drie leerroutes gegund.");
        velden.put("smart", java.util.List.of("specifiek", "meetbaar", "acceptabel", "realistisch", "tijdgebonden"));
        velden.put("aanpak", "Marktconsultatie, bestek, aanbesteding, gunning.");
        velden.put("risicosEnVoorwaarden", "Te weinig inschrijvers.");
        velden.put("investering", "Inkoopadviseur 0,4 fte");
        velden.put("investeringBedrag", 25000.5);
        velden.put("inzetten", "Inkoop, juridische zaken");
        velden.put("informeren", "Maandelijks in het projectteam");
        velden.put("verbeteren", "Evaluatie na gunning");
        velden.put("betrekken", "Klankbordsessie met aanbieders");
        velden.put("borgen", "Contractmanagement bij het team inburgering");
        return velden;
    }
}
