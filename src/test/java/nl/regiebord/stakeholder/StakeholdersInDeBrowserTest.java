package nl.regiebord.stakeholder;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import nl.regiebord.browser.Axe;
import nl.regiebord.browser.Browser;
import nl.regiebord.plan.Testplannen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stakeholder pages used as a person would in Chromium, checked with axe. */
@QuarkusTest
class StakeholdersInDeBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aStakeholderTickedOnTheChecklistAndScoredStandsInItsQuadrant() {
        long plan = Testplannen.gemeente();
        WebDriver pagina = browser.open("/plannen/" + plan + "/stakeholders");
        Axe.assertGeenErnstigeSchendingen(pagina);
        String coa = pagina.findElement(By.cssSelector("#checklist input[value='COA']")).getDomAttribute("id");
        pagina.findElement(By.cssSelector("label[for='" + coa + "']")).click();
        pagina.findElement(By.cssSelector("#checklist button[type=submit]")).click();
        browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.stakeholders")));
        assertTrue(pagina.findElement(By.cssSelector("label[for='" + coa + "']")).getText()
                .contains("staat er al"));

        pagina.findElement(By.linkText("COA")).click();
        browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("strategie")));
        Axe.assertGeenErnstigeSchendingen(pagina);
        new Select(pagina.findElement(By.id("belang"))).selectByValue("zeer hoog");
        new Select(pagina.findElement(By.id("invloed"))).selectByValue("hoog");
        new Select(pagina.findElement(By.id("frequentie"))).selectByValue("maandelijks");
        pagina.findElement(By.cssSelector("#strategie button[type=submit]")).click();
        browser.wacht().until(ExpectedConditions.textToBePresentInElementLocated(By.id("kwadrant"), "belangrijke speler"));

        browser.open("/plannen/" + plan + "/stakeholdermatrix");
        String cel = pagina.findElement(By.id("cel-zeer-hoog-hoog")).getDomProperty("textContent").replaceAll("\\s+", " ");
        assertTrue(cel.contains("belangrijke speler") && cel.contains("COA"), cel);
        assertEquals("1", pagina.findElement(By.cssSelector("#cel-zeer-hoog-hoog .cel-aantal")).getText());
        Axe.assertGeenErnstigeSchendingen(pagina);
    }

    @Test
    void theHerijkingAndTheDashboardMeetWcag21Aa() {
        long plan = Testplannen.gemeente();
        Stakeholders.gescoord(plan, "Raadsleden", "hoog", "zeer hoog");
        Stakeholders.voegToe(plan, Map.of("naam", "Tolken", "type", "intern")).statusCode(201);
        Axe.assertGeenErnstigeSchendingen(browser.open("/plannen/" + plan + "/stakeholders/herijking"));
        WebDriver pagina = browser.open("/plannen/" + plan);
        assertTrue(pagina.findElement(By.id("stakeholder-dekking")).getText().contains("Raadsleden"));
        Axe.assertGeenErnstigeSchendingen(pagina);
        // a refused herijking shows its message at the row, accessibly
        browser.open("/plannen/" + plan + "/stakeholders/herijking");
        new Select(pagina.findElement(By.cssSelector("select[id^='belang-']"))).selectByValue("laag");
        pagina.findElement(By.cssSelector("#herijking button[type=submit]")).click();
        browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#herijking .foutmelding")));
        Axe.assertGeenErnstigeSchendingen(pagina);
    }
}
