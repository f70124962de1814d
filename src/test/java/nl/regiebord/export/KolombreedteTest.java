package nl.regiebord.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import nl.regiebord.export.Werkboekstijl.Kolom;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A column is as wide as its texts need, within its limits, as read back from the written workbook. */
class KolombreedteTest {

    private static final String LANG = "Concept verordening bij juridische zaken; adviesraad sociaal domein vraagt zes "
            + "weken. Afstemmen met de buurgemeente over een afwijkende eigen bijdrage.";
    private static final List<Kolom> KOLOMMEN = List.of(new Kolom("Kort", 4, 40), new Kolom("Lang", 4, 40),
            new Kolom("Leeg", 6, 40), new Kolom("Verantwoordelijke", 4, 40), new Kolom("Vast", 12));

    @Test
    void aColumnWithShortContentIsNarrowerThanOneWithLongContentAndBothStayWithinTheirLimits() throws IOException {
        XSSFSheet blad = geschreven(new Kolominhoud().tekst(0, "open").tekst(0, "bezig").tekst(1, LANG)
                .tekst(4, LANG));
        int kort = blad.getColumnWidth(0);
        int lang = blad.getColumnWidth(1);
        assertTrue(kort < lang, kort + " < " + lang);
        assertEquals(40 * 256, lang, "een lange tekst krijgt het maximum en loopt door op de volgende regel");
        assertTrue(kort <= 8 * 256, "'bezig' past in een smalle kolom: " + kort / 256f);
        assertEquals(6 * 256, blad.getColumnWidth(2), "een lege kolom houdt haar minimum");
        assertEquals(12 * 256, blad.getColumnWidth(4), "een vaste kolom houdt haar breedte");
    }

    @Test
    void theHeadersLongestWordIsTheFloorAndALongWordNoMoreThanTheMaximum() throws IOException {
        XSSFSheet blad = geschreven(new Kolominhoud().tekst(3, "Jan"));
        float kopwoord = Kolombreedte.tekens("Verantwoordelijke", Tekstmaat.letter("Calibri", 11, true, false));
        assertEquals(Math.round(kopwoord * 256), blad.getColumnWidth(3), "de kop breekt geen woord");
        assertTrue(blad.getColumnWidth(3) > 4 * 256);
    }

    @Test
    void aColumnFitsItsLongestLineMeasuredWithTheFont() throws IOException {
        String regel = "besloten 12-10-2021";
        XSSFSheet blad = geschreven(new Kolominhoud().tekst(0, "open\n" + regel).tekst(0, "open"));
        float nodig = Kolombreedte.tekens(regel, Tekstmaat.letter("Calibri", 11, false, false));
        assertEquals(Math.round(nodig * 256), blad.getColumnWidth(0));
        float punten = blad.getColumnWidth(0) / 256f * Tekstmaat.PUNTEN_PER_BREEDTE - Tekstmaat.CELMARGE;
        assertEquals(1, Tekstmaat.regels(regel, Tekstmaat.letter("Calibri", 11, false, false), punten),
                "de langste regel past op één regel");
    }

    @Test
    void aTableJustTooWideForThePageNarrowsItsWrappedColumnsToFitButBreaksNoWord() {
        List<Kolom> kolommen = List.of(new Kolom("Actie", 10, 60), new Kolom("Toelichting", 10, 60),
                new Kolom("Besluit", 10, 60), new Kolom("id", 40));
        Kolominhoud inhoud = new Kolominhoud().tekst(0, LANG).tekst(1, LANG).tekst(2, LANG + " ervaringsdeskundigheid");
        int[] breedtes = Kolombreedte.breedtes(kolommen, inhoud, k -> k == 3);
        double gedrukt = 0;
        for (int k = 0; k < 3; k++) {
            gedrukt += Afdrukinstelling.gedrukt(breedtes[k] / 256.0);
        }
        assertTrue(Afdrukinstelling.gedrukt(60) * 3 > Afdrukinstelling.PASSENDE_BREEDTE, "te breed zonder smaller maken");
        assertTrue(gedrukt <= Afdrukinstelling.PASSENDE_BREEDTE, "past op één paginabreedte: " + gedrukt);
        assertTrue(breedtes[0] < 60 * 256, "de lange tekst loopt door op meer regels");
        float woord = Kolombreedte.tekens("ervaringsdeskundigheid", Tekstmaat.letter("Calibri", 11, false, false));
        assertTrue(breedtes[2] >= Math.round(woord * 256), "het langste woord blijft heel");
        assertEquals(40 * 256, breedtes[3], "een verborgen kolom telt niet mee en houdt haar breedte");
    }

    @Test
    void aTableTooWideEvenAtItsLongestWordsKeepsItsWidthsAndIsSplitOverPages() {
        List<Kolom> kolommen = java.util.stream.IntStream.range(0, 12).mapToObj(k -> new Kolom("K" + k, 20, 40))
                .toList();
        Kolominhoud inhoud = new Kolominhoud();
        for (int k = 0; k < 12; k++) {
            inhoud.tekst(k, LANG);
        }
        for (int breedte : Kolombreedte.breedtes(kolommen, inhoud, k -> false)) {
            assertEquals(40 * 256, breedte);
        }
    }

    /** A header row over {@link #KOLOMMEN} in a streaming workbook, as the exports write it, read back. */
    private static XSSFSheet geschreven(Kolominhoud inhoud) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (SXSSFWorkbook werkmap = new SXSSFWorkbook()) {
            new Werkboekstijl(werkmap).kopRij(werkmap.createSheet("Blad"), 0, KOLOMMEN, inhoud, true);
            werkmap.write(uit);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(uit.toByteArray())).getSheet("Blad");
    }
}
