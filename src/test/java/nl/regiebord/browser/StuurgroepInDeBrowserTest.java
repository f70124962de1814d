package nl.regiebord.browser;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.security.Testgebruikers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stuurgroep member at the meeting: reviews the risk matrix on screen, opens the meeting view, reads a risk,
 * changes nothing else.
 */
@QuarkusTest
class StuurgroepInDeBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aStuurgroepMemberRecordsTheReviewAndTheMatrixShowsTheMove() {
        long plan = Testplannen.gemeente();
        String wethouder = Testgebruikers.nieuw("Wethouder Bakker");
        Testgebruikers.lid(plan, wethouder, "stuurgroep");
        for (String[] risico : new String[][]{{"Te weinig taalaanbieders in de regio", "hoog", "hoog"},
                {"Budget voor de brede intake te laag", "midden", "hoog"}, {"Ketenpartners haken af", "laag", "midden"}}) {
            given().contentType(ContentType.JSON).body(Map.of("categorie", "operationeel", "omschrijving", risico[0],
                    "kans", risico[1], "impact", risico[2], "ingebrachtDoor", "Projectgroep"))
                    .post("/api/plannen/" + plan + "/risicos").then().statusCode(201);
        }
        WebDriver pagina = browser.open("/plannen/" + plan);
        pagina.findElement(By.cssSelector("form.uitloggen button")).click();
        browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("inlogformulier")));
        pagina.get(Browser.basisUrl() + "/plannen/" + plan + "/risicomatrix");
        pagina.findElement(By.id("gebruikersnaam")).sendKeys(wethouder);
        pagina.findElement(By.id("wachtwoord")).sendKeys(Testgebruikers.WACHTWOORD);
        pagina.findElement(By.cssSelector("#inlogformulier button")).click();
        try {
            alsStuurgroeplid(pagina);
        } finally {
            // the next test in this browser starts as the beheerder again
            pagina.findElement(By.cssSelector("form.uitloggen button")).click();
            browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("inlogformulier")));
        }
    }

    private static void alsStuurgroeplid(WebDriver pagina) {
        browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("reviewformulier")));
        Axe.assertGeenErnstigeSchendingen(pagina);

        pagina.findElement(By.cssSelector("input[name=aanwezig][value='Wethouder Bakker']")).click();
        pagina.findElement(By.id("review-gasten")).sendKeys("Adviseur GGD");
        String r1 = pagina.findElement(By.cssSelector("#reviewformulier input[name=risico]")).getDomProperty("value");
        new Select(pagina.findElement(By.id("kans-" + r1))).selectByVisibleText("midden");
        pagina.findElement(By.id("reden-" + r1)).sendKeys("Tweede aanbieder gecontracteerd");
        pagina.findElement(By.id("review-notitie")).sendKeys("Over drie maanden opnieuw");
        pagina.findElement(By.cssSelector("#reviewformulier button[type=submit]")).click();
        browser.wacht().until(ExpectedConditions.urlContains("#laatste-review"));

        String laatste = pagina.findElement(By.id("laatste-review")).getText();
        assertTrue(laatste.contains("Wethouder Bakker") && laatste.contains("Adviseur GGD")
                && laatste.contains("Over drie maanden opnieuw"), laatste);
        // R1 moved from hoog/hoog to midden/hoog: its cell names it by number
        String cel = pagina.findElement(By.id("nu-midden-hoog")).getDomProperty("textContent").replaceAll("\\s+", " ");
        assertTrue(cel.contains("R1 Te weinig taalaanbieders"), cel);
        Axe.assertGeenErnstigeSchendingen(pagina);

        // the meeting view now counts from this review, and names what changed since
        pagina.findElement(By.linkText("Stuurgroep")).click();
        browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("sinds-bron")));
        assertTrue(pagina.findElement(By.tagName("h1")).getText().contains("23 november 2026"),
                pagina.findElement(By.tagName("h1")).getText());
        assertTrue(pagina.findElement(By.id("sinds-bron")).getText().contains("laatste risicoreview"));
        assertTrue(pagina.findElement(By.id("besluiten")).getText().contains("Weert"));
        Axe.assertGeenErnstigeSchendingen(pagina);

        // the secretary looks back to the start of the month and records the meeting with one actiepunt
        pagina.get(pagina.getCurrentUrl().replaceAll("[?#].*$", "") + "?sinds=2026-11-01");
        browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("vergaderformulier")));
        assertTrue(pagina.findElement(By.id("risicos")).getText().contains("Te weinig taalaanbieders in de regio"));
        pagina.findElement(By.cssSelector("#vergaderformulier input[name=aanwezig][value='Wethouder Bakker']")).click();
        pagina.findElement(By.id("vergadering-besluiten")).sendKeys("Tweede taalaanbieder contracteren");
        pagina.findElement(By.id("actiepunt-1-actie")).sendKeys("Offerte tweede taalaanbieder opvragen");
        new Select(pagina.findElement(By.id("actiepunt-1-thema"))).selectByVisibleText("Inkoop");
        pagina.findElement(By.id("actiepunt-1-verantwoordelijke")).sendKeys("Wethouder Bakker");
        ((org.openqa.selenium.JavascriptExecutor) pagina).executeScript(
                "document.getElementById('actiepunt-1-deadline').value = '2026-12-15';");
        pagina.findElement(By.cssSelector("#vergaderformulier button[type=submit]")).click();
        browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("bevroren")));
        String vergadering = pagina.getCurrentUrl();
        assertTrue(pagina.findElement(By.id("vergaderbesluiten")).getText().contains("Tweede taalaanbieder"));
        Axe.assertGeenErnstigeSchendingen(pagina);

        // the actiepunt is an own action of the plan, with its owner, linked back to the meeting
        pagina.findElement(By.cssSelector("#actiepunten a")).click();
        browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("herkomst")));
        assertTrue(pagina.findElement(By.tagName("h1")).getText().contains("Offerte tweede taalaanbieder opvragen"));
        assertTrue(pagina.findElement(By.tagName("main")).getText().contains("Wethouder Bakker"));

        // a later edit to the risk changes the plan, not the meeting as it was
        long plan = Long.parseLong(vergadering.replaceAll(".*/plannen/(\\d+)/.*", "$1"));
        int versie = given().get("/api/plannen/" + plan + "/risicos/" + r1).then().extract().path("version");
        given().contentType(ContentType.JSON).body(Map.of("omschrijving", "Geen taalaanbieder meer", "version", versie))
                .patch("/api/plannen/" + plan + "/risicos/" + r1).then().statusCode(200);
        pagina.get(vergadering);
        browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("bevroren")));
        String risicos = pagina.findElement(By.id("risicos")).getText();
        assertTrue(risicos.contains("Te weinig taalaanbieders in de regio") && !risicos.contains("Geen taalaanbieder"),
                risicos);
        pagina.get(Browser.basisUrl() + "/plannen/" + plan + "/risicomatrix");
        browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("nu-midden-hoog")));

        // the stuurgroep reads a risk but does not edit it: the form is there, disabled, and says why
        pagina.findElement(By.cssSelector("#nu-midden-hoog .cel-nummers a")).click();
        browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("alleen-lezen")));
        assertFalse(pagina.findElement(By.id("maatregel")).isEnabled());
        assertTrue(pagina.findElement(By.cssSelector("table.besprekingen")).getText().contains("kans naar midden"));
        Axe.assertGeenErnstigeSchendingen(pagina);
    }

    @Test
    void withFifteenRisksAndThirtyStakeholdersTheGridsFitAProjectorALaptopAndOneA4() throws Exception {
        long plan = Testplannen.gemeente();
        String[] niveaus = {"laag", "midden", "hoog"};
        for (int i = 0; i < 15; i++) {
            given().contentType(ContentType.JSON).body(Map.of("categorie", "operationeel", "omschrijving",
                            "Onvoldoende capaciteit bij de uitvoeringsorganisatie om alle inburgeringsplichtigen tijdig "
                                    + "een brede intake aan te bieden, variant " + i,
                            "kans", niveaus[i % 3], "impact", niveaus[(i / 3) % 3], "restKans", "laag",
                            "restImpact", niveaus[(i / 3) % 3], "ingebrachtDoor", "Deelnemer " + (i / 5)))
                    .post("/api/plannen/" + plan + "/risicos").then().statusCode(201);
        }
        String[] stakeholders = {"COA", "DUO", "IND", "Pharos", "Taalaanbieders in de regio", "Werkgeversservicepunt",
                "Sociale Dienst - afdeling Werk en Inkomen", "Gemeenteraad", "College van burgemeester en wethouders",
                "Vluchtelingenwerk", "Regionaal Meld- en Coördinatiepunt", "Ketenpartners arbeidsmarkt", "GGD",
                "Huisartsen", "Bibliotheek", "Statushoudersplatform", "Welzijnswerk", "Woningcorporaties",
                "Leerwerkbedrijf", "ROC", "MBO Raad", "Ministerie van Sociale Zaken en Werkgelegenheid", "Divosa",
                "Jongerenloket", "Wijkteams", "Ervaringsdeskundigen", "Sportverenigingen", "Moskee- en kerkbesturen",
                "Adviesraad sociaal domein", "Regiocoördinator Inburgering"};
        String[] schaal = {"laag", "matig", "hoog", "zeer hoog"};
        for (int i = 0; i < stakeholders.length; i++) {
            given().contentType(ContentType.JSON).body(Map.of("naam", stakeholders[i], "type", "extern",
                            "belang", schaal[(i * 3) % 4], "invloed", schaal[(i / 2) % 4]))
                    .post("/api/plannen/" + plan + "/stakeholders").then().statusCode(201);
        }
        ChromeDriver chromium = browser.driver();
        try {
            for (String pad : List.of("/risicomatrix", "/stakeholdermatrix")) {
                browser.open("/plannen/" + plan + pad);
                Map<String, Object> afdruk = chromium.executeCdpCommand("Page.printToPDF",
                        Map.of("preferCSSPageSize", true, "printBackground", true));
                try (var pdf = org.apache.pdfbox.Loader.loadPDF(java.util.Base64.getDecoder()
                        .decode((String) afdruk.get("data")))) {
                    assertEquals(1, pdf.getNumberOfPages(), pad + " past niet op één A4");
                    var maat = pdf.getPage(0).getMediaBox();
                    assertTrue(maat.getWidth() > maat.getHeight(), pad + " wordt niet liggend afgedrukt");
                }
            }
            for (int[] scherm : new int[][]{{1920, 1080}, {1280, 800}}) {
                chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", scherm[0],
                        "height", scherm[1], "deviceScaleFactor", 1, "mobile", false));
                browser.open("/plannen/" + plan + "/risicomatrix");
                List<?> maten = (List<?>) chromium.executeScript("const m = document.querySelector('.matrices')"
                        + ".getBoundingClientRect(); return [document.documentElement.scrollWidth, m.bottom];");
                long breedte = ((Number) maten.get(0)).longValue();
                double onderkant = ((Number) maten.get(1)).doubleValue();
                assertTrue(breedte <= scherm[0], "de risicomatrix is " + breedte + " px breed op " + scherm[0]);
                if (scherm[1] == 1080) {
                    assertTrue(onderkant <= 1080, "de twee rasters eindigen op " + onderkant + " px, onder 1080");
                }
                browser.open("/plannen/" + plan + "/stakeholdermatrix");
                List<?> rooster = (List<?>) chromium.executeScript("const m = document.querySelector("
                        + "'table.stakeholdermatrix').getBoundingClientRect(); return [document.documentElement"
                        + ".scrollWidth, m.bottom];");
                long roosterbreedte = ((Number) rooster.get(0)).longValue();
                assertTrue(roosterbreedte <= scherm[0], "de stakeholdermatrix is " + roosterbreedte + " px breed");
                if (scherm[1] == 1080) {
                    double onder = ((Number) rooster.get(1)).doubleValue();
                    assertTrue(onder <= 1080, "30 stakeholders: het raster eindigt op " + onder + " px, onder 1080");
                }
                for (String pad : List.of("/stuurgroep", "/besluiten")) {
                    browser.open("/plannen/" + plan + pad);
                    long paginabreedte = ((Number) chromium.executeScript(
                            "return document.documentElement.scrollWidth;")).longValue();
                    assertTrue(paginabreedte <= scherm[0], pad + " is " + paginabreedte + " px breed op " + scherm[0]);
                }
            }
        } finally {
            chromium.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
