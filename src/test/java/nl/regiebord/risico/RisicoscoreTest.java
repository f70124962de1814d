package nl.regiebord.risico;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RisicoscoreTest {

    @ParameterizedTest(name = "kans {0} × impact {1} = {2}, {3}")
    @CsvSource({
            "laag,   laag,   1, laag",
            "laag,   midden, 2, laag",
            "midden, laag,   2, laag",
            "laag,   hoog,   3, midden",
            "hoog,   laag,   3, midden",
            "midden, midden, 4, midden",
            "midden, hoog,   6, hoog",
            "hoog,   midden, 6, hoog",
            "hoog,   hoog,   9, hoog"})
    void scoreIsKansTimesImpactAndKwalificatieFollowsIt(String kans, String impact, int score, String kwalificatie) {
        Risicoscore uitkomst = Risicoscore.van(niveau(kans), niveau(impact));
        assertEquals(score, uitkomst.score());
        assertEquals(kwalificatie, uitkomst.kwalificatie().tekst());
    }

    @Test
    void anUnscoredRiskHasNoScore() {
        assertNull(Risicoscore.van(null, Risiconiveau.HOOG));
        assertNull(Risicoscore.van(Risiconiveau.HOOG, null));
    }

    @Test
    void eachKwalificatieHasItsColour() {
        assertEquals("groen", Kwalificatie.LAAG.kleur());
        assertEquals("oranje", Kwalificatie.MIDDEN.kleur());
        assertEquals("rood", Kwalificatie.HOOG.kleur());
    }

    @Test
    void aLongDescriptionIsShortenedAtAWord() {
        String kort = Risico.kort("Onduidelijkheid over de (functionaliteiten van de) koppeling van het lokale systeem met het TVS");
        assertEquals("Onduidelijkheid over de (functionaliteiten van de) koppeling…", kort);
    }

    private static Risiconiveau niveau(String tekst) {
        return Risiconiveau.valueOf(tekst.toUpperCase());
    }
}
