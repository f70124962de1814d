package nl.regiebord.product;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.security.Testgebruikers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ProductPaginaTest {

    @AfterEach
    void weerBeheerder() {
        Testgebruikers.alsBeheerder();
    }

    @Test
    void thePageListsEveryThemeWithItsProductsAndProgress() {
        long plan = Testplannen.gemeente();
        long visie = ProductApiTest.product(plan, "Visie op inburgering");
        long verordening = ProductApiTest.product(plan, "Verordening Wet inburgering");
        ProductApiTest.wijzig(plan, visie, Map.of("status", "geleverd", "version", 0)).then().statusCode(200);
        ProductApiTest.wijzig(plan, verordening, Map.of("status", "nvt", "version", 0)).then().statusCode(200);
        Document pagina = Bezoeker.open("/plannen/" + plan + "/producten");
        assertEquals(List.of("Overkoepelend", "Aanpak inburgering", "Middelen en organisatie",
                "Beleidsafstemming- of herijking"), pagina.select("section[aria-labelledby^=pr-] > h2").eachText());
        assertEquals(33, pagina.select("tr[id^=product-]").size());
        assertEquals("1 van 7 geleverd (14%), 1 niet van toepassing",
                pagina.selectFirst("#voortgang-overkoepelend-tekst").text());
        assertEquals("0 van 8 geleverd (0%)", pagina.selectFirst("#voortgang-aanpak-tekst").text());
        Element rij = pagina.selectFirst("#product-" + visie);
        assertTrue(rij.text().contains("Doelstellingen, normen, indicatoren, verantwoordingscyclus."), rij.text());
        assertEquals("geleverd", rij.selectFirst("#status-" + visie + " option[selected]").attr("value"));
        assertNotNull(pagina.selectFirst("label[for=document-" + visie + "]"));
        assertEquals("Producten", pagina.selectFirst("nav[aria-label=Plan] a[aria-current=page]").text());
        assertNotNull(pagina.selectFirst("a[href=/plannen/" + plan + "/export/producten.xlsx]"));
        assertNull(pagina.getElementById("alleen-lezen"), "de projectmanager mag wijzigen");
        assertNull(pagina.selectFirst("fieldset.alleen-lezen"));
        for (Element formulier : pagina.select("form[method=post]")) {
            assertNotNull(formulier.selectFirst("input[name=_csrf]"), formulier.attr("action"));
        }
    }

    @Test
    void aRowIsChangedInPlaceAndAWebAddressBecomesALink() {
        long plan = Testplannen.gemeente();
        long product = ProductApiTest.product(plan, "Sociale kaart inburgering");
        Document pagina = Bezoeker.open("/plannen/" + plan + "/producten");
        Response antwoord = Bezoeker.verstuur(pagina, "#f-" + product, Map.of("status", "in voorbereiding",
                "verantwoordelijke", "Team Participatie", "document", "https://socialekaart.weert.nl/inburgering"));
        assertEquals("/plannen/" + plan + "/producten#product-" + product, Bezoeker.doorverwezenNaar(antwoord));
        Document daarna = Bezoeker.open("/plannen/" + plan + "/producten");
        assertEquals("in voorbereiding", daarna.selectFirst("#status-" + product + " option[selected]").attr("value"));
        assertEquals("Team Participatie", daarna.selectFirst("#verantwoordelijke-" + product).attr("value"));
        assertEquals("https://socialekaart.weert.nl/inburgering",
                daarna.selectFirst("#product-" + product + " a.document").attr("href"));
        given().get("/api/plannen/" + plan + "/producten/" + product).then()
                .body("status", equalTo("in voorbereiding")).body("version", equalTo(1));

        Document activiteit = Bezoeker.open("/plannen/" + plan + "/activiteit");
        assertNotNull(activiteit.selectFirst("a[href=/plannen/" + plan + "/producten#product-" + product + "]"),
                "de activiteit verwijst naar het product");

        Bezoeker.verstuur(daarna, "#f-" + product, Map.of("document", "Sociale kaart, versie 2 (map Inburgering)"));
        Document alsNaam = Bezoeker.open("/plannen/" + plan + "/producten");
        assertNull(alsNaam.selectFirst("#product-" + product + " a.document"));
        assertEquals("Sociale kaart, versie 2 (map Inburgering)",
                alsNaam.selectFirst("#document-" + product).attr("value"));
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedWithTheMessageAtTheField() {
        long plan = Testplannen.gemeente();
        long product = ProductApiTest.product(plan, "Klantvolgsysteem");
        Document pagina = Bezoeker.open("/plannen/" + plan + "/producten");
        Response antwoord = Bezoeker.verstuur(pagina, "#f-" + product,
                Map.of("status", "geleverd", "verantwoordelijke", "Functioneel beheer", "document", "https://"));
        assertEquals(400, antwoord.statusCode());
        Document fout = Bezoeker.lees(antwoord);
        Element document = fout.selectFirst("#document-" + product);
        assertEquals("https://", document.attr("value"));
        assertEquals("true", document.attr("aria-invalid"));
        assertEquals("document-" + product + "-fout", document.attr("aria-describedby"));
        assertTrue(fout.selectFirst("#document-" + product + "-fout").text().startsWith("is geen geldig webadres"));
        assertEquals("Functioneel beheer", fout.selectFirst("#verantwoordelijke-" + product).attr("value"));
        assertEquals("geleverd", fout.selectFirst("#status-" + product + " option[selected]").attr("value"));
        assertNotNull(fout.selectFirst("div.melding.fout[role=alert]"));
        given().get("/api/plannen/" + plan + "/producten/" + product).then()
                .body("status", equalTo("open")).body("version", equalTo(0));
    }

    @Test
    void aStuurgroepMemberSeesThePageReadOnlyAndMayNotChangeAProduct() {
        long plan = Testplannen.gemeente();
        long product = ProductApiTest.product(plan, "Team");
        String stuurgroep = Testgebruikers.nieuw("Sanne Stuurgroep");
        Testgebruikers.lid(plan, stuurgroep, "stuurgroep");
        Testgebruikers.als(stuurgroep, Testgebruikers.WACHTWOORD);

        Document pagina = Bezoeker.open("/plannen/" + plan + "/producten");
        Element alleenLezen = pagina.selectFirst("fieldset.alleen-lezen");
        assertNotNull(alleenLezen);
        assertTrue(alleenLezen.hasAttr("disabled"));
        assertNotNull(alleenLezen.selectFirst("#status-" + product));
        assertTrue(pagina.selectFirst("#alleen-lezen").text().contains("stuurgroep"));

        given().contentType(ContentType.JSON).body(Map.of("status", "geleverd", "version", 0))
                .patch("/api/plannen/" + plan + "/producten/" + product).then().statusCode(403);
        assertEquals(403, Bezoeker.verstuur(pagina, "#f-" + product, Map.of("status", "geleverd")).statusCode());
        given().get("/api/plannen/" + plan + "/producten/" + product).then().statusCode(200)
                .body("status", equalTo("open"));
    }
}
