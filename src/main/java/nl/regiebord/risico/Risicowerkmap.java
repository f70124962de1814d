package nl.regiebord.risico;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.export.Afdrukinstelling;
import nl.regiebord.export.Bladnamen;
import nl.regiebord.export.Keuzelijsten;
import nl.regiebord.export.Kolominhoud;
import nl.regiebord.export.Opmaak;
import nl.regiebord.export.Palet;
import nl.regiebord.export.Werkboekstijl.Kolom;
import nl.regiebord.export.Werkboekstijl.Soort;
import nl.regiebord.export.Werkboekstijl;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The risk register as .xlsx: the table of ch. 4 step 7 (risk, category, kwalificatie in its colour, kans, impact,
 * maatregel, eigenaar, status, residual), the coloured 3×3 matrix with counts, and a legend of the scoring. The
 * colours are {@link Kwalificatie#rgb()}, the same as on the pages; the score ranges are read from
 * {@link Risicoscore}, the one place that decides them.
 */
public final class Risicowerkmap {

    static final String REGISTER = "Risicoregister";
    static final String MATRIX = "Risicomatrix";
    static final String LEGENDA = "Legenda";
    static final List<Kolom> KOLOMMEN = List.of(new Kolom("Nr.", 6), new Kolom("Risico", 16, 50),
            new Kolom("Categorie", 8, 14), new Kolom("Kwalificatie", 8, 13), new Kolom("Score", 7),
            new Kolom("Kans", 6, 9), new Kolom("Impact", 6, 9), new Kolom("Beheersmaatregel", 16, 60),
            new Kolom("Eigenaar", 8, 20), new Kolom("Status", 6, 12), new Kolom("Ingebracht door", 8, 20),
            new Kolom("Rest-kans", 6, 10), new Kolom("Rest-impact", 6, 11), new Kolom("Rest-kwalificatie", 8, 15),
            new Kolom("Geclusterd in", 12), new Kolom("Volgende review", 15));
    static final int KANS = 5, IMPACT = 6, STATUS = 9, REST_KANS = 11, REST_IMPACT = 12;
    /** Lists of their own: a stakeholder's belang and invloed are another scale, under another name. */
    static final String STATUSLIJST = "Risicostatus";
    static final String NIVEAULIJST = "Risiconiveau";

    private final Werkboekstijl stijl;
    private final Keuzelijsten keuzelijsten;
    private final Map<Kwalificatie, CellStyle> kwalificatie = new EnumMap<>(Kwalificatie.class);
    private final Map<Kwalificatie, CellStyle> matrixcel = new EnumMap<>(Kwalificatie.class);

    private Risicowerkmap(Opmaak opmaak) {
        this.stijl = opmaak.stijl();
        this.keuzelijsten = opmaak.keuzelijsten();
        for (Kwalificatie k : Kwalificatie.values()) {
            kwalificatie.put(k, stijl.gevuld(stijl.stijl(Soort.TEKST, null), k.rgb()));
            CellStyle cel = stijl.gevuld(stijl.stijl(Soort.KOP, null), k.rgb());
            cel.setAlignment(HorizontalAlignment.CENTER);
            cel.setVerticalAlignment(VerticalAlignment.CENTER);
            cel.setWrapText(true);
            matrixcel.put(k, cel);
        }
    }

    /** Register, matrix and legend, as the standalone risk export. */
    public static void schrijf(Workbook werkmap, Risicoexport.Gegevens gegevens) {
        Opmaak opmaak = Opmaak.van(werkmap);
        schrijf(opmaak, gegevens);
        Sheet legenda = Bladnamen.maak(werkmap, LEGENDA);
        legenda(opmaak, legenda, 0);
        Afdrukinstelling.pasToe(legenda, gegevens.plannaam(), "Legenda risicoscoring", gegevens.exportdatum(), 0);
        opmaak.rondAf();
    }

    /** Register and matrix, into a workbook that may hold more; its legend writes {@link #legenda}. */
    public static void schrijf(Opmaak opmaak, Risicoexport.Gegevens gegevens) {
        Risicowerkmap w = new Risicowerkmap(opmaak);
        w.register(Bladnamen.maak(opmaak.werkmap(), REGISTER), gegevens);
        w.matrix(Bladnamen.maak(opmaak.werkmap(), MATRIX), gegevens);
    }

    /** How a risk is scored, from row {@code start} in columns A to C; answers the first row after it. */
    public static int legenda(Opmaak opmaak, Sheet blad, int start) {
        return new Risicowerkmap(opmaak).scoring(blad, start);
    }

    private void register(Sheet blad, Risicoexport.Gegevens g) {
        List<RisicoJson> alle = g.register();
        Kolominhoud inhoud = new Kolominhoud().teksten(1, alle, RisicoJson::omschrijving)
                .teksten(2, alle, r -> r.categorie().tekst()).teksten(3, alle, r -> tekst(r.kwalificatie()))
                .keuzes(KANS, Risiconiveau.class).keuzes(IMPACT, Risiconiveau.class)
                .teksten(7, alle, RisicoJson::maatregel).teksten(8, alle, RisicoJson::eigenaar)
                .keuzes(STATUS, Risicostatus.class).teksten(10, alle, Risicowerkmap::ingebrachtDoor)
                .keuzes(REST_KANS, Risiconiveau.class).keuzes(REST_IMPACT, Risiconiveau.class)
                .teksten(13, alle, r -> tekst(r.restKwalificatie()));
        stijl.kopRij(blad, 0, KOLOMMEN, inhoud, true);
        int i = 1;
        for (RisicoJson r : g.register()) {
            Row rij = blad.createRow(i++);
            stijl.tekst(rij, 0, r.nummer(), Soort.TEKST, null);
            stijl.tekst(rij, 1, r.omschrijving(), Soort.TEKST, null);
            stijl.tekst(rij, 2, r.categorie().tekst(), Soort.TEKST, null);
            kwalificatie(rij, 3, r.kwalificatie());
            if (r.score() != null) {
                stijl.getal(rij, 4, r.score(), Soort.GETAL, null);
            } else {
                stijl.tekst(rij, 4, null, Soort.TEKST, null);
            }
            stijl.tekst(rij, KANS, tekst(r.kans()), Soort.TEKST, null);
            stijl.tekst(rij, IMPACT, tekst(r.impact()), Soort.TEKST, null);
            stijl.tekst(rij, 7, r.maatregel(), Soort.TEKST, null);
            stijl.tekst(rij, 8, r.eigenaar(), Soort.TEKST, null);
            stijl.tekst(rij, STATUS, r.status().tekst(), Soort.TEKST, null);
            stijl.tekst(rij, 10, ingebrachtDoor(r), Soort.TEKST, null);
            stijl.tekst(rij, REST_KANS, tekst(r.restKans()), Soort.TEKST, null);
            stijl.tekst(rij, REST_IMPACT, tekst(r.restImpact()), Soort.TEKST, null);
            kwalificatie(rij, 13, r.restKwalificatie());
            stijl.tekst(rij, 14, r.clusterInNummer(), Soort.TEKST, null);
            stijl.datum(rij, 15, r.volgendeReview(), null);
            stijl.pasHoogteAan(rij);
        }
        int laatste = Math.max(1, g.register().size());
        stijl.filter(blad, 0, laatste, KOLOMMEN.size());
        keuzelijsten.kolom(blad, STATUS, laatste, STATUSLIJST, Risicostatus.class);
        for (int kolom : new int[]{KANS, IMPACT, REST_KANS, REST_IMPACT}) {
            keuzelijsten.kolom(blad, kolom, laatste, NIVEAULIJST, Risiconiveau.class);
        }
        Afdrukinstelling.pasToe(blad, g.plannaam(), REGISTER, g.exportdatum(), 1);
    }

    private void matrix(Sheet blad, Risicoexport.Gegevens g) {
        blad.setColumnWidth(0, 16 * 256);
        for (int k = 1; k <= Risicomatrix.KOLOMMEN.size(); k++) {
            blad.setColumnWidth(k, 18 * 256);
        }
        int rij = grid(blad, 0, g.plannaam() + " – nu", g.nu());
        rij = grid(blad, rij + 1, "Na de maatregelen (rest)", g.rest());
        legenda(blad, rij + 1, g.nu());
        Afdrukinstelling.pasToe(blad, g.plannaam(), MATRIX, g.exportdatum(), 0);
    }

    /** Below the grids: each number in a cell with the risk's full description, by number. */
    private void legenda(Sheet blad, int start, RisicomatrixJson m) {
        List<RisicomatrixJson.RisicoInCel> risicos = m.cellen().stream().flatMap(c -> c.risicos().stream())
                .sorted(java.util.Comparator.comparing(RisicomatrixJson.RisicoInCel::nummer, Risico.OP_NUMMER)).toList();
        if (risicos.isEmpty()) {
            return;
        }
        stijl.tekst(blad.createRow(start), 0, "Risico's in de matrix", Soort.LABEL, null);
        Row kop = blad.createRow(start + 1);
        stijl.tekst(kop, 0, "Nr.", Soort.KOP, Palet.KOP);
        stijl.samengevoegd(kop, 1, Risicomatrix.KOLOMMEN.size(), "Risico", Soort.KOP, Palet.KOP);
        int i = start + 2;
        for (RisicomatrixJson.RisicoInCel r : risicos) {
            Row rij = blad.createRow(i++);
            stijl.tekst(rij, 0, r.nummer(), Soort.TEKST, null);
            stijl.samengevoegd(rij, 1, Risicomatrix.KOLOMMEN.size(), r.omschrijving(), Soort.TEKST, null);
        }
    }

    /** Writes one grid from row {@code start}; returns the first row after it. */
    private int grid(Sheet blad, int start, String titel, RisicomatrixJson m) {
        stijl.tekst(blad.createRow(start), 0, titel, Soort.LABEL, null);
        Row kop = blad.createRow(start + 1);
        stijl.tekst(kop, 0, "kans ↓ / impact →", Soort.KOP, Palet.KOP);
        for (int k = 0; k < Risicomatrix.KOLOMMEN.size(); k++) {
            stijl.tekst(kop, k + 1, "impact " + Risicomatrix.KOLOMMEN.get(k).tekst(), Soort.KOP, Palet.KOP);
        }
        for (int r = 0; r < Risicomatrix.RIJEN.size(); r++) {
            Row rij = blad.createRow(start + 2 + r);
            rij.setHeightInPoints(36);
            stijl.tekst(rij, 0, "kans " + Risicomatrix.RIJEN.get(r).tekst(), Soort.KOP, Palet.KOP);
            for (int k = 0; k < Risicomatrix.KOLOMMEN.size(); k++) {
                RisicomatrixJson.Cel c = m.cellen().get(r * Risicomatrix.KOLOMMEN.size() + k);
                Cell cel = rij.createCell(k + 1);
                cel.setCellValue(celtekst(c));
                cel.setCellStyle(matrixcel.get(c.kwalificatie()));
            }
        }
        for (int r = 0; r < Risicomatrix.RIJEN.size(); r++) {
            stijl.pasHoogteAan(blad.getRow(start + 2 + r));
        }
        return start + 2 + Risicomatrix.RIJEN.size();
    }

    /**
     * "hoog: 2" and below it the numbers of its risks ("R1, R4"): the kwalificatie in words, not only in colour, and
     * which risks, named in the legend below the grids.
     */
    static String celtekst(RisicomatrixJson.Cel c) {
        String aantal = c.kwalificatie().tekst() + ": " + c.aantal();
        return c.risicos().isEmpty() ? aantal : aantal + "\n" + String.join(", ",
                c.risicos().stream().map(RisicomatrixJson.RisicoInCel::nummer).toList());
    }

    private int scoring(Sheet blad, int start) {
        stijl.tekst(blad.createRow(start), 0, "Hoe een risico wordt gescoord (hoofdstuk 4 van het Model Plan van "
                + "Aanpak)", Soort.LABEL, null);
        StringBuilder waarden = new StringBuilder();
        for (Risiconiveau n : Risiconiveau.values()) {
            waarden.append(waarden.isEmpty() ? "" : ", ").append(n.tekst()).append(" = ").append(n.waarde());
        }
        stijl.tekst(blad.createRow(start + 1), 0, "Score = kans × impact, met " + waarden + " (score "
                + Risicoscore.van(Risiconiveau.LAAG, Risiconiveau.LAAG).score() + " tot en met "
                + Risicoscore.van(Risiconiveau.HOOG, Risiconiveau.HOOG).score() + ").", Soort.NOOT, null);
        Row kop = blad.createRow(start + 3);
        stijl.tekst(kop, 0, "Kwalificatie", Soort.KOP, Palet.KOP);
        stijl.tekst(kop, 1, "Score", Soort.KOP, Palet.KOP);
        stijl.tekst(kop, 2, "Kleur", Soort.KOP, Palet.KOP);
        int i = start + 4;
        for (Kwalificatie k : Kwalificatie.values()) {
            Row rij = blad.createRow(i++);
            kwalificatie(rij, 0, k);
            stijl.tekst(rij, 1, scores(k), Soort.TEKST, null);
            stijl.tekst(rij, 2, k.kleur(), Soort.TEKST, null);
        }
        i++;
        stijl.tekst(blad.createRow(i++), 0, "De matrix telt de gescoorde, niet geclusterde risico's met status "
                + String.join(" of ", inMatrix()) + ".", Soort.NOOT, null);
        stijl.tekst(blad.createRow(i++), 0, "Rest: de verwachte kans en impact na de beheersmaatregel; zonder "
                + "rest-scores blijft een risico in de rest-matrix op zijn eigen scores.", Soort.NOOT, null);
        if (blad.getColumnWidth(0) < 16 * 256) {
            blad.setColumnWidth(0, 16 * 256);
        }
        return i;
    }

    /** "6–9": the scores {@link Risicoscore} gives this kwalificatie. */
    static String scores(Kwalificatie k) {
        TreeSet<Integer> scores = new TreeSet<>();
        for (Risiconiveau kans : Risiconiveau.values()) {
            for (Risiconiveau impact : Risiconiveau.values()) {
                Risicoscore score = Risicoscore.van(kans, impact);
                if (score.kwalificatie() == k) {
                    scores.add(score.score());
                }
            }
        }
        return scores.first().equals(scores.last()) ? String.valueOf(scores.first()) : scores.first() + "–" + scores.last();
    }

    private static List<String> inMatrix() {
        return java.util.Arrays.stream(Risicostatus.values()).filter(Risicostatus::inMatrix).map(Risicostatus::tekst)
                .toList();
    }

    private void kwalificatie(Row rij, int kolom, Kwalificatie k) {
        if (k == null) {
            stijl.tekst(rij, kolom, null, Soort.TEKST, null);
            return;
        }
        Cell cel = rij.createCell(kolom);
        cel.setCellValue(k.tekst());
        cel.setCellStyle(kwalificatie.get(k));
    }


    private static String ingebrachtDoor(RisicoJson r) {
        return r.ingebrachtDoor() != null ? r.ingebrachtDoor() : r.voorbeeld() ? "voorbeeld Tabel 6" : null;
    }

    private static String tekst(Keuzewaarde waarde) {
        return waarde == null ? null : waarde.tekst();
    }
}
