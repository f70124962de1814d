package nl.regiebord.importeren;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.security.Testgebruikers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static nl.regiebord.actie.Bijlage1Checklist.KOP_STATUS;
import static nl.regiebord.actie.Bijlage1Checklist.KOP_VERANTWOORDELIJKE;
import static nl.regiebord.importeren.Checklistbestand.acties;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The upload on the tijdtafel page: check first, then apply, with the CSRF token in the multipart form. */
@QuarkusTest
class ImportPaginaTest {

    private static String importPad(long plan) {
        return "/plannen/" + plan + "/tijdtafel/import";
    }

    private static Response controleer(long plan, String csrf, byte[] bestand) {
        var verzoek = given().redirects().follow(false).multiPart("stap", "controleren")
                .multiPart("bestand", "Bijlage1-ingevuld.xlsx", bestand, Checklistbestand.XLSX);
        if (csrf != null) {
            verzoek.multiPart("_csrf", csrf);
        }
        return verzoek.post(importPad(plan));
    }

    @Test
    void theTijdtafelOffersTheUploadOnlyToRolesThatMayChangeActions() {
        long plan = Testplannen.gemeente();
        Document pagina = Bezoeker.open("/plannen/" + plan + "/tijdtafel");
        Element form = pagina.selectFirst("form[action=" + importPad(plan) + "]");
        assertNotNull(form, "uploadformulier voor de projectmanager");
        assertEquals("multipart/form-data", form.attr("enctype"));
        assertEquals("post", form.attr("method"));
        assertEquals(Bezoeker.csrf(pagina), form.selectFirst("input[type=hidden][name=_csrf]").attr("value"));
        Element bestand = form.selectFirst("input[type=file][name=bestand]");
        assertNotNull(pagina.selectFirst("label[for=" + bestand.id() + "]"), "het bestandsveld heeft een label");
        assertEquals("controleren", form.selectFirst("button[type=submit]").attr("value"));

        String lezer = Testgebruikers.nieuw("Lies Lezer");
        Testgebruikers.lid(plan, lezer, "lezer");
        Testgebruikers.als(lezer, Testgebruikers.WACHTWOORD);
        assertNull(Bezoeker.open("/plannen/" + plan + "/tijdtafel").selectFirst("form[action=" + importPad(plan) + "]"),
                "een lezer ziet geen upload");
    }

    @Test
    void aMultipartPostWithoutTheTokenIsRefusedAndWithItShowsTheDryRun() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "beleid", "startnotitie", "startnotitie opstellen");
        byte[] ingevuld = Checklistbestand.van(plan).tekst(actie, KOP_STATUS, "bezig").bytes();
        Document tijdtafel = Bezoeker.open("/plannen/" + plan + "/tijdtafel");
        List<Map<String, Object>> voor = acties(plan);

        Response zonder = controleer(plan, null, ingevuld);
        assertEquals(403, zonder.statusCode(), zonder.asString());
        assertTrue(Jsoup.parse(zonder.asString()).text().contains("CSRF"));
        assertEquals(403, controleer(plan, "niet-het-token", ingevuld).statusCode());

        Response met = controleer(plan, Bezoeker.csrf(tijdtafel), ingevuld);
        assertEquals(200, met.statusCode(), met.asString());
        Document rapport = Jsoup.parse(met.asString());
        assertTrue(rapport.text().contains("Controle van Bijlage1-ingevuld.xlsx: nog niets gewijzigd"), rapport.text());
        Element rij = rapport.selectFirst("table.importrapport tbody tr");
        assertTrue(rij.text().contains("startnotitie opstellen") && rij.text().contains("wordt gewijzigd")
                && rij.text().contains("status (kolom E) open bezig"), rij.text());
        assertEquals(voor, acties(plan), "controleren verandert niets");
    }

    @Test
    void applyingReSendsTheCheckedFileFromTheFormAndChangesTheActions() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "beleid", "startnotitie", "startnotitie opstellen");
        byte[] ingevuld = Checklistbestand.van(plan).tekst(actie, KOP_STATUS, "bezig")
                .tekst(actie, KOP_VERANTWOORDELIJKE, "Fatima el Amrani").bytes();
        String csrf = Bezoeker.csrf(Bezoeker.open("/plannen/" + plan + "/tijdtafel"));
        Document rapport = Jsoup.parse(controleer(plan, csrf, ingevuld).then().statusCode(200).extract().asString());
        Element toepassen = rapport.selectFirst("form[action=" + importPad(plan) + "]:has(button[value=toepassen])");
        assertNotNull(toepassen, "toepassen na de controle");
        assertEquals(csrf, toepassen.selectFirst("input[name=_csrf]").attr("value"));
        String inhoud = toepassen.selectFirst("input[type=hidden][name=inhoud]").attr("value");
        assertEquals(java.util.Base64.getEncoder().encodeToString(ingevuld), inhoud, "het gecontroleerde bestand zelf");

        Response toegepast = given().redirects().follow(false).multiPart("_csrf", csrf).multiPart("stap", "toepassen")
                .multiPart("inhoud", inhoud).multiPart("bestandsnaam", "Bijlage1-ingevuld.xlsx").post(importPad(plan));
        assertEquals(200, toegepast.statusCode(), toegepast.asString());
        String tekst = Jsoup.parse(toegepast.asString()).text();
        assertTrue(tekst.contains("De checklist is verwerkt: 1 actie gewijzigd, 0 conflicten overgeslagen"), tekst);
        var na = given().get("/api/plannen/" + plan + "/acties/" + actie).then().statusCode(200).extract().jsonPath();
        assertEquals("bezig", na.getString("status"));
        assertEquals("Fatima el Amrani", na.getString("verantwoordelijke"));
    }

    @Test
    void aBadFileIsShownOnThePageWithItsStatusAndTheUploadAgain() {
        long plan = Testplannen.gemeente();
        String csrf = Bezoeker.csrf(Bezoeker.open("/plannen/" + plan + "/tijdtafel"));
        Response antwoord = controleer(plan, csrf, "geen werkmap".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(415, antwoord.statusCode());
        assertTrue(antwoord.contentType().startsWith("text/html"));
        Document pagina = Jsoup.parse(antwoord.asString());
        assertTrue(pagina.selectFirst("[role=alert]").text().contains("geen Excel-werkmap (.xlsx)"), pagina.text());
        assertNotNull(pagina.selectFirst("input[type=file][name=bestand]"), "opnieuw kiezen kan meteen");

        long andere = Testplannen.actie(plan, "beleid", "startnotitie", "startnotitie opstellen");
        byte[] fout = Checklistbestand.van(plan).tekst(andere, KOP_STATUS, "klaar").bytes();
        Document metFout = Jsoup.parse(controleer(plan, csrf, fout).then().statusCode(400).extract().asString());
        assertTrue(metFout.select("ul.importfouten li").text().contains("kolom E (Status): 'klaar' is geen toegestane "
                + "waarde"), metFout.text());
    }
}
