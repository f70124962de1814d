package nl.regiebord.projectkaart;

import io.quarkus.test.junit.QuarkusTest;
import nl.regiebord.browser.Axe;
import nl.regiebord.browser.Browser;
import nl.regiebord.plan.Testplannen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A projectleider fills in a card through its pages in Chromium, step by step, checked with axe on every page. */
@QuarkusTest
class ProjectkaartInDeBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aCardIsFilledInThroughThePages() {
        long plan = Testplannen.gemeente();
        WebDriver pagina = browser.open("/plannen/" + plan + "/projectkaarten");
        Axe.assertGeenErnstigeSchendingen(pagina);
        new Select(pagina.findElement(By.id("thema"))).selectByValue("inkoop");
        pagina.findElement(By.id("titel")).sendKeys("Leerroutes inkopen");
        pagina.findElement(By.cssSelector("#nieuw button[type=submit]")).click();
        browser.wacht().until(ExpectedConditions.urlMatches("/projectkaarten/\\d+/stap/1$"));
        String kaartpad = pagina.getCurrentUrl().replaceFirst("/stap/1$", "");
        long kaart = Long.parseLong(kaartpad.replaceFirst(".*/", ""));

        Axe.assertGeenErnstigeSchendingen(pagina);
        pagina.findElement(By.id("projectmanager")).sendKeys("Els Pieters");
        new Select(pagina.findElement(By.id("projectleiderId"))).selectByVisibleText("Beheerder");
        opslaan(pagina);

        browser.open(pad(kaartpad) + "/stap/2");
        pagina.findElement(By.id("aanleiding")).sendKeys("De gemeente biedt leerroutes vanaf 2022 zelf aan.");
        pagina.findElement(By.id("doel")).sendKeys("Per 1 januari 2022 zijn de drie leerroutes gegund.");
        for (String criterium : new String[]{"specifiek", "meetbaar", "tijdgebonden"}) {
            pagina.findElement(By.id("smart-" + criterium)).click();
        }
        pagina.findElement(By.id("investeringBedrag")).sendKeys("veel");
        pagina.findElement(By.cssSelector("#stap button[type=submit]")).click();
        browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("investeringBedrag-fout")));
        // refused: what was typed and ticked is still there, the field says what is wrong
        assertEquals("Per 1 januari 2022 zijn de drie leerroutes gegund.", pagina.findElement(By.id("doel")).getDomProperty("value"));
        assertTrue(pagina.findElement(By.id("smart-meetbaar")).isSelected());
        assertEquals("true", pagina.findElement(By.id("investeringBedrag")).getDomAttribute("aria-invalid"));
        Axe.assertGeenErnstigeSchendingen(pagina);
        WebElement bedrag = pagina.findElement(By.id("investeringBedrag"));
        bedrag.clear();
        bedrag.sendKeys("25.000");
        opslaan(pagina);

        browser.open(pad(kaartpad) + "/stap/3");
        Axe.assertGeenErnstigeSchendingen(pagina);
        pagina.findElement(By.id("omschrijving-nieuw")).sendKeys("Gunning");
        datum(pagina, "datum-nieuw", "2031-06-30");
        pagina.findElement(By.cssSelector("#mijlpaal-nieuw button[type=submit]")).click();
        browser.wacht().until(ExpectedConditions.urlContains("/stap/3#mijlpaal-"));
        long mijlpaal = Long.parseLong(pagina.getCurrentUrl().replaceFirst(".*#mijlpaal-", ""));
        new Select(pagina.findElement(By.id("status-" + mijlpaal))).selectByValue("uitgesteld");
        datum(pagina, "nieuweDatum-" + mijlpaal, "2031-09-30");
        pagina.findElement(By.cssSelector("#mijlpaal-" + mijlpaal + " button[type=submit]")).click();
        browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("reden-" + mijlpaal + "-fout")));
        Axe.assertGeenErnstigeSchendingen(pagina);
        pagina.findElement(By.id("reden-" + mijlpaal)).sendKeys("Bezwaar van een inschrijver");
        pagina.findElement(By.cssSelector("#mijlpaal-" + mijlpaal + " button[type=submit]")).click();
        browser.wacht().until(ExpectedConditions.urlContains("#mijlpaal-" + mijlpaal));

        browser.open(pad(kaartpad) + "/stap/4");
        pagina.findElement(By.id("borgen")).sendKeys("Contractmanagement bij het team inburgering");
        opslaan(pagina);

        String volledigheid = pagina.findElement(By.id("volledigheid")).getText();
        assertTrue(volledigheid.contains("Nog leeg: Doel SMART geformuleerd, Aanpak"), volledigheid);
        assertTrue(pagina.findElement(By.id("stap-3-deel")).getText().contains("30-09-2031"));
        Axe.assertGeenErnstigeSchendingen(pagina);

        given().get("/api/plannen/" + plan + "/projectkaarten/" + kaart).then().statusCode(200)
                .body("projectmanager", equalTo("Els Pieters")).body("projectleider", equalTo("Beheerder"))
                .body("smart", contains("specifiek", "meetbaar", "tijdgebonden"))
                .body("investeringBedrag", equalTo(25000.0f))
                .body("mijlpalen", hasSize(1)).body("mijlpalen[0].status", equalTo("uitgesteld"))
                .body("mijlpalen[0].reden", equalTo("Bezwaar van een inschrijver"))
                .body("borgen", equalTo("Contractmanagement bij het team inburgering"));

        browser.open("/plannen/" + plan);
        String dashboard = pagina.findElement(By.id("kaartthema-inkoop")).getText();
        assertTrue(dashboard.contains("Leerroutes inkopen") && dashboard.contains("Gunning, 30-09-2031"), dashboard);
    }

    private static void opslaan(WebDriver pagina) {
        pagina.findElement(By.cssSelector("#stap button[type=submit]")).click();
        browser.wacht().until(ExpectedConditions.urlMatches("/projectkaarten/\\d+#stap-\\d$"));
    }

    /** A date field takes what is typed in the browser's locale; setting the value is locale-proof. */
    private static void datum(WebDriver pagina, String id, String iso) {
        ((org.openqa.selenium.JavascriptExecutor) pagina).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, iso);
    }

    private static String pad(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }
}
