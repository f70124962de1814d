package nl.regiebord.browser;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.regiebord.plan.Testplannen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No page scrolls sideways on a phone, a tablet upright, a laptop or a projector; on a narrow screen the menu
 * folds behind one button and a table's rows stand as cards with each value under its column's name.
 */
@QuarkusTest
class BreedteInDeBrowserTest {

    /** A phone, a tablet upright, a laptop at 125 % (1280 px seen as 1024), a laptop, a projector. */
    private static final int[][] SCHERMEN = {{390, 844}, {768, 1024}, {1024, 768}, {1280, 800}, {1920, 1080}};

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void noPageOfAFilledPlanScrollsSidewaysAtAnyWidth() {
        long plan = gevuldPlan();
        Number risico = given().get("/api/plannen/" + plan + "/risicos").then().statusCode(200).extract().path("[0].id");
        List<String> paginas = List.of("/", "/plannen/" + plan, "/plannen/" + plan + "/tijdtafel",
                "/plannen/" + plan + "/producten", "/plannen/" + plan + "/projectkaarten",
                "/plannen/" + plan + "/risicos", "/plannen/" + plan + "/risicos/" + risico,
                "/plannen/" + plan + "/risicomatrix",
                "/plannen/" + plan + "/stakeholders", "/plannen/" + plan + "/stakeholdermatrix",
                "/plannen/" + plan + "/stakeholders/herijking", "/plannen/" + plan + "/keten",
                "/plannen/" + plan + "/activiteit", "/plannen/" + plan + "/leden", "/mijn-acties", "/account",
                "/beheer");
        browser.open("/");
        List<String> teBreed = new ArrayList<>();
        for (int[] scherm : SCHERMEN) {
            zetScherm(scherm[0], scherm[1]);
            try {
                for (String pad : paginas) {
                    WebDriver pagina = browser.open(pad);
                    long breedte = ((Number) ((ChromeDriver) pagina).executeScript(
                            "return document.documentElement.scrollWidth;")).longValue();
                    if (breedte > scherm[0]) {
                        teBreed.add(pad + " is " + breedte + " px breed op een scherm van " + scherm[0] + " px");
                    }
                }
            } finally {
                ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }
        }
        assertTrue(teBreed.isEmpty(), String.join("\n", teBreed));
    }

    @Test
    void onAPhoneTheMenuFoldsAwayAndATableRowIsACardWithItsColumnNames() {
        long plan = gevuldPlan();
        browser.open("/");
        zetScherm(390, 844);
        try {
            WebDriver pagina = browser.open("/plannen/" + plan + "/tijdtafel");
            WebElement tijdtafel = pagina.findElement(By.cssSelector("nav a[href$='/tijdtafel']"));
            assertFalse(tijdtafel.isDisplayed(), "het menu is dicht");
            pagina.findElement(By.cssSelector("details.menu > summary")).click();
            assertTrue(tijdtafel.isDisplayed(), "het menu gaat open met één knop");

            WebElement cel = pagina.findElement(By.cssSelector("table.tijdtafel tbody td[data-kop='Deadline']"));
            assertEquals("block", cel.getCssValue("display"), "een rij staat als kaart, cel onder cel");
            Axe.assertGeenErnstigeSchendingen(pagina);
        } finally {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** A plan as a user fills it: the model's actions, long texts, risks with their measures, stakeholders. */
    private static long gevuldPlan() {
        long plan = Testplannen.gemeente();
        for (int i = 1; i <= 5; i++) {
            given().contentType(ContentType.JSON).body(Map.of("categorie", "operationeel", "omschrijving",
                            "Onvoldoende capaciteit bij de uitvoeringsorganisatie om alle inburgeringsplichtigen " + i
                                    + " tijdig een brede intake aan te bieden",
                            "maatregel", "Tijdelijke inhuur en een wachtlijstaanpak met de ketenpartners", "kans", "hoog",
                            "impact", i % 2 == 0 ? "midden" : "hoog", "ingebrachtDoor", "Deelnemer " + i))
                    .post("/api/plannen/" + plan + "/risicos").then().statusCode(201);
            given().contentType(ContentType.JSON).body(Map.of("naam",
                            "Vereniging van Vluchtelingenorganisaties en Maatschappelijke Begeleiding " + i,
                            "type", "extern", "belang", "zeer hoog", "invloed", "hoog",
                            "verantwoordelijke", "Hanneke el Amrani-Verstappen"))
                    .post("/api/plannen/" + plan + "/stakeholders").then().statusCode(201);
        }
        return plan;
    }

    private static void zetScherm(int breedte, int hoogte) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", breedte, "height", hoogte, "deviceScaleFactor", 1, "mobile", false));
    }
}
