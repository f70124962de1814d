package nl.regiebord.stakeholder;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The stakeholder analysis as .xlsx: the analysis as the checklist of Bijlage 4 is filled in, the 4×4 grid in the
 * quadrants' colours (the same as on the pages, {@link Kwadrant#rgb()}), and the contact plan with real due dates.
 */
public final class Stakeholderwerkmap {

    static final String ANALYSE = "Stakeholderanalyse";
    static final String MATRIX = "Stakeholdermatrix";
    static final String CONTACTPLAN = "Contactplan";
    static final List<Kolom> ANALYSEKOLOMMEN = List.of(new Kolom("Stakeholder", 12, 28),
            new Kolom("Extern/intern", 8, 10), new Kolom("Cluster", 8, 16), new Kolom("Belangen", 12, 40),
            new Kolom("Wensen en eisen", 12, 40), new Kolom("Belang", 8, 10), new Kolom("Invloed", 8, 10),
            new Kolom("Kwadrant", 10, 18), new Kolom("Wijze van omgang", 12, 50), new Kolom("Frequentie", 8, 13),
            new Kolom("Wijze van communiceren", 8, 16), new Kolom("Verantwoordelijke", 8, 20));
    static final List<Kolom> CONTACTKOLOMMEN = List.of(new Kolom("Stakeholder", 12, 28), new Kolom("Kwadrant", 10, 18),
            new Kolom("Frequentie", 8, 13), new Kolom("Wijze van communiceren", 8, 16),
            new Kolom("Verantwoordelijke", 8, 20), new Kolom("Laatste contact", 13), new Kolom("Volgend contact", 13),
            new Kolom("Te laat", 6, 9));
    static final int TYPE = 1, BELANG = 5, INVLOED = 6, KWADRANT = 7, FREQUENTIE = 9, COMMUNICATIE = 10;

    private final Werkboekstijl stijl;
    private final Keuzelijsten keuzelijsten;
    private final Map<Kwadrant, CellStyle> gevuld = new EnumMap<>(Kwadrant.class);

    private Stakeholderwerkmap(Opmaak opmaak) {
        Workbook werkmap = opmaak.werkmap();
        stijl = opmaak.stijl();
        keuzelijsten = opmaak.keuzelijsten();
        for (Kwadrant k : Kwadrant.values()) {
            gevuld.put(k, stijl.gevuld(stijl.stijl(Soort.TEKST, null), k.rgb()));
        }
    }

    public static void schrijf(Workbook werkmap, Stakeholderexport.Gegevens gegevens) {
        Opmaak opmaak = Opmaak.van(werkmap);
        schrijf(opmaak, gegevens);
        opmaak.rondAf();
    }

    /** Analysis, grid and contact plan, into a workbook that may hold more. */
    public static void schrijf(Opmaak opmaak, Stakeholderexport.Gegevens gegevens) {
        // the sheets first, so the hidden sheet of dropdown values comes after them
        Sheet analyse = Bladnamen.maak(opmaak.werkmap(), ANALYSE);
        Sheet matrix = Bladnamen.maak(opmaak.werkmap(), MATRIX);
        Sheet contactplan = Bladnamen.maak(opmaak.werkmap(), CONTACTPLAN);
        Stakeholderwerkmap w = new Stakeholderwerkmap(opmaak);
        w.analyse(analyse, gegevens);
        w.matrix(matrix, gegevens);
        w.contactplan(contactplan, gegevens);
    }

    /**
     * The four quadrants in their colours, each with its way of engagement and the scores that lead to it, from
     * row {@code start}; answers the first row after them. Part of the grid sheet and of a workbook's legend.
     */
    public static int legenda(Opmaak opmaak, Sheet blad, int start, int totKolom) {
        return new Stakeholderwerkmap(opmaak).kwadranten(blad, start, totKolom);
    }

    private void analyse(Sheet blad, Stakeholderexport.Gegevens g) {
        List<StakeholderJson> alle = g.stakeholders();
        Kolominhoud inhoud = new Kolominhoud().teksten(0, alle, StakeholderJson::naam)
                .keuzes(TYPE, Stakeholdertype.class).teksten(2, alle, StakeholderJson::cluster)
                .teksten(3, alle, StakeholderJson::belangen).teksten(4, alle, StakeholderJson::wensenEisen)
                .keuzes(BELANG, Stakeholderniveau.class).keuzes(INVLOED, Stakeholderniveau.class)
                .teksten(KWADRANT, alle, s -> tekst(s.kwadrant())).teksten(8, alle, StakeholderJson::omgang)
                .keuzes(FREQUENTIE, Frequentie.class).keuzes(COMMUNICATIE, Communicatie.class)
                .teksten(11, alle, StakeholderJson::verantwoordelijke);
        stijl.kopRij(blad, 0, ANALYSEKOLOMMEN, inhoud, true);
        int r = 1;
        for (StakeholderJson s : g.stakeholders()) {
            Row rij = blad.createRow(r++);
            stijl.tekst(rij, 0, s.naam(), Soort.TEKST, null);
            stijl.tekst(rij, TYPE, tekst(s.type()), Soort.TEKST, null);
            stijl.tekst(rij, 2, s.cluster(), Soort.TEKST, null);
            stijl.tekst(rij, 3, s.belangen(), Soort.TEKST, null);
            stijl.tekst(rij, 4, s.wensenEisen(), Soort.TEKST, null);
            stijl.tekst(rij, BELANG, tekst(s.belang()), Soort.TEKST, null);
            stijl.tekst(rij, INVLOED, tekst(s.invloed()), Soort.TEKST, null);
            kwadrant(rij, KWADRANT, s.kwadrant());
            stijl.tekst(rij, 8, s.omgang(), Soort.TEKST, null);
            stijl.tekst(rij, FREQUENTIE, tekst(s.frequentie()), Soort.TEKST, null);
            stijl.tekst(rij, COMMUNICATIE, tekst(s.communicatie()), Soort.TEKST, null);
            stijl.tekst(rij, 11, s.verantwoordelijke(), Soort.TEKST, null);
            stijl.pasHoogteAan(rij);
        }
        int laatste = Math.max(1, r - 1);
        stijl.filter(blad, 0, laatste, ANALYSEKOLOMMEN.size());
        keuzelijsten.kolom(blad, TYPE, laatste, "Type", Stakeholdertype.class);
        keuzelijsten.kolom(blad, BELANG, laatste, "Niveau", Stakeholderniveau.class);
        keuzelijsten.kolom(blad, INVLOED, laatste, "Niveau", Stakeholderniveau.class);
        keuzelijsten.kolom(blad, FREQUENTIE, laatste, "Frequentie", Frequentie.class);
        keuzelijsten.kolom(blad, COMMUNICATIE, laatste, "Communicatie", Communicatie.class);
        Afdrukinstelling.pasToe(blad, g.plannaam(), "Stakeholderanalyse", g.exportdatum(), 1);
    }

    private void matrix(Sheet blad, Stakeholderexport.Gegevens g) {
        stijl.tekst(blad.createRow(0), 0, "Stakeholdermatrix: belang × invloed (" + g.matrix().aantal()
                + " stakeholders)", Soort.TITEL, null);
        Row kop = blad.createRow(2);
        blad.setColumnWidth(0, 18 * 256);
        stijl.tekst(kop, 0, "invloed ↓ / belang →", Soort.KOP, Palet.KOP);
        for (int k = 0; k < Stakeholdermatrix.KOLOMMEN.size(); k++) {
            blad.setColumnWidth(k + 1, 28 * 256);
            stijl.tekst(kop, k + 1, "belang " + Stakeholdermatrix.KOLOMMEN.get(k).tekst(), Soort.KOP, Palet.KOP);
        }
        for (int r = 0; r < Stakeholdermatrix.RIJEN.size(); r++) {
            Row rij = blad.createRow(3 + r);
            stijl.tekst(rij, 0, "invloed " + Stakeholdermatrix.RIJEN.get(r).tekst(), Soort.KOP, Palet.KOP);
            // a square cell of at least four lines, taller where its names need it
            rij.setHeightInPoints(4 * 15f);
            for (int k = 0; k < Stakeholdermatrix.KOLOMMEN.size(); k++) {
                StakeholdermatrixJson.Cel c = g.matrix().cellen().get(r * Stakeholdermatrix.KOLOMMEN.size() + k);
                // the quadrant is there in words, the names below it: colour is never the only signal
                String namen = c.stakeholders().stream().map(StakeholdermatrixJson.StakeholderInCel::naam)
                        .collect(Collectors.joining("\n"));
                var cel = rij.createCell(k + 1);
                cel.setCellValue(c.kwadrant().tekst().toUpperCase(java.util.Locale.ROOT) + " (" + c.aantal() + ")"
                        + (namen.isEmpty() ? "" : "\n" + namen));
                cel.setCellStyle(gevuld.get(c.kwadrant()));
            }
            stijl.pasHoogteAan(rij);
        }
        kwadranten(blad, 3 + Stakeholdermatrix.RIJEN.size() + 1, Stakeholdermatrix.KOLOMMEN.size());
        Afdrukinstelling.pasToe(blad, g.plannaam(), "Stakeholdermatrix", g.exportdatum(), 0);
    }

    /** The way of engagement wraps in columns C to {@code totKolom}, so it stays within the printed width. */
    private int kwadranten(Sheet blad, int start, int totKolom) {
        stijl.tekst(blad.createRow(start), 0, "Kwadrant en wijze van omgang", Soort.LABEL, null);
        int i = start + 1;
        for (Kwadrant k : Kwadrant.values()) {
            Row rij = blad.createRow(i++);
            kwadrant(rij, 0, k);
            stijl.tekst(rij, 1, scores(k), Soort.TEKST, null);
            stijl.pasHoogteAan(rij);
            stijl.samengevoegd(rij, 2, totKolom, k.omgang(), Soort.TEKST, null);
        }
        return i;
    }

    /** "belang hoog of zeer hoog, invloed laag of matig": read from {@link Kwadrant#van}, not written twice. */
    static String scores(Kwadrant k) {
        java.util.Set<String> belang = new java.util.LinkedHashSet<>();
        java.util.Set<String> invloed = new java.util.LinkedHashSet<>();
        for (Stakeholderniveau b : Stakeholderniveau.values()) {
            for (Stakeholderniveau i : Stakeholderniveau.values()) {
                if (Kwadrant.van(b, i) == k) {
                    belang.add(b.tekst());
                    invloed.add(i.tekst());
                }
            }
        }
        return "belang " + String.join(" of ", belang) + ", invloed " + String.join(" of ", invloed);
    }

    private void contactplan(Sheet blad, Stakeholderexport.Gegevens g) {
        List<StakeholderJson> alle = g.contactplan();
        Kolominhoud inhoud = new Kolominhoud().teksten(0, alle, StakeholderJson::naam)
                .teksten(1, alle, s -> tekst(s.kwadrant())).teksten(2, alle, s -> tekst(s.frequentie()))
                .teksten(3, alle, s -> tekst(s.communicatie())).teksten(4, alle, StakeholderJson::verantwoordelijke)
                .teksten(7, alle, s -> s.contactTeLaat() ? "te laat" : null);
        stijl.kopRij(blad, 0, CONTACTKOLOMMEN, inhoud, true);
        int r = 1;
        for (StakeholderJson s : g.contactplan()) {
            Palet kleur = s.contactTeLaat() ? Palet.TE_LAAT : null;
            Row rij = blad.createRow(r++);
            stijl.tekst(rij, 0, s.naam(), Soort.TEKST, kleur);
            kwadrant(rij, 1, s.kwadrant());
            stijl.tekst(rij, 2, tekst(s.frequentie()), Soort.TEKST, kleur);
            stijl.tekst(rij, 3, tekst(s.communicatie()), Soort.TEKST, kleur);
            stijl.tekst(rij, 4, s.verantwoordelijke(), Soort.TEKST, kleur);
            stijl.datum(rij, 5, s.laatsteContact(), kleur);
            stijl.datum(rij, 6, s.volgendContact(), kleur);
            stijl.tekst(rij, 7, s.contactTeLaat() ? "te laat" : null, Soort.TEKST, kleur);
            stijl.pasHoogteAan(rij);
        }
        stijl.filter(blad, 0, Math.max(1, r - 1), CONTACTKOLOMMEN.size());
        Afdrukinstelling.pasToe(blad, g.plannaam(), "Contactplan", g.exportdatum(), 1);
    }

    private void kwadrant(Row rij, int kolom, Kwadrant k) {
        var cel = rij.createCell(kolom);
        if (k == null) {
            cel.setCellStyle(stijl.stijl(Soort.TEKST, null));
            return;
        }
        cel.setCellValue(k.tekst());
        cel.setCellStyle(gevuld.get(k));
    }


    private static String tekst(Keuzewaarde waarde) {
        return waarde == null ? null : waarde.tekst();
    }
}
