package nl.regiebord.product;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.security.Testgebruikers;
import org.jsoup.Jsoup;
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

/** A filled-in productenchecklist comes back through the producten page: check, then apply. */
@QuarkusTest
class ProductenUploadPaginaTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @AfterEach
    void weerBeheerder() {
        Testgebruikers.alsBeheerder();
    }

    private static String pagina(long plan) {
        return "/plannen/" + plan + "/producten";
    }

    private static String importPad(long plan) {
        return pagina(plan) + "/import";
    }

    private static byte[] export(long plan) {
        return given().get("/api/plannen/" + plan + "/export/producten.xlsx").then().statusCode(200).extract()
                .asByteArray();
    }

    private static Response controleer(long plan, String csrf, String bestandsnaam, byte[] bestand) {
        return given().redirects().follow(false).multiPart("_csrf", csrf).multiPart("stap", "controleren")
                .multiPart("bestand", bestandsnaam, bestand, XLSX).post(importPad(plan));
    }

    @Test
    void aFilledInExportIsCheckedOnThePageThenAppliedAndTheChangeShows() throws Exception {
        long plan = Testplannen.gemeente();
        long visie = ProductApiTest.product(plan, "Visie op inburgering");
        byte[] ingevuld = ProductenImportTest.vulIn(export(plan), Map.of(visie, Map.of(
                Productenblad.KOP_STATUS, "geleverd", Productenblad.KOP_VERANTWOORDELIJKE, "Fatima el Amrani")));

        Document producten = Bezoeker.open(pagina(plan));
        Element form = producten.selectFirst("form[action=" + importPad(plan) + "]");
        assertNotNull(form, "uploadformulier voor de projectmanager");
        assertEquals("multipart/form-data", form.attr("enctype"));
        assertEquals(Bezoeker.csrf(producten), form.selectFirst("input[type=hidden][name=_csrf]").attr("value"));
        Element bestand = form.selectFirst("input[type=file][name=bestand]");
        assertNotNull(producten.selectFirst("label[for=" + bestand.id() + "]"), "het bestandsveld heeft een label");
        assertTrue(producten.selectFirst("#import-kop").parent().text()
                .contains("status, verantwoordelijke, document en toelichting"), "zegt welke kolommen gelezen worden");

        String csrf = Bezoeker.csrf(producten);
        Response gecontroleerd = controleer(plan, csrf, "Producten-ingevuld.xlsx", ingevuld);
        assertEquals(200, gecontroleerd.statusCode(), gecontroleerd.asString());
        Document rapport = Jsoup.parse(gecontroleerd.asString());
        assertEquals("Producten", rapport.selectFirst("nav[aria-label=Plan] a[aria-current=page]").text());
        assertTrue(rapport.text().contains("Controle van Producten-ingevuld.xlsx: nog niets gewijzigd. Bij toepassen "
                + "worden 1 product gewijzigd"), rapport.text());
        Element rij = rapport.selectFirst("table.importrapport tbody tr");
        assertTrue(rij.text().contains("Visie op inburgering") && rij.text().contains("wordt gewijzigd")
                && rij.text().contains("status (kolom D) open geleverd"), rij.text());
        assertEquals(pagina(plan) + "#product-" + visie, rij.selectFirst("a").attr("href"));
        given().get("/api/plannen/" + plan + "/producten/" + visie).then().body("status", equalTo("open"));

        Element toepassen = rapport.selectFirst("form[action=" + importPad(plan) + "]:has(button[value=toepassen])");
        assertNotNull(toepassen, "toepassen na de controle");
        Response toegepast = given().redirects().follow(false).multiPart("_csrf", csrf).multiPart("stap", "toepassen")
                .multiPart("inhoud", toepassen.selectFirst("input[name=inhoud]").attr("value"))
                .multiPart("bestandsnaam", toepassen.selectFirst("input[name=bestandsnaam]").attr("value"))
                .post(importPad(plan));
        assertEquals(200, toegepast.statusCode(), toegepast.asString());
        Document verwerkt = Jsoup.parse(toegepast.asString());
        assertTrue(verwerkt.text().contains("De productenchecklist is verwerkt: 1 product gewijzigd, 0 conflicten "
                + "overgeslagen"), verwerkt.text());
        assertNotNull(verwerkt.selectFirst("a[href=" + pagina(plan) + "]"), "terug naar de productenchecklist");

        Element na = Bezoeker.open(pagina(plan)).getElementById("product-" + visie);
        assertEquals("geleverd", na.selectFirst("#status-" + visie + " option[selected]").attr("value"));
        assertEquals("Fatima el Amrani", na.selectFirst("#verantwoordelijke-" + visie).attr("value"));
        given().get("/api/plannen/" + plan + "/producten/" + visie + "/historie").then()
                .body("find { it.veld == 'status' }.bron", equalTo("import"));
    }

    @Test
    void aBadFileGetsItsDutchMessageOnThePageAndChangesNothing() throws Exception {
        long plan = Testplannen.gemeente();
        String csrf = Bezoeker.csrf(Bezoeker.open(pagina(plan)));
        Response geenWerkmap = controleer(plan, csrf, "notulen.xlsx", "geen werkmap".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, geenWerkmap.statusCode());
        assertTrue(geenWerkmap.contentType().startsWith("text/html"));
        Document pagina = Jsoup.parse(geenWerkmap.asString());
        assertTrue(pagina.selectFirst("[role=alert]").text().contains("geen Excel-werkmap (.xlsx)"), pagina.text());
        assertTrue(pagina.selectFirst("[role=alert]").text().contains("Er is niets gewijzigd."));
        assertNotNull(pagina.selectFirst("form[action=" + importPad(plan) + "] input[type=file][name=bestand]"),
                "opnieuw kiezen kan meteen");

        long visie = ProductApiTest.product(plan, "Visie op inburgering");
        byte[] fout = ProductenImportTest.vulIn(export(plan), Map.of(visie, Map.of(Productenblad.KOP_STATUS, "klaar")));
        Document metFout = Jsoup.parse(controleer(plan, csrf, "producten.xlsx", fout).then().statusCode(400)
                .extract().asString());
        assertTrue(metFout.select("ul.importfouten li").text().contains("kolom D (Status): 'klaar' is geen toegestane "
                + "waarde"), metFout.text());
        given().get("/api/plannen/" + plan + "/producten/" + visie).then().body("status", equalTo("open"));

        Document zonderBestand = Jsoup.parse(given().redirects().follow(false).multiPart("_csrf", csrf)
                .multiPart("stap", "controleren").post(importPad(plan)).then().statusCode(400).extract().asString());
        assertTrue(zonderBestand.selectFirst("[role=alert]").text().contains("er is geen bestand meegestuurd: kies een "
                + "Excel-werkmap (.xlsx)"), zonderBestand.text());
    }

    @Test
    void aReadOnlyRoleSeesNoUploadAndADirectPostIsRefused() throws Exception {
        long plan = Testplannen.gemeente();
        long visie = ProductApiTest.product(plan, "Visie op inburgering");
        byte[] ingevuld = ProductenImportTest.vulIn(export(plan), Map.of(visie, Map.of(Productenblad.KOP_STATUS,
                "geleverd")));
        String lezer = Testgebruikers.nieuw("Lies Lezer");
        Testgebruikers.lid(plan, lezer, "lezer");
        Testgebruikers.als(lezer, Testgebruikers.WACHTWOORD);
        Document producten = Bezoeker.open(pagina(plan));
        assertNull(producten.selectFirst("form[action=" + importPad(plan) + "]"), "een lezer ziet geen upload");
        assertNull(producten.getElementById("import-bestand"));

        Response antwoord = controleer(plan, Bezoeker.csrf(producten), "producten.xlsx", ingevuld);
        assertEquals(403, antwoord.statusCode(), antwoord.asString());
        Testgebruikers.alsBeheerder();
        given().get("/api/plannen/" + plan + "/producten/" + visie).then().body("status", equalTo("open"));
    }
}
