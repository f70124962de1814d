package nl.regiebord.browser;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.security.Testgebruikers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pages that matter, used as a person would in Chromium, and checked with axe on every one. */
@QuarkusTest
class PaginasInDeBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aPlanIsCreatedThroughTheStartPage() {
        WebDriver pagina = browser.open("/");
        pagina.findElement(By.id("naam")).sendKeys("Browserplan Nederweert");
        pagina.findElement(By.id("gemeenten")).sendKeys("Nederweert");
        new Select(pagina.findElement(By.id("uitvoering"))).selectByValue("lokaal");
        pagina.findElement(By.cssSelector("form[action='/plannen'] button[type=submit]")).click();
        browser.wacht().until(ExpectedConditions.urlMatches("/plannen/\\d+$"));
        assertEquals("Browserplan Nederweert", pagina.findElement(By.tagName("h1")).getText());
        Axe.assertGeenErnstigeSchendingen(pagina);
    }

    @Test
    void aStatusChosenOnTheTijdtafelIsSavedAtOnceAndMovesTheDashboard() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "inkoop", null, "keuze maken");
        WebDriver pagina = browser.open("/plannen/" + plan);
        assertTrue(kaart(pagina, "inkoop").contains("0% afgerond: 0 van 3"), kaart(pagina, "inkoop"));

        browser.open("/plannen/" + plan + "/tijdtafel?thema=inkoop");
        new Select(pagina.findElement(By.id("status-" + actie))).selectByValue("afgerond");
        browser.wacht().until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-melding"),
                "Opgeslagen: keuze maken is nu afgerond."));
        given().get("/api/plannen/" + plan + "/acties/" + actie).then()
                .body("status", org.hamcrest.Matchers.equalTo("afgerond"));

        browser.open("/plannen/" + plan);
        assertTrue(kaart(pagina, "inkoop").contains("33% afgerond: 1 van 3"), kaart(pagina, "inkoop"));
    }

    @Test
    void aStepIsTickedOnTheActionPage() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "beleid", "verordening", "verordening opstellen");
        WebDriver pagina = browser.open("/plannen/" + plan + "/acties/" + actie);
        String stap = pagina.findElements(By.cssSelector("ul.stappen > li")).get(0).getDomAttribute("id");
        pagina.findElement(By.cssSelector("#" + stap + " button")).click();
        browser.wacht().until(ExpectedConditions.textToBe(By.cssSelector("#" + stap + " .vink"), "✓"));
        given().get("/api/plannen/" + plan + "/acties/" + actie).then()
                .body("stappen[0].afgevinkt", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void aScoredRiskStandsInItsCellOfTheMatrixAndClickingTheCellListsIt() {
        long plan = Testplannen.gemeente();
        given().contentType(ContentType.JSON).body(Map.of("categorie", "financieel",
                        "omschrijving", "Budget te laag voor implementatie", "maatregel", "Begroting per kwartaal",
                        "kans", "hoog", "impact", "midden", "ingebrachtDoor", "Controller"))
                .post("/api/plannen/" + plan + "/risicos").then().statusCode(201);
        WebDriver pagina = browser.open("/plannen/" + plan + "/risicomatrix");
        String cel = pagina.findElement(By.id("nu-hoog-midden")).getDomProperty("textContent").replaceAll("\\s+", " ");
        assertTrue(cel.contains("hoog") && cel.contains("score 6") && cel.contains("1 risico")
                && cel.contains("Budget te laag"), cel);
        assertTrue(pagina.findElement(By.id("nu-laag-laag")).getDomProperty("textContent").contains("0 risico's"));
        Axe.assertGeenErnstigeSchendingen(pagina);
        pagina.findElement(By.cssSelector("#nu-hoog-midden a.cel-kop")).click();
        browser.wacht().until(ExpectedConditions.urlContains("kans=hoog&impact=midden"));
        assertTrue(pagina.findElement(By.id("lijst")).getText().contains("Budget te laag voor implementatie"),
                pagina.findElement(By.id("lijst")).getText());
        Axe.assertGeenErnstigeSchendingen(browser.open("/plannen/" + plan + "/risicos"));

        // the number in the cell opens the risk's own page, where its measure is changed
        pagina = browser.open("/plannen/" + plan + "/risicomatrix");
        pagina.findElement(By.cssSelector("#nu-hoog-midden .cel-nummers a")).click();
        browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("wijzig")));
        assertTrue(pagina.findElement(By.tagName("h1")).getText().startsWith("R1"), pagina.findElement(By.tagName("h1")).getText());
        Axe.assertGeenErnstigeSchendingen(pagina);
        pagina.findElement(By.id("maatregel")).clear();
        pagina.findElement(By.id("maatregel")).sendKeys("Begroting per maand bijstellen");
        new Select(pagina.findElement(By.id("restKans"))).selectByVisibleText("laag");
        new Select(pagina.findElement(By.id("restImpact"))).selectByVisibleText("midden");
        pagina.findElement(By.cssSelector("#wijzig button[type=submit]")).click();
        browser.wacht().until(ExpectedConditions.textToBePresentInElementLocated(By.id("stand"), "Na de maatregel"));
        assertTrue(pagina.findElement(By.cssSelector("ul.historie")).getText().contains("Begroting per maand bijstellen"));
    }

    @Test
    void everyPageMeetsWcag21AaWithoutSeriousViolations() {
        long plan = Testplannen.samenwerkingsverband();
        long actie = Testplannen.actie(plan, "beleid", "verordening", "verordening vaststellen");
        List<String> paden = List.of("/", "/keten", "/plannen/" + plan, "/plannen/" + plan + "/tijdtafel",
                "/plannen/" + plan + "/tijdtafel?thema=beleid&teLaat=true", "/plannen/" + plan + "/acties/" + actie,
                "/plannen/" + plan + "/keten", "/plannen/987654", "/plannen/" + plan + "/leden",
                "/plannen/" + plan + "/activiteit", "/plannen/" + plan + "/producten", "/mijn-acties", "/account",
                "/beheer");
        for (String pad : paden) {
            Axe.assertGeenErnstigeSchendingen(browser.open(pad));
        }
        // a refused form shows its errors accessibly too
        WebDriver pagina = browser.open("/");
        pagina.findElement(By.cssSelector("form[action='/plannen'] button[type=submit]")).click();
        browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("naam-fout")));
        Axe.assertGeenErnstigeSchendingen(pagina);

        WebDriver producten = browser.open("/plannen/" + plan + "/producten");
        String product = producten.findElement(By.cssSelector("tr[id^=product-]")).getAttribute("id")
                .substring("product-".length());
        producten.findElement(By.id("document-" + product)).sendKeys("https://");
        producten.findElement(By.cssSelector("#f-" + product + " button[type=submit]")).click();
        browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("document-" + product + "-fout")));
        Axe.assertGeenErnstigeSchendingen(producten);
    }

    @Test
    void aUserLogsInThroughTheFormAndLandsOnThePageTheyAskedFor() {
        long plan = Testplannen.gemeente();
        WebDriver pagina = browser.open("/plannen/" + plan);
        pagina.findElement(By.cssSelector("form.uitloggen button")).click();
        browser.wacht().until(ExpectedConditions.urlContains("/inloggen"));
        pagina.get(Browser.basisUrl() + "/plannen/" + plan + "/tijdtafel");
        browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("inlogformulier")));
        Axe.assertGeenErnstigeSchendingen(pagina);

        pagina.findElement(By.id("gebruikersnaam")).sendKeys(Testgebruikers.BEHEERDER);
        pagina.findElement(By.id("wachtwoord")).sendKeys("niet het goede wachtwoord");
        pagina.findElement(By.cssSelector("#inlogformulier button")).click();
        WebElement melding = browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".melding.fout")));
        assertTrue(melding.getText().contains("klopt niet"), melding.getText());
        Axe.assertGeenErnstigeSchendingen(pagina);

        pagina.findElement(By.id("wachtwoord")).sendKeys(Testgebruikers.BEHEERDER_WACHTWOORD);
        pagina.findElement(By.cssSelector("#inlogformulier button")).click();
        browser.wacht().until(ExpectedConditions.urlContains("/plannen/" + plan + "/tijdtafel"));
        assertEquals("Beheerder", pagina.findElement(By.cssSelector("nav.account a[href='/account']")).getText());
    }

    /** The README's pictures: a plan halfway, on a laptop screen of 1366×768. */
    @Test
    void screenshotsForTheReadme() {
        Number id = given().contentType(ContentType.JSON).body(Map.of("naam", "Veranderopgave Inburgering Weert e.o.",
                        "gemeenten", List.of("Cranendonck", "Nederweert", "Weert"), "inwerkingtreding", "2027-07-01",
                        "uitvoering", "subregionaal", "modelstatusOvernemen", true))
                .post("/api/plannen").then().statusCode(201).extract().path("id");
        long plan = id.longValue();
        zet(plan, "beleid", "verordening", "inventariseren", Map.of("status", "afgerond", "verantwoordelijke", "Beleidsadviseur"));
        zet(plan, "beleid", "verordening", "planning maken", Map.of("status", "afgerond", "verantwoordelijke", "Beleidsadviseur"));
        zet(plan, "beleid", "verordening", "verordening opstellen", Map.of("status", "bezig", "verantwoordelijke", "Beleidsadviseur"));
        zet(plan, "beleid", "beleidsregels", "beleidsregels opstellen", Map.of("status", "bezig", "verantwoordelijke", "Jurist"));
        zet(plan, "inkoop", null, "inventariseren", Map.of("status", "afgerond", "verantwoordelijke", "Inkoopadviseur"));
        zet(plan, "werkprocessen", null, "inventariseren en analyseren", Map.of("status", "bezig", "verantwoordelijke", "Informatieadviseur"));
        browser.open("/plannen/" + plan);
        browser.schermafbeelding(Path.of("target", "schermafbeeldingen", "dashboard.png"));
        browser.open("/plannen/" + plan + "/tijdtafel?thema=beleid");
        browser.driver().executeScript("var kop = Array.from(document.querySelectorAll('tr.onderdeel'))"
                + ".find(r => r.textContent.trim() === 'Verordening');"
                + "window.scrollTo(0, kop.getBoundingClientRect().top + window.scrollY - 60)");
        browser.schermafbeelding(Path.of("target", "schermafbeeldingen", "tijdtafel.png"));
    }

    private static void zet(long plan, String thema, String onderdeel, String tekst, Map<String, Object> velden) {
        long actie = Testplannen.actie(plan, thema, onderdeel, tekst);
        Map<String, Object> body = new java.util.HashMap<>(velden);
        body.put("version", 0);
        given().contentType(ContentType.JSON).body(body).patch("/api/plannen/" + plan + "/acties/" + actie)
                .then().statusCode(200);
    }

    private static String kaart(WebDriver pagina, String thema) {
        return pagina.findElement(By.id("thema-" + thema)).findElement(By.xpath("..")).getText();
    }
}
