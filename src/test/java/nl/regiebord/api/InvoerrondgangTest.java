package nl.regiebord.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regiebord.klok.VerstelbareKlok;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.security.Testgebruikers;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks every operation of the API that takes a JSON body (as the OpenAPI document lists them) and sends each of
 * its fields wrong types, null, huge values, far dates and unknown choices, one field at a time. No answer may be
 * a 5xx; a refusal is a problem document, and a 400 names the field. The fields are those of a valid body and of
 * what the GET of the same resource answers (read-only ones included: they must be refused cleanly too).
 */
@QuarkusTest
class InvoerrondgangTest {

    private static final Pattern PADPARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final String LANG = "x".repeat(100_000);

    /** One field at a time: wrong types, null, empty containers, huge, far away, unknown. */
    private static final List<Object> SLECHTE_WAARDEN = List.of("ja", 1, -1, 0.5, true,
            new java.math.BigInteger("99999999999999999999999999"), 1e308, List.of("ja"), Map.of("a", 1), LANG,
            "9999-12-31", "+999999999-12-31", "bestaat-niet-als-waarde");

    private final Map<String, Long> ids = new LinkedHashMap<>();
    private final List<String> gevonden = new ArrayList<>();

    @Test
    void noFieldOfAnyJsonOperationAnswersA5xxAndEveryRefusalNamesItsField() {
        maakOmgeving();
        Map<String, Supplier<Map<String, Object>>> voorbeelden = voorbeelden();
        Map<String, Object> paden = given().get("/q/openapi?format=json").then().statusCode(200).extract()
                .jsonPath().getMap("paths");
        List<String> zonderVoorbeeld = new ArrayList<>();
        int bewerkingen = 0;
        for (String pad : new TreeSet<>(paden.keySet())) {
            @SuppressWarnings("unchecked")
            Map<String, Object> methoden = (Map<String, Object>) paden.get(pad);
            for (String methode : List.of("post", "put", "patch")) {
                if (!neemtJson(methoden.get(methode))) {
                    continue;
                }
                String sleutel = methode.toUpperCase() + " " + pad;
                if (sleutel.equals("PUT /api/mij/wachtwoord")) {
                    continue; // walked below as a user of its own: a wrong password counts as a failed login
                }
                Supplier<Map<String, Object>> voorbeeld = voorbeelden.get(sleutel);
                if (voorbeeld == null) {
                    zonderVoorbeeld.add(sleutel);
                    continue;
                }
                loop(methode, invullen(pad), voorbeeld);
                bewerkingen++;
            }
        }
        loopWachtwoord();
        assertEquals(List.of(), zonderVoorbeeld, "geef deze bewerkingen een geldig voorbeeld in deze test");
        assertTrue(bewerkingen >= 20, "te weinig bewerkingen gevonden: " + bewerkingen);
        assertEquals(List.of(), gevonden, String.join("\n", gevonden));
    }

    private static boolean neemtJson(Object bewerking) {
        if (!(bewerking instanceof Map<?, ?> b) || !(b.get("requestBody") instanceof Map<?, ?> inhoud)) {
            return false;
        }
        return inhoud.get("content") instanceof Map<?, ?> soorten && soorten.containsKey("application/json");
    }

    /**
     * Sends the valid body with one field replaced by each bad value; for a list of objects, each field of its
     * first object in turn. A PATCH sends only that field and the version, taken again from every 2xx answer.
     * The unknown choice ("bestaat-niet-als-waarde") is refused where the field is a choice, taken where it is text.
     */
    private void loop(String methode, String url, Supplier<Map<String, Object>> voorbeeld) {
        boolean patch = methode.equals("patch");
        Map<String, Object> velden = new LinkedHashMap<>(voorbeeld.get());
        if (patch) {
            Response huidig = given().get(url);
            if (huidig.statusCode() == 200 && huidig.jsonPath().get("$") instanceof Map<?, ?> stand) {
                stand.forEach((veld, waarde) -> velden.putIfAbsent(String.valueOf(veld), waarde));
            }
            versies.put(url, velden.getOrDefault(Invoer.VERSIE, 0));
        }
        for (Map.Entry<String, Object> veld : velden.entrySet()) {
            if (veld.getKey().equals(Invoer.VERSIE)) {
                continue;
            }
            List<Object> waarden = new ArrayList<>(SLECHTE_WAARDEN);
            waarden.add(null);
            if (veld.getValue() instanceof List<?> lijst && !lijst.isEmpty() && lijst.get(0) instanceof Map<?, ?> eerste) {
                for (Object sub : eerste.keySet()) {
                    for (Object slecht : SLECHTE_WAARDEN) {
                        Map<String, Object> element = new LinkedHashMap<>();
                        eerste.forEach((k, w) -> element.put(String.valueOf(k), w));
                        element.put(String.valueOf(sub), slecht);
                        waarden.add(List.of(element));
                    }
                }
            }
            for (Object slecht : waarden) {
                Map<String, Object> body = new LinkedHashMap<>();
                if (patch) {
                    body.put(Invoer.VERSIE, versies.get(url));
                } else {
                    body.putAll(voorbeeld.get()); // anew each time: names that must be unique stay unique
                }
                body.put(veld.getKey(), slecht);
                stuur(methode, url, veld.getKey(), body);
            }
        }
    }

    private final Map<String, Object> versies = new LinkedHashMap<>();

    private void stuur(String methode, String url, String veld, Map<String, Object> body) {
        Response antwoord = given().contentType(ContentType.JSON).body(body).request(methode, url);
        int status = antwoord.statusCode();
        String wat = methode.toUpperCase() + " " + url + " " + kort(body) + " -> " + status;
        if (status >= 500) {
            gevonden.add(wat + " " + kort(antwoord.asString()));
            return;
        }
        if (status < 300) {
            Object versie = antwoord.jsonPath().get("version");
            if (methode.equals("patch") && versie != null) {
                versies.put(url, versie);
            }
            return;
        }
        if (!antwoord.contentType().startsWith(Probleem.MEDIA_TYPE)) {
            gevonden.add(wat + " zonder problem+json: " + antwoord.contentType());
            return;
        }
        if (status == 400) {
            List<String> velden = antwoord.jsonPath().getList("velden.veld");
            String detail = antwoord.jsonPath().getString("detail");
            boolean genoemd = (velden != null && velden.stream().anyMatch(v -> v.startsWith(veld)))
                    || (detail != null && detail.contains(veld));
            if (!genoemd) {
                gevonden.add(wat + " noemt het veld niet: " + kort(antwoord.asString()));
            }
        }
    }

    private static String kort(Object tekst) {
        String s = String.valueOf(tekst).replace(LANG, "x*100000");
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    /** The password change, as a user of its own whose failed attempts lock nobody else out. */
    private void loopWachtwoord() {
        String naam = Testgebruikers.nieuw("Rondgang wachtwoord");
        Testgebruikers.als(naam, Testgebruikers.WACHTWOORD);
        try {
            for (String veld : List.of("huidig", "nieuw")) {
                for (Object slecht : SLECHTE_WAARDEN) {
                    if (slecht instanceof String) {
                        continue; // a text is a password to try: counted as a failed login, not an input error
                    }
                    Map<String, Object> body = new LinkedHashMap<>(Map.of("huidig", Testgebruikers.WACHTWOORD));
                    body.put(veld, slecht);
                    stuur("put", "/api/mij/wachtwoord", veld, body);
                }
            }
        } finally {
            Testgebruikers.alsBeheerder();
        }
    }

    private String invullen(String pad) {
        Matcher m = PADPARAMETER.matcher(pad);
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            String soort = pad.contains("/samenvoegen") || pad.contains("/cluster") ? ":samen"
                    : pad.contains("/besluiten") ? ":besluit" : "";
            Long id = ids.get(m.group(1) + soort);
            if (id == null) {
                id = ids.get(m.group(1));
            }
            if (id == null) {
                throw new AssertionError("geen waarde voor {" + m.group(1) + "} in " + pad);
            }
            m.appendReplacement(url, String.valueOf(id));
        }
        m.appendTail(url);
        return url.toString();
    }

    private static long id(Response antwoord) {
        assertTrue(antwoord.statusCode() < 300, antwoord.asString());
        return ((Number) antwoord.jsonPath().get("id")).longValue();
    }

    private static Response post(String url, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post(url);
    }

    private void maakOmgeving() {
        long plan = Testplannen.samenwerkingsverband();
        String p = "/api/plannen/" + plan;
        ids.put("planId", plan);
        List<Map<String, Object>> acties = given().get(p + "/acties").then().statusCode(200).extract().jsonPath()
                .getList("$");
        Map<String, Object> metStappen = acties.stream().filter(a -> a.get("stappen") instanceof List<?> l && !l.isEmpty())
                .findFirst().orElseThrow();
        Map<String, Object> metBesluiten = acties.stream()
                .filter(a -> a.get("besluiten") instanceof List<?> l && !l.isEmpty()).findFirst().orElseThrow();
        ids.put("actieId", ((Number) metStappen.get("id")).longValue());
        ids.put("stapId", ((Number) ((Map<?, ?>) ((List<?>) metStappen.get("stappen")).get(0)).get("id")).longValue());
        ids.put("actieId:besluit", ((Number) metBesluiten.get("id")).longValue());
        ids.put("besluitId", ((Number) ((Map<?, ?>) ((List<?>) metBesluiten.get("besluiten")).get(0)).get("id")).longValue());
        ids.put("risicoId", id(post(p + "/risicos", Map.of("categorie", "operationeel", "omschrijving", "Te weinig mensen",
                "ingebrachtDoor", "Fatima", "kans", "hoog", "impact", "hoog"))));
        ids.put("risicoId:samen", id(post(p + "/risicos", Map.of("categorie", "financieel",
                "omschrijving", "Een dubbel risico", "ingebrachtDoor", "Jan"))));
        ids.put("kaartId", id(post(p + "/projectkaarten", Map.of("thema", "inkoop", "titel", "Inkoop leerroutes"))));
        ids.put("mijlpaalId", id(post(p + "/projectkaarten/" + ids.get("kaartId") + "/mijlpalen",
                Map.of("omschrijving", "Gunning", "datum", "2021-10-01"))));
        ids.put("stakeholderId", id(post(p + "/stakeholders", Map.of("naam", "COA", "type", "extern",
                "belang", "hoog", "invloed", "matig"))));
        ids.put("stakeholderId:samen", id(post(p + "/stakeholders", Map.of("naam", "Een dubbele", "type", "extern"))));
        ids.put("anderStakeholderId", id(post(p + "/stakeholders", Map.of("naam", "DUO", "type", "extern"))));
        ids.put("contactId", id(post(p + "/stakeholders/" + ids.get("stakeholderId") + "/contacten",
                Map.of("datum", VerstelbareKlok.STANDAARD.minusDays(3).toString(), "door", "Jan", "vorm", "telefoon",
                        "samenvatting", "Kennismaking"))));
        List<Map<String, Object>> producten = given().get(p + "/producten").then().statusCode(200).extract()
                .jsonPath().getList("$");
        ids.put("productId", ((Number) producten.get(0).get("id")).longValue());
        String lid = Testgebruikers.nieuw("Rondgang lid");
        ids.put("lidId", id(post(p + "/leden", Map.of("gebruikersnaam", lid, "rol", "lezer"))));
        ids.put("gebruikerId", Testgebruikers.id(Testgebruikers.nieuw("Rondgang gebruiker")));
        ids.put("nieuwLid", Testgebruikers.id(Testgebruikers.nieuw("Rondgang nieuw lid")));
    }

    /** A valid body per operation; the walk changes one field of it at a time. */
    private Map<String, Supplier<Map<String, Object>>> voorbeelden() {
        String datum = VerstelbareKlok.STANDAARD.minusDays(1).toString();
        Map<String, Supplier<Map<String, Object>>> v = new LinkedHashMap<>();
        String a = "/api/plannen/{planId}";
        v.put("POST /api/plannen", () -> Map.of("naam", "Rondgangplan " + System.nanoTime(), "gemeenten", List.of("Weert"),
                "inwerkingtreding", "2022-01-01", "modelstatusOvernemen", false));
        v.put("PATCH " + a, Map::of);
        v.put("POST /api/gebruikers", () -> Map.of("gebruikersnaam", "rondgang" + System.nanoTime(), "naam", "Rondgang",
                "email", "rondgang@example.nl", "beheerder", false));
        v.put("PATCH /api/gebruikers/{gebruikerId}", () -> Map.of("naam", "Rondgang", "email", "r@example.nl",
                "beheerder", false, "actief", true));
        v.put("POST " + a + "/leden", () -> Map.of("gebruikerId", ids.get("nieuwLid"), "rol", "lezer"));
        v.put("PATCH " + a + "/leden/{lidId}", () -> Map.of("rol", "lezer", "version", 0));
        v.put("POST " + a + "/acties", () -> Map.of("thema", "inkoop", "fase", "uitvoerende fase", "actie", "Eigen actie",
                "deadline", "2022-06-01", "status", "open", "verantwoordelijke", "Jan", "toelichting", "Tekst"));
        v.put("PATCH " + a + "/acties/{actieId}", Map::of);
        v.put("PATCH " + a + "/acties/{actieId}/stappen/{stapId}", () -> Map.of("afgevinkt", true,
                "version", versie(a + "/acties/{actieId}")));
        v.put("PATCH " + a + "/acties/{actieId}/besluiten/{besluitId}", () -> Map.of("status", "genomen",
                "datum", "2021-10-01", "orgaan", "raad", "toelichting", "Tekst", "version", versie("/api/plannen/" + ids.get("planId") + "/acties/" + ids.get("actieId:besluit"))));
        v.put("POST " + a + "/risicos", () -> Map.of("categorie", "operationeel", "omschrijving", "Rondgang",
                "ingebrachtDoor", "Rondgang " + System.nanoTime(), "kans", "laag", "impact", "laag", "maatregel", "Iets"));
        v.put("PATCH " + a + "/risicos/{risicoId}", Map::of);
        v.put("POST " + a + "/risicos/{risicoId}/cluster", () -> Map.of("in", ids.get("risicoId")));
        v.put("PATCH " + a + "/risicocadans", Map::of);
        v.put("POST " + a + "/risicoreviews", () -> Map.of("datum", datum, "aanwezigen", List.of("Els"),
                "besluiten", List.of(Map.of("risico", ids.get("risicoId"), "version", versie(a + "/risicos/{risicoId}"),
                        "kans", "midden", "impact", "hoog", "maatregel", "Werven", "reden", "Besproken", "status", "open"))));
        v.put("POST " + a + "/vergaderingen", () -> Map.of("datum", datum, "aanwezigen", List.of("Els"),
                "besluiten", List.of("Door met de startnotitie"), "notitie", "Rondgang",
                "actiepunten", List.of(Map.of("actie", "Rondgang", "thema", "inkoop", "verantwoordelijke", "Els",
                        "deadline", "2021-06-01"))));
        v.put("POST " + a + "/projectkaarten", () -> Map.of("thema", "beleid", "titel", "Rondgang " + System.nanoTime(),
                "mijlpalen", List.of(Map.of("omschrijving", "Start", "datum", "2021-06-01"))));
        v.put("PATCH " + a + "/projectkaarten/{kaartId}", Map::of);
        v.put("POST " + a + "/projectkaarten/{kaartId}/mijlpalen", () -> Map.of("omschrijving", "Rondgang",
                "datum", "2021-09-01"));
        v.put("PATCH " + a + "/projectkaarten/{kaartId}/mijlpalen/{mijlpaalId}", () -> Map.of("omschrijving", "Gunning",
                "datum", "2021-10-01", "status", "gehaald", "nieuweDatum", "2021-11-01", "reden", "Later", "volgorde", 1,
                "version", versie(a + "/projectkaarten/{kaartId}")));
        v.put("POST " + a + "/stakeholders", () -> Map.of("naam", "Rondgang " + System.nanoTime(), "type", "extern",
                "belang", "hoog", "invloed", "laag", "frequentie", "maandelijks", "verantwoordelijke", "Jan"));
        v.put("POST " + a + "/stakeholders/checklist", () -> Map.of("namen", List.of("Gemeenteraad")));
        v.put("PATCH " + a + "/stakeholders/{stakeholderId}", Map::of);
        v.put("POST " + a + "/stakeholders/{stakeholderId}/samenvoegen", () -> Map.of("in", ids.get("anderStakeholderId")));
        v.put("POST " + a + "/stakeholders/{stakeholderId}/contacten", () -> Map.of("datum", datum, "door", "Jan",
                "vorm", "telefoon", "samenvatting", "Gebeld"));
        v.put("POST " + a + "/stakeholderherijkingen", () -> Map.of("datum", datum, "aanwezigen", List.of("Els"),
                "scores", List.of(Map.of("stakeholder", ids.get("stakeholderId"),
                        "version", versie(a + "/stakeholders/{stakeholderId}"), "belang", "hoog", "invloed", "hoog",
                        "reden", "Herijkt"))));
        v.put("PATCH " + a + "/producten/{productId}", Map::of);
        return v;
    }

    private Object versie(String pad) {
        Object versie = given().get(invullen(pad)).then().extract().jsonPath().get("version");
        return versie == null ? 0 : versie;
    }
}
