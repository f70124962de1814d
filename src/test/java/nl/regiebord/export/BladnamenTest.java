package nl.regiebord.export;

import java.io.IOException;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BladnamenTest {

    @Test
    void forbiddenCharactersBecomeDashes() {
        assertEquals("Plan Súdwest-Fryslân - Weert", Bladnamen.veilig("Plan Súdwest-Fryslân / Weert"));
        assertEquals("a-b-c-d-e-f-g", Bladnamen.veilig("a[b]c:d*e?f\\g"));
    }

    @Test
    void aNameIsCutTo31Characters() {
        String naam = Bladnamen.veilig("Samenwerkingsverband Midden-Limburg West en Oost");
        assertEquals("Samenwerkingsverband Midden-Lim", naam);
        assertEquals(Bladnamen.MAX_LENGTE, naam.length());
    }

    @Test
    void aCharacterOutsideTheBmpIsNotCutInHalf() {
        String naam = Bladnamen.veilig("x".repeat(30) + "😀");
        assertEquals("x".repeat(30), naam);
    }

    @Test
    void apostrophesAtEitherEndControlCharactersAndBlanksAreRemoved() {
        assertEquals("s-Hertogenbosch", Bladnamen.veilig("'s-Hertogenbosch'"));
        assertEquals("Weert Nederweert", Bladnamen.veilig("  Weert\t\nNederweert  "));
        assertEquals(Bladnamen.RESERVE, Bladnamen.veilig("   "));
        assertEquals(Bladnamen.RESERVE, Bladnamen.veilig(null));
        assertEquals(Bladnamen.RESERVE, Bladnamen.veilig("''"));
    }

    @Test
    void namesAreUniqueRegardlessOfCaseAndHistoryIsReserved() throws IOException {
        try (XSSFWorkbook werkmap = new XSSFWorkbook()) {
            assertEquals("Weert", Bladnamen.maak(werkmap, "Weert").getSheetName());
            assertEquals("WEERT (2)", Bladnamen.maak(werkmap, "WEERT").getSheetName());
            assertEquals("Weert (3)", Bladnamen.maak(werkmap, "Weert").getSheetName());
            assertEquals("History (2)", Bladnamen.maak(werkmap, "History").getSheetName());
            String lang = "Samenwerkingsverband Midden-Limburg";
            assertEquals("Samenwerkingsverband Midden-Lim", Bladnamen.maak(werkmap, lang).getSheetName());
            String tweede = Bladnamen.maak(werkmap, lang).getSheetName();
            assertEquals("Samenwerkingsverband Midden (2)", tweede);
            assertTrue(tweede.length() <= Bladnamen.MAX_LENGTE);
        }
    }

    @Test
    void everyResultIsAcceptedByPoi() {
        for (String naam : new String[]{"Plan Súdwest-Fryslân / Weert", "[x]", "'", "a:b", "x".repeat(80), "History"}) {
            String veilig = Bladnamen.veilig(naam);
            assertDoesNotThrow(() -> WorkbookUtil.validateSheetName(veilig), veilig);
        }
    }
}
