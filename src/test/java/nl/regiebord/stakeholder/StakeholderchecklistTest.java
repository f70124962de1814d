package nl.regiebord.stakeholder;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.regiebord.seed.SeedFout;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StakeholderchecklistTest {

    @Test
    void theChecklistOfChapterFiveHas29ExternalAnd7InternalStakeholders() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("seed-data", Stakeholderchecklist.BESTAND))) {
            List<Stakeholderchecklist.Item> items = Stakeholderchecklist.lees(in);
            assertEquals(29, items.stream().filter(i -> i.type() == Stakeholdertype.EXTERN).count());
            assertEquals(7, items.stream().filter(i -> i.type() == Stakeholdertype.INTERN).count());
            assertEquals(new Stakeholderchecklist.Item("COA", Stakeholdertype.EXTERN), items.get(0));
            assertEquals(new Stakeholderchecklist.Item("VNO-NCW", Stakeholdertype.EXTERN), items.get(28));
            assertEquals(new Stakeholderchecklist.Item("Medewerkers gemeente", Stakeholdertype.INTERN), items.get(29));
            assertEquals("Sociale wijkteams", items.get(35).naam());
        }
    }

    @Test
    void aBadEntryStopsWithTheFileAndTheEntry() {
        SeedFout dubbel = assertThrows(SeedFout.class, () -> lees("extern: [COA, DUO]\nintern: [Tolken, duo]\n"));
        assertEquals("seed-data/stakeholder-checklist.yaml, intern[1] ('duo'): staat twee keer in de checklist",
                dubbel.getMessage());
        SeedFout leeg = assertThrows(SeedFout.class, () -> lees("extern: [COA, \"  \"]\nintern: [Tolken]\n"));
        assertEquals("seed-data/stakeholder-checklist.yaml, extern[1]: verwacht een naam", leeg.getMessage());
        SeedFout ontbreekt = assertThrows(SeedFout.class, () -> lees("extern: [COA]\n"));
        assertEquals("seed-data/stakeholder-checklist.yaml: 'intern' ontbreekt of is geen lijst van namen",
                ontbreekt.getMessage());
        SeedFout onbekend = assertThrows(SeedFout.class, () -> lees("extern: [COA]\nintern: [Tolken]\nanders: [x]\n"));
        assertEquals("seed-data/stakeholder-checklist.yaml: onbekend veld 'anders'; bekend zijn: bron, extern, intern",
                onbekend.getMessage());
        assertThrows(SeedFout.class, () -> lees("extern: [COA, {naam: DUO}]\nintern: [Tolken]\n"));
        assertThrows(SeedFout.class, () -> lees("extern: [\n"));
    }

    private static List<Stakeholderchecklist.Item> lees(String yaml) {
        return Stakeholderchecklist.lees(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
