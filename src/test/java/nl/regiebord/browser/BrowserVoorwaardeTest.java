package nl.regiebord.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without Chromium the browser tests are skipped with what to install, and under CI=true they fail. */
class BrowserVoorwaardeTest {

    private static final Path AANWEZIG = Path.of("/bin/sh");
    private static final Path AFWEZIG = Path.of("/bestaat/niet/chromium");

    @Test
    void runsWhenBrowserAndDriverArePresent() {
        assertFalse(Browser.voorwaarde(AANWEZIG, AANWEZIG, true).isDisabled());
    }

    @Test
    void skipsSayingWhatToInstallWhenOneIsMissing() {
        ConditionEvaluationResult uitslag = Browser.voorwaarde(AFWEZIG, AANWEZIG, false);
        assertTrue(uitslag.isDisabled());
        assertThat(uitslag.getReason().orElseThrow(), allOf(containsString("/bestaat/niet/chromium"),
                containsString("apt-get install chromium chromium-driver"), containsString("overgeslagen")));
    }

    @Test
    void failsUnderCi() {
        IllegalStateException fout = assertThrows(IllegalStateException.class,
                () -> Browser.voorwaarde(AANWEZIG, AFWEZIG, true));
        assertThat(fout.getMessage(), allOf(containsString("apt-get install chromium chromium-driver"),
                containsString("CI=true")));
    }
}
