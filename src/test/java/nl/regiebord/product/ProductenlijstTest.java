package nl.regiebord.product;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProductenlijstTest {

    @Test
    void theChecklistHasFourThemesWithTheirProductsInTheDocumentsOrder() throws Exception {
        List<Productenlijst.Thema> themas = seed();
        assertEquals(List.of("overkoepelend", "aanpak", "middelen", "beleidsafstemming"),
                themas.stream().map(Productenlijst.Thema::sleutel).toList());
        assertEquals(List.of(8, 8, 11, 6), themas.stream().map(t -> t.producten().size()).toList());
        assertEquals("Inventarisatie van de doelgroep", themas.get(0).producten().get(0).naam());
        assertEquals("Samenstelling, taakstelling en prognose doelgroep.", themas.get(0).producten().get(0).toelichting());
        assertEquals("Huisvestings- en woonbeleid", themas.get(3).producten().get(5).naam());
    }

    @Test
    void namesAndToelichtingenAreTheDocumentsOwnWordsNotSilentlyCorrected() throws Exception {
        List<Productenlijst.Thema> themas = seed();
        assertEquals("Beleidsafstemming- of herijking", themas.get(3).naam());
        assertEquals("Afspraken met corporaties over aantallen, proces van toekenning van woningen. Maar ook: wat doet "
                + "de corporatie om inburgering te bevorderen n problemen tijdig te herkennen (huurachterstand, omgaan "
                + "met geluidsoverlast, afval, tuin, portiek, burens).", themas.get(3).producten().get(5).toelichting());
    }

    @Test
    void socialeKaartInburgeringIsKeptOnceWithTheFirstToelichting() throws Exception {
        List<Productenlijst.Product> middelen = seed().get(2).producten();
        List<Productenlijst.Product> socialeKaart = middelen.stream()
                .filter(p -> p.naam().equals("Sociale kaart inburgering")).toList();
        assertEquals(1, socialeKaart.size());
        assertTrue(socialeKaart.get(0).toelichting().contains("dagbesteding, vrije tijd, stages"));
        assertEquals(List.of("Sociale kaart inburgering", "Voorlichtingsmateriaal", "Tolk / tolkentelefoon"),
                middelen.subList(8, 11).stream().map(Productenlijst.Product::naam).toList());
    }

    @Test
    void aProductListedTwiceStopsTheStartNamingFileAndEntry() {
        SeedFout fout = assertThrows(SeedFout.class, () -> lees("""
                themas:
                  - sleutel: middelen
                    naam: Middelen
                    volgorde: 1
                    producten:
                      - {naam: "Sociale kaart inburgering", toelichting: "Eerste"}
                      - {naam: "Sociale kaart inburgering", toelichting: "Tweede"}
                """));
        assertEquals("seed-data/producten.yaml, themas[1] ('Middelen'), producten[2] ('Sociale kaart inburgering'): "
                + "product 'Sociale kaart inburgering' staat al eerder in de lijst", fout.getMessage());
    }

    @Test
    void badEntriesAreRefusedWithTheirPlace() {
        SeedFout zonderToelichting = assertThrows(SeedFout.class, () -> lees("""
                themas:
                  - {sleutel: aanpak, naam: Aanpak, volgorde: 1, producten: [{naam: "Z-route"}]}
                """));
        assertEquals("seed-data/producten.yaml, themas[1] ('Aanpak'), producten[1] ('Z-route'): 'toelichting' "
                + "ontbreekt of is leeg", zonderToelichting.getMessage());
        SeedFout onbekend = assertThrows(SeedFout.class, () -> lees("""
                themas:
                  - {sleutel: aanpak, naam: Aanpak, volgorde: 1, kleur: rood, producten: [{naam: a, toelichting: b}]}
                """));
        assertEquals("seed-data/producten.yaml, themas[1] ('Aanpak'): onbekend veld 'kleur'; bekend zijn: naam, "
                + "producten, sleutel, volgorde", onbekend.getMessage());
        assertThrows(SeedFout.class, () -> lees("themas:\n  - {sleutel: Aanpak, naam: A, volgorde: 1, producten: [{naam: a, toelichting: b}]}\n"));
        assertThrows(SeedFout.class, () -> lees("themas:\n  - {sleutel: a, naam: A, volgorde: nul, producten: [{naam: a, toelichting: b}]}\n"));
        assertThrows(SeedFout.class, () -> lees("themas:\n  - {sleutel: a, naam: A, volgorde: 1, producten: []}\n"));
        assertThrows(SeedFout.class, () -> lees("""
                themas:
                  - {sleutel: a, naam: A, volgorde: 1, producten: [{naam: a, toelichting: b}]}
                  - {sleutel: a, naam: B, volgorde: 2, producten: [{naam: c, toelichting: d}]}
                """));
        assertThrows(SeedFout.class, () -> lees("themas: []\n"));
        assertThrows(SeedFout.class, () -> lees("themas: [\n"));
    }

    private static List<Productenlijst.Thema> seed() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("seed-data", Productenlijst.BESTAND))) {
            return Productenlijst.lees(in);
        }
    }

    private static List<Productenlijst.Thema> lees(String yaml) {
        return Productenlijst.lees(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }
}
