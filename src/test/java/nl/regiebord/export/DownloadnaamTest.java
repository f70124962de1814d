package nl.regiebord.export;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.regiebord.actie.Bijlage1;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DownloadnaamTest {

    private static final LocalDate DAG = LocalDate.of(2026, 11, 23);

    @Test
    void theFileNameSaysWhatWhichPlanAndWhichDay() {
        assertEquals("Bijlage1-Weert-2026-11-23.xlsx", Downloadnaam.bestandsnaam("Bijlage1", "Weert", DAG, "xlsx"));
    }

    @Test
    void whatNoFileSystemAcceptsBecomesADash() {
        assertEquals("Bijlage1-Plan Súdwest-Fryslân - Weert-2026-11-23.xlsx",
                Downloadnaam.bestandsnaam("Bijlage1", "Plan Súdwest-Fryslân / Weert", DAG, "xlsx"));
        assertEquals("Bijlage1-a-b-c-d-e-f-g-h-i-2026-11-23.xlsx",
                Downloadnaam.bestandsnaam("Bijlage1", "a\\b:c*d?e\"f<g>h|i", DAG, "xlsx"));
        assertEquals("Bijlage1-Zorg & Werk-2026-11-23.xlsx",
                Downloadnaam.bestandsnaam("Bijlage1", "  Zorg\t&\nWerk ", DAG, "xlsx"));
    }

    @Test
    void aLongPlanNameIsCut() {
        String naam = Downloadnaam.bestandsnaam("Bijlage1", "x".repeat(200), DAG, "xlsx");
        assertEquals("Bijlage1-" + "x".repeat(Downloadnaam.MAX_PLANNAAM) + "-2026-11-23.xlsx", naam);
    }

    @Test
    void theHeaderCarriesAnAsciiFallbackAndTheUtf8Name() {
        String kop = Downloadnaam.contentDisposition("Bijlage1-Plan Súdwest-Fryslân - Weert-2026-11-23.xlsx");
        assertEquals("attachment; filename=\"Bijlage1-Plan Sudwest-Fryslan - Weert-2026-11-23.xlsx\"; "
                + "filename*=UTF-8''Bijlage1-Plan%20S%C3%BAdwest-Frysl%C3%A2n%20-%20Weert-2026-11-23.xlsx", kop);
    }

    @Test
    void whatHasNoAsciiFormBecomesAnUnderscoreAndRoundTrips() {
        String naam = "Bijlage1-Gemeente 's-Hertogenbosch – 100% Łódź 😀-2026-11-23.xlsx";
        String kop = Downloadnaam.contentDisposition(naam);
        String ascii = kop.substring(kop.indexOf('"') + 1, kop.indexOf('"', kop.indexOf('"') + 1));
        assertEquals("Bijlage1-Gemeente 's-Hertogenbosch _ 100_ _odz _-2026-11-23.xlsx", ascii);
        assertTrue(ascii.chars().allMatch(c -> c >= 0x20 && c < 0x7f));
        String utf8 = kop.substring(kop.indexOf("UTF-8''") + 7);
        assertTrue(utf8.matches("[A-Za-z0-9!#$&+\\-.^_`|~%]+"), utf8);
        assertEquals(naam, URLDecoder.decode(utf8.replace("+", "%2B"), StandardCharsets.UTF_8));
    }
}
