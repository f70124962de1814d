package nl.regiebord.pagina;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A visitor without JavaScript: reads pages and posts their forms as a browser would, using the form's own
 * fields (hidden version included), so a test breaks when a form on the page does.
 */
public final class Bezoeker {

    private Bezoeker() {
    }

    public static Document open(String pad) {
        Response antwoord = given().redirects().follow(false).get(pad);
        assertEquals(200, antwoord.statusCode(), pad + " gaf " + antwoord.statusCode());
        return Jsoup.parse(antwoord.asString(), "http://localhost" + pad);
    }

    /** Posts the form found by the selector with its current values, the given values changed. */
    public static Response verstuur(Document pagina, String formulier, Map<String, String> wijzigingen) {
        Element form = pagina.selectFirst(formulier);
        assertNotNull(form, "geen formulier " + formulier);
        Map<String, String> velden = new LinkedHashMap<>();
        String id = form.id();
        var elementen = form.select("input[name], select[name], textarea[name]");
        if (!id.isEmpty()) {
            elementen.addAll(pagina.select("[form=" + id + "][name]"));
        }
        for (Element veld : elementen) {
            String naam = veld.attr("name");
            switch (veld.tagName()) {
                case "select" -> {
                    Element gekozen = veld.selectFirst("option[selected]");
                    velden.put(naam, gekozen != null ? gekozen.attr("value")
                            : veld.selectFirst("option") == null ? "" : veld.selectFirst("option").attr("value"));
                }
                case "textarea" -> velden.put(naam, veld.text());
                default -> {
                    if (!veld.attr("type").equals("checkbox") || veld.hasAttr("checked")) {
                        velden.put(naam, veld.attr("value"));
                    }
                }
            }
        }
        wijzigingen.forEach((naam, waarde) -> {
            if (waarde == null) {
                velden.remove(naam);
            } else {
                velden.put(naam, waarde);
            }
        });
        return given().redirects().follow(false).contentType(ContentType.URLENC).formParams(velden)
                .post(form.attr("action"));
    }

    /** The session's CSRF token as the page's forms carry it. */
    public static String csrf(Document pagina) {
        Element veld = pagina.selectFirst("input[name=_csrf]");
        assertNotNull(veld, "geen CSRF-token op de pagina");
        return veld.attr("value");
    }

    public static Document lees(Response antwoord) {
        return Jsoup.parse(antwoord.asString());
    }

    /** The path a 303 answer sends the browser to. */
    public static String doorverwezenNaar(Response antwoord) {
        assertEquals(303, antwoord.statusCode(), "verwacht een doorverwijzing, kreeg " + antwoord.statusCode()
                + ": " + antwoord.asString());
        return antwoord.header("Location").replaceFirst("^https?://[^/]+", "");
    }
}
