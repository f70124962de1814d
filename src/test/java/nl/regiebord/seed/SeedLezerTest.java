package nl.regiebord.seed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.regiebord.modelplan.Modelinhoud;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed files are checked before anything is loaded: a bad entry names its file and entry. */
class SeedLezerTest {

    /** The real seed-data folder, with some files replaced. */
    private static SeedLezer lezerMet(Map<String, String> vervangen) {
        Map<String, String> bestanden = new HashMap<>(vervangen);
        return new SeedLezer(naam -> {
            if (bestanden.containsKey(naam)) {
                String inhoud = bestanden.get(naam);
                return inhoud == null ? null : new ByteArrayInputStream(inhoud.getBytes(StandardCharsets.UTF_8));
            }
            return open(naam);
        });
    }

    private static InputStream open(String naam) {
        Path pad = Path.of("seed-data", naam);
        try {
            return Files.exists(pad) ? Files.newInputStream(pad) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String bestand(String naam) {
        try {
            return Files.readString(Path.of("seed-data", naam));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theRealSeedDataReadsCleanly() {
        SeedLezer.Resultaat resultaat = lezerMet(Map.of()).lees();
        Modelinhoud model = resultaat.inhoud();
        assertEquals("2021-04.2", model.versie());
        assertEquals(6, model.themas().size());
        long tijdtafelRijen = model.themas().stream().filter(t -> !t.sleutel().equals("communicatie"))
                .flatMap(t -> t.onderdelen().stream()).mapToLong(o -> o.acties().size()).sum();
        assertEquals(31, tijdtafelRijen);
        assertEquals(5, model.keten().size());
    }

    @Test
    void theFingerprintChangesWithTheContentAndOnlyThen() {
        String eerste = lezerMet(Map.of()).lees().vingerafdruk();
        assertEquals(eerste, lezerMet(Map.of()).lees().vingerafdruk());
        String gewijzigd = bestand("thema-inkoop.yaml").replace("keuze maken", "keuze maken en vastleggen");
        assertNotEquals(eerste, lezerMet(Map.of("thema-inkoop.yaml", gewijzigd)).lees().vingerafdruk());
    }

    @Test
    void malformedYamlNamesTheFileAndLine() {
        String kapot = bestand("thema-inkoop.yaml").replace("acties:", "acties: [");
        SeedFout fout = assertThrows(SeedFout.class, () -> lezerMet(Map.of("thema-inkoop.yaml", kapot)).lees());
        assertTrue(fout.getMessage().startsWith("seed-data/thema-inkoop.yaml: geen geldige YAML op regel"),
                fout.getMessage());
    }

    @Test
    void anUnknownFaseNamesFileAndEntry() {
        String fout = bestand("thema-inkoop.yaml").replace("\"besluitvormende fase\"", "\"besluitvormend\"");
        SeedFout melding = assertThrows(SeedFout.class, () -> lezerMet(Map.of("thema-inkoop.yaml", fout)).lees());
        assertEquals("seed-data/thema-inkoop.yaml, onderdelen[1].acties[2] ('keuze maken'): onbekende fase "
                + "'besluitvormend'; toegestaan: voorbereidende fase, besluitvormende fase, uitvoerende fase, "
                + "evaluerende fase", melding.getMessage());
    }

    @Test
    void aDeadlineThatIsNoMonthNamesFileAndEntry() {
        String fout = bestand("thema-inkoop.yaml").replace("\"uiterlijk september 2021\"", "\"na de zomer\"");
        SeedFout melding = assertThrows(SeedFout.class, () -> lezerMet(Map.of("thema-inkoop.yaml", fout)).lees());
        assertTrue(melding.getMessage().startsWith("seed-data/thema-inkoop.yaml, onderdelen[1].acties[3] ('uitvoeren'): "
                + "deadline 'na de zomer'"), melding.getMessage());
    }

    @Test
    void anUnknownFieldIsATypoAndStopsTheLoad() {
        String fout = bestand("thema-inkoop.yaml").replaceFirst("deadline:", "dedline:");
        SeedFout melding = assertThrows(SeedFout.class, () -> lezerMet(Map.of("thema-inkoop.yaml", fout)).lees());
        assertTrue(melding.getMessage().contains("onbekend veld 'dedline'"), melding.getMessage());
        assertTrue(melding.getMessage().startsWith("seed-data/thema-inkoop.yaml, onderdelen[1].acties[1]"),
                melding.getMessage());
    }

    @Test
    void aMissingFileNamedInTheIndexStopsTheLoad() {
        Map<String, String> zonder = new HashMap<>();
        zonder.put("thema-inkoop.yaml", null);
        SeedFout melding = assertThrows(SeedFout.class, () -> lezerMet(zonder).lees());
        assertEquals("seed-data/thema-inkoop.yaml: bestand niet gevonden", melding.getMessage());
    }

    @Test
    void anActionWithoutTextIsRefused() {
        String fout = bestand("thema-inkoop.yaml").replace("actie: \"uitvoeren\"", "actie: \"\"");
        SeedFout melding = assertThrows(SeedFout.class, () -> lezerMet(Map.of("thema-inkoop.yaml", fout)).lees());
        assertTrue(melding.getMessage().contains("onderdelen[1].acties[3]: 'actie' ontbreekt of is leeg"),
                melding.getMessage());
    }

    @Test
    void theSameThemeInTwoFilesIsRefused() {
        String index = bestand("index.yaml").replace("  - thema-communicatie.yaml", "  - thema-communicatie.yaml\n  - thema-inkoop.yaml");
        SeedFout melding = assertThrows(SeedFout.class, () -> lezerMet(Map.of("index.yaml", index)).lees());
        assertTrue(melding.getMessage().contains("thema 'inkoop' komt in meer dan één bestand voor"), melding.getMessage());
    }
}
