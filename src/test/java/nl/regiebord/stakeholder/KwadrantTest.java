package nl.regiebord.stakeholder;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regiebord.risico.Kwalificatie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class KwadrantTest {

    @ParameterizedTest(name = "belang {0}, invloed {1}: {2}")
    @CsvSource({
            "laag, laag, monitoren",
            "laag, matig, monitoren",
            "matig, laag, monitoren",
            "matig, matig, monitoren",
            "hoog, laag, informeren",
            "hoog, matig, informeren",
            "zeer hoog, laag, informeren",
            "zeer hoog, matig, informeren",
            "laag, hoog, tevreden houden",
            "laag, zeer hoog, tevreden houden",
            "matig, hoog, tevreden houden",
            "matig, zeer hoog, tevreden houden",
            "hoog, hoog, belangrijke speler",
            "hoog, zeer hoog, belangrijke speler",
            "zeer hoog, hoog, belangrijke speler",
            "zeer hoog, zeer hoog, belangrijke speler"})
    void eachOfTheSixteenScoresFallsInItsQuadrant(String belang, String invloed, String kwadrant) {
        assertEquals(kwadrant, Kwadrant.van(niveau(belang), niveau(invloed)).tekst());
    }

    @ParameterizedTest
    @CsvSource(value = {"laag, NULL", "NULL, zeer hoog", "NULL, NULL"}, nullValues = "NULL")
    void anUnscoredStakeholderHasNoQuadrant(String belang, String invloed) {
        assertNull(Kwadrant.van(niveau(belang), niveau(invloed)));
    }

    @Test
    void noQuadrantWearsAColourOfTheRiskMatrixThatOftenHangsBesideIt() {
        Set<String> risicokleuren = Arrays.stream(Kwalificatie.values()).map(k -> k.rgb().toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        for (Kwadrant k : Kwadrant.values()) {
            assertFalse(risicokleuren.contains(k.rgb().toUpperCase(Locale.ROOT)), k + " draagt een risicokleur");
            assertFalse(Set.of("rood", "oranje", "groen").contains(k.kleur()), k + " heet " + k.kleur());
        }
    }

    private static Stakeholderniveau niveau(String tekst) {
        return tekst == null ? null : nl.regiebord.api.Keuzewaarde.lees(Stakeholderniveau.class, tekst).orElseThrow();
    }
}
