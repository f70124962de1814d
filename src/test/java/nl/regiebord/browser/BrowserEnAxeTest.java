package nl.regiebord.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static io.restassured.RestAssured.when;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;

/** The browser-test helpers at work on two test pages (src/test/resources/META-INF/resources/browsertest). */
@QuarkusTest
class BrowserEnAxeTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @TestHTTPResource("/")
    URL basis;

    @Test
    void theBaseUrlIsTheRunningTestApplication() {
        assertEquals(basis.toString(), Browser.basisUrl() + "/");
        assertThat(basis.getPort(), not(equalTo(0)));
    }

    @Test
    void typesClicksAndReadsTheAnswer() throws IOException {
        WebDriver pagina = browser.open("/browsertest/voorbeeld.html");
        assertEquals("Voorbeeld – browsertest", pagina.getTitle());

        pagina.findElement(By.id("gemeente")).sendKeys("Weert");
        pagina.findElement(By.id("begroet")).click();
        browser.wacht().until(textToBe(By.id("uitkomst"), "Welkom, Weert!"));

        assertEquals(new Dimension(1366, 768), pagina.manage().window().getSize());
        BufferedImage beeld = ImageIO.read(browser.schermafbeelding(Path.of("target", "browsertest", "voorbeeld.png")).toFile());
        assertEquals(1366, beeld.getWidth());
        assertEquals(((Number) ((JavascriptExecutor) pagina).executeScript("return window.innerHeight;")).intValue(),
                beeld.getHeight());
    }

    @Test
    void axeRunsUnderAStrictContentSecurityPolicy() {
        when().get("/browsertest/voorbeeld.html").then().statusCode(200)
                .header("Content-Security-Policy", StrengeCspVoorTestpaginas.CSP);
        WebDriver pagina = browser.open("/browsertest/voorbeeld.html");
        // the policy is in force: it blocked the page's inline script
        assertNull(pagina.findElement(By.tagName("html")).getDomAttribute("data-inline-script"));

        assertEquals(List.of(), Axe.controleer(pagina));
        Axe.assertGeenErnstigeSchendingen(pagina);
    }

    @Test
    void axeReportsEachSeriousViolationWithWhereAndWhatToFix() {
        WebDriver pagina = browser.open("/browsertest/fouten.html");

        List<Axe.Schending> schendingen = Axe.controleer(pagina);
        assertEquals(Map.of("image-alt", "critical", "label", "critical", "color-contrast", "serious"),
                schendingen.stream().collect(Collectors.toMap(Axe.Schending::id, Axe.Schending::impact)));
        assertEquals(List.of("#zoekterm"), schendingen.stream().filter(s -> s.id().equals("label")).findFirst()
                .orElseThrow().selectors());

        AssertionError fout = assertThrows(AssertionError.class, () -> Axe.assertGeenErnstigeSchendingen(pagina));
        assertThat(fout.getMessage(), allOf(containsString("3 ernstige"), containsString("/browsertest/fouten.html"),
                containsString("- image-alt [critical] Images must have alternative text"), containsString("<img src=\"logo.svg\""),
                containsString("- label [critical] Form elements must have labels"), containsString("#zoekterm"),
                containsString("- color-contrast [serious]"), containsString("<p class=\"vaag\">"),
                containsString("https://dequeuniversity.com/rules/axe/"), containsString("Fix any of the following")));
    }

    @Test
    void takesAScreenshotOfAWholeLongPage() throws IOException {
        WebDriver pagina = browser.open("/browsertest/fouten.html");
        Object venster = ((JavascriptExecutor) pagina).executeScript("return [innerWidth, innerHeight];");
        BufferedImage beeld = ImageIO.read(browser.schermafbeeldingVolledigePagina(
                Path.of("target", "browsertest", "fouten-volledig.png")).toFile());
        assertEquals(1366, beeld.getWidth());
        assertThat(beeld.getHeight(), greaterThan(1200));
        assertEquals(venster, ((JavascriptExecutor) pagina).executeScript("return [innerWidth, innerHeight];"),
                "the window is back to its size");
    }
}
