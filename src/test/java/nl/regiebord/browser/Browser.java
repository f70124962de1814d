package nl.regiebord.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.regiebord.security.Testgebruikers;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium, driven by Selenium, for the browser tests of one test class:
 *
 * <pre>
 * &#64;QuarkusTest
 * class PlanpaginaTest {
 *     &#64;RegisterExtension
 *     static final Browser browser = new Browser();
 *
 *     &#64;Test
 *     void showsThePlan() {
 *         WebDriver pagina = browser.open("/plannen");
 *     }
 * }
 * </pre>
 *
 * One browser per test class: started at first use, closed after the class. Nothing is ever downloaded: the
 * browser and the driver are Debian's ({@code apt-get install chromium chromium-driver}); other paths with
 * {@code -Dregiebord.chromium=...} and {@code -Dregiebord.chromedriver=...}. Without them the class is skipped
 * with a message before Quarkus starts, except under {@code CI=true}, where it fails. After a failed test the
 * page as it was goes to {@code target/browser-fouten/}.
 */
public final class Browser implements ExecutionCondition, TestWatcher, AfterAllCallback {

    static final String INSTALLATIE = "apt-get install chromium chromium-driver";
    private static final Duration WACHTTIJD = Duration.ofSeconds(10);
    // Selenium warns at every start that it has no CDP module for this Chromium version; none is needed
    private static final Logger CDP_VERSIE = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");
    private static volatile boolean gemeld;

    private ChromeDriver driver;
    private Path profiel;

    static Path chromium() {
        return Path.of(System.getProperty("regiebord.chromium", "/usr/bin/chromium"));
    }

    static Path chromedriver() {
        return Path.of(System.getProperty("regiebord.chromedriver", "/usr/bin/chromedriver"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        ConditionEvaluationResult uitslag = voorwaarde(chromium(), chromedriver(), "true".equals(System.getenv("CI")));
        if (uitslag.isDisabled() && !gemeld) {
            gemeld = true;
            System.err.println("LET OP: " + uitslag.getReason().orElseThrow());
        }
        return uitslag;
    }

    static ConditionEvaluationResult voorwaarde(Path chromium, Path chromedriver, boolean ci) {
        List<String> ontbrekend = Stream.of(chromium, chromedriver).filter(pad -> !Files.isExecutable(pad))
                .map(Path::toString).toList();
        if (ontbrekend.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium en chromedriver aanwezig");
        }
        String melding = String.join(" en ", ontbrekend) + (ontbrekend.size() == 1 ? " ontbreekt" : " ontbreken")
                + ". Installeer Chromium en chromedriver met '"
                + INSTALLATIE + "'; de browsertests zijn overgeslagen.";
        if (ci) {
            throw new IllegalStateException(melding.replace("zijn overgeslagen", "zijn onder CI=true verplicht"));
        }
        return ConditionEvaluationResult.disabled(melding);
    }

    /** The running test application, e.g. {@code http://localhost:41234}, read when Quarkus has chosen its port. */
    public static String basisUrl() {
        // test.url is what @TestHTTPResource uses: host, the actual (random) test port and the root path
        return ConfigProvider.getConfig().getValue("test.url", String.class);
    }

    /** Opens a page of the application, e.g. {@code open("/plannen/12")}. */
    public WebDriver open(String pad) {
        WebDriver pagina = driver();
        pagina.get(basisUrl() + (pad.startsWith("/") ? pad : "/" + pad));
        if (pagina.getCurrentUrl().contains("/inloggen")) {
            // the first page of a browser session asks to log in, as it would for a user: the test beheerder
            pagina.findElement(org.openqa.selenium.By.id("gebruikersnaam")).sendKeys(Testgebruikers.BEHEERDER);
            pagina.findElement(org.openqa.selenium.By.id("wachtwoord")).sendKeys(Testgebruikers.BEHEERDER_WACHTWOORD);
            pagina.findElement(org.openqa.selenium.By.cssSelector("#inlogformulier button")).click();
            wacht().until(d -> !d.getCurrentUrl().contains("/inloggen"));
        }
        return pagina;
    }

    public synchronized ChromeDriver driver() {
        if (driver == null) {
            driver = start();
        }
        return driver;
    }

    /** Waits (at most 10 s) for a condition, e.g. {@code wacht().until(textToBe(By.id("x"), "klaar"))}. */
    public WebDriverWait wacht() {
        return new WebDriverWait(driver(), WACHTTIJD);
    }

    /** A PNG of what the 1366×768 window shows: its viewport, 1366 pixels wide. */
    public Path schermafbeelding(Path bestand) {
        return schrijf(bestand, driver().getScreenshotAs(OutputType.BYTES));
    }

    /** A PNG of the whole page, however long, 1366 pixels wide. */
    public Path schermafbeeldingVolledigePagina(Path bestand) {
        ChromeDriver chromium = driver();
        List<?> maten = (List<?>) chromium.executeScript(
                "return [window.innerWidth, document.documentElement.scrollHeight];");
        // a window as tall as the page for a moment, as Puppeteer does; the page then has no scrollbar
        chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", maten.get(0),
                "height", maten.get(1), "deviceScaleFactor", 1, "mobile", false));
        try {
            Map<String, Object> png = chromium.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
            return schrijf(bestand, Base64.getDecoder().decode((String) png.get("data")));
        } finally {
            chromium.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private ChromeDriver start() {
        CDP_VERSIE.setLevel(Level.SEVERE);
        try {
            profiel = Files.createTempDirectory("regiebord-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary(chromium().toFile());
        opties.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,768", "--user-data-dir=" + profiel);
        // an explicit driver executable: Selenium Manager (which would download one) is then never consulted
        ChromeDriverService dienst = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver().toFile()).usingAnyFreePort().build();
        try {
            ChromeDriver nieuw = new ChromeDriver(dienst, opties);
            nieuw.manage().timeouts().pageLoadTimeout(WACHTTIJD.multipliedBy(3)).scriptTimeout(WACHTTIJD.multipliedBy(3));
            return nieuw;
        } catch (RuntimeException e) {
            ruimProfielOp();
            throw e;
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable oorzaak) {
        if (driver == null) {
            return;
        }
        Path bestand = Path.of("target", "browser-fouten",
                context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName() + ".png");
        try {
            schermafbeelding(bestand);
            System.err.println("Schermafbeelding van de mislukte test " + bestand.toAbsolutePath() + " (pagina "
                    + driver.getCurrentUrl() + ")");
        } catch (RuntimeException e) {
            oorzaak.addSuppressed(e);
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (driver != null) {
            try {
                driver.quit();
            } finally {
                driver = null;
                ruimProfielOp();
            }
        }
    }

    private void ruimProfielOp() {
        if (profiel == null) {
            return;
        }
        try (Stream<Path> paden = Files.walk(profiel)) {
            paden.sorted(Comparator.reverseOrder()).forEach(pad -> pad.toFile().delete());
        } catch (IOException e) {
            System.err.println("Het tijdelijke Chromium-profiel " + profiel + " is niet opgeruimd: " + e.getMessage());
        }
        profiel = null;
    }

    private static Path schrijf(Path bestand, byte[] png) {
        try {
            Path map = bestand.toAbsolutePath().getParent();
            Files.createDirectories(map);
            return Files.write(bestand, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
