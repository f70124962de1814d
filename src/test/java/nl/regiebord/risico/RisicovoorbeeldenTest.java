package nl.regiebord.risico;

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

class RisicovoorbeeldenTest {

    @Test
    void tabel6HasElevenExamplesOfWhichEightNumbered() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("seed-data", Risicovoorbeelden.BESTAND))) {
            List<Risicovoorbeelden.Voorbeeld> voorbeelden = Risicovoorbeelden.lees(in);
            assertEquals(11, voorbeelden.size());
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), voorbeelden.stream()
                    .map(Risicovoorbeelden.Voorbeeld::nummer).filter(java.util.Objects::nonNull).toList());
            assertEquals(List.of(3, 4, 3, 1), List.of(Categorie.values()).stream()
                    .map(c -> (int) voorbeelden.stream().filter(v -> v.categorie() == c).count()).toList());
            assertEquals("Reputatieschade doordat het proces niet goed verloopt in de uitvoering.",
                    voorbeelden.get(10).omschrijving());
        }
    }

    @Test
    void aBadEntryStopsWithTheFileAndTheEntry() {
        SeedFout fout = assertThrows(SeedFout.class, () -> lees("""
                voorbeelden:
                  - {categorie: strategisch, nummer: 1, omschrijving: "Goed", maatregel: "Ja"}
                  - {categorie: politiek, nummer: 2, omschrijving: "Fout", maatregel: "Nee"}
                """));
        assertEquals("seed-data/risico-voorbeelden.yaml, voorbeelden[1] ('Fout'): onbekende categorie 'politiek', "
                + "toegestaan: strategisch, operationeel, financieel, compliance", fout.getMessage());
        assertThrows(SeedFout.class, () -> lees("voorbeelden:\n  - {categorie: strategisch, nummer: 1, omschrijving: x}\n"));
        assertThrows(SeedFout.class, () -> lees("voorbeelden:\n  - {categorie: strategisch, omschrijving: x, maatregel: y}\n"));
        assertThrows(SeedFout.class, () -> lees("voorbeelden:\n  - {categorie: strategisch, nummer: 1, omschrijving: x, maatregel: y, kans: hoog}\n"));
        assertThrows(SeedFout.class, () -> lees("""
                voorbeelden:
                  - {categorie: strategisch, nummer: 1, omschrijving: x, maatregel: y}
                  - {categorie: strategisch, nummer: 1, omschrijving: z, maatregel: y}
                """));
        assertThrows(SeedFout.class, () -> lees("voorbeelden: [\n"));
    }

    private static List<Risicovoorbeelden.Voorbeeld> lees(String yaml) {
        return Risicovoorbeelden.lees(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
