package nl.regiebord.importeren;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.regiebord.browser.Axe;
import nl.regiebord.browser.Browser;
import nl.regiebord.plan.Testplannen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static io.restassured.RestAssured.given;
import static nl.regiebord.actie.Bijlage1Checklist.KOP_STATUS;
import static nl.regiebord.actie.Bijlage1Checklist.KOP_TOELICHTING;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A filled-in checklist uploaded through the tijdtafel page in Chromium: the check, then applying it. */
@QuarkusTest
class ImportInDeBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aFilledInChecklistIsCheckedOnTheTijdtafelAndThenApplied() throws IOException {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "beleid", "startnotitie", "startnotitie opstellen");
        Path bestand = Files.createTempFile("Bijlage1-ingevuld", ".xlsx");
        try {
            Files.write(bestand, Checklistbestand.van(plan).tekst(actie, KOP_STATUS, "bezig")
                    .tekst(actie, KOP_TOELICHTING, "Besproken in het MT").bytes());

            WebDriver pagina = browser.open("/plannen/" + plan + "/tijdtafel");
            pagina.findElement(By.id("import-bestand")).sendKeys(bestand.toAbsolutePath().toString());
            pagina.findElement(By.cssSelector("button[value=controleren]")).click();
            browser.wacht().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.importrapport")));
            String rapport = pagina.findElement(By.cssSelector("table.importrapport")).getText();
            assertTrue(rapport.contains("startnotitie opstellen") && rapport.contains("wordt gewijzigd")
                    && rapport.contains("Besproken in het MT"), rapport);
            assertTrue(pagina.findElement(By.cssSelector("[role=status]")).getText().contains("nog niets gewijzigd"));
            given().get("/api/plannen/" + plan + "/acties/" + actie).then().body("status", equalTo("open"));
            Axe.assertGeenErnstigeSchendingen(pagina);

            pagina.findElement(By.cssSelector("button[value=toepassen]")).click();
            browser.wacht().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
                    "De checklist is verwerkt: 1 actie gewijzigd"));
            given().get("/api/plannen/" + plan + "/acties/" + actie).then().body("status", equalTo("bezig"))
                    .body("toelichting", equalTo("Besproken in het MT"));
        } finally {
            Files.deleteIfExists(bestand);
        }
    }
}
