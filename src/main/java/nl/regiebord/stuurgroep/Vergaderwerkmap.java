package nl.regiebord.stuurgroep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.regiebord.actie.Besluitenrooster;
import nl.regiebord.export.Afdrukinstelling;
import nl.regiebord.export.Bladnamen;
import nl.regiebord.export.Kolominhoud;
import nl.regiebord.export.Opmaak;
import nl.regiebord.export.Werkboekstijl.Kolom;
import nl.regiebord.export.Werkboekstijl.Soort;
import nl.regiebord.export.Werkboekstijl;
import nl.regiebord.risico.Risicoverloop;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The meeting view (live or frozen) as a workbook in the shared style: the meeting, progress per theme, the late
 * actions by how late, the decisions grid, and the risks that changed.
 */
final class Vergaderwerkmap {

    static final String VERGADERING = "Vergadering";
    static final String VOORTGANG = "Voortgang";
    static final String TE_LAAT = "Te laat";
    static final String BESLUITEN = "Besluiten";
    static final String RISICOS = "Risico's";

    private final Opmaak opmaak;
    private final Werkboekstijl stijl;
    private final String plannaam;
    private final LocalDate datum;

    private Vergaderwerkmap(Workbook werkmap, String plannaam, LocalDate datum) {
        this.opmaak = Opmaak.van(werkmap);
        this.stijl = opmaak.stijl();
        this.plannaam = plannaam;
        this.datum = datum;
    }

    static void schrijf(Workbook werkmap, String plannaam, StuurgroepJson o, VergaderingJson v, LocalDate datum) {
        Vergaderwerkmap w = new Vergaderwerkmap(werkmap, plannaam, datum);
        w.vergadering(Bladnamen.maak(werkmap, VERGADERING), o, v);
        w.voortgang(Bladnamen.maak(werkmap, VOORTGANG), o);
        w.teLaat(Bladnamen.maak(werkmap, TE_LAAT), o);
        w.besluiten(Bladnamen.maak(werkmap, BESLUITEN), o.besluiten());
        w.risicos(Bladnamen.maak(werkmap, RISICOS), o);
        w.opmaak.rondAf();
    }

    private void vergadering(Sheet blad, StuurgroepJson o, VergaderingJson v) {
        blad.setColumnWidth(0, 22 * 256);
        blad.setColumnWidth(1, 60 * 256);
        blad.setColumnWidth(2, 24 * 256);
        blad.setColumnWidth(3, 14 * 256);
        int r = 0;
        stijl.tekst(blad.createRow(r++), 0, "Stuurgroep " + plannaam, Soort.TITEL, null);
        r = regel(blad, r, "Vergadering", v == null ? "overzicht van " + tekst(o.vandaag()) : tekst(v.datum()));
        r = regel(blad, r, "Veranderingen sinds", tekst(o.sinds()));
        if (v != null) {
            r = regel(blad, r, "Aanwezig", String.join(", ", v.aanwezigen()));
            r = regel(blad, r, "Risicoreview", v.reviewDatum() == null ? "geen" : "review van " + tekst(v.reviewDatum()));
            r = regel(blad, r, "Vastgelegd door", v.vastgelegdDoor());
            r++;
            stijl.tekst(blad.createRow(r++), 0, "Besluiten", Soort.LABEL, null);
            if (v.besluiten().isEmpty()) {
                stijl.tekst(blad.createRow(r++), 0, "Geen besluiten vastgelegd.", Soort.NOOT, null);
            }
            for (int i = 0; i < v.besluiten().size(); i++) {
                r = regel(blad, r, (i + 1) + ".", v.besluiten().get(i));
            }
            r++;
            List<Kolom> kolommen = List.of(new Kolom("Nr.", 22), new Kolom("Actiepunt", 60),
                    new Kolom("Verantwoordelijke", 24), new Kolom("Deadline", 14));
            stijl.kopRij(blad, r++, kolommen, false);
            for (int i = 0; i < v.actiepunten().size(); i++) {
                VergaderingJson.ActiepuntJson p = v.actiepunten().get(i);
                Row rij = blad.createRow(r++);
                stijl.getal(rij, 0, i + 1, Soort.GETAL, null);
                stijl.tekst(rij, 1, p.actie(), Soort.TEKST, null);
                stijl.tekst(rij, 2, p.verantwoordelijke(), Soort.TEKST, null);
                stijl.datum(rij, 3, p.deadline(), null);
            }
            if (v.notitie() != null) {
                r = regel(blad, r + 1, "Notitie", v.notitie());
            }
        }
        Afdrukinstelling.pasToe(blad, plannaam, VERGADERING, datum, 0);
    }

    private int regel(Sheet blad, int r, String label, String waarde) {
        Row rij = blad.createRow(r);
        stijl.tekst(rij, 0, label, Soort.LABEL, null);
        stijl.tekst(rij, 1, waarde, Soort.WAARDE, null);
        return r + 1;
    }

    private void voortgang(Sheet blad, StuurgroepJson o) {
        List<Kolom> kolommen = List.of(new Kolom("Thema", 16, 40), new Kolom("Afgerond nu (%)", 10),
                new Kolom("Afgerond", 10), new Kolom("Van toepassing", 10), new Kolom("Op " + tekst(o.sinds()) + " (%)", 14),
                new Kolom("Verschil", 10), new Kolom("Te laat nu", 10), new Kolom("Te laat toen", 10));
        List<StuurgroepJson.Themavergelijking> rijen = new ArrayList<>(o.voortgang());
        rijen.add(o.totaal());
        stijl.kopRij(blad, 0, kolommen, new Kolominhoud().teksten(0, rijen, StuurgroepJson.Themavergelijking::themaNaam),
                true);
        int r = 1;
        for (StuurgroepJson.Themavergelijking t : rijen) {
            Row rij = blad.createRow(r++);
            Soort soort = t == o.totaal() ? Soort.THEMA : Soort.TEKST;
            stijl.tekst(rij, 0, t.themaNaam(), soort, null);
            stijl.getal(rij, 1, t.percentageNu(), Soort.GETAL, null);
            stijl.getal(rij, 2, t.afgerondNu(), Soort.GETAL, null);
            stijl.getal(rij, 3, t.toepasbaar(), Soort.GETAL, null);
            getalOfLeeg(rij, 4, t.percentageToen());
            getalOfLeeg(rij, 5, t.verschil());
            stijl.getal(rij, 6, t.teLaatNu(), Soort.GETAL, null);
            getalOfLeeg(rij, 7, t.teLaatToen());
        }
        Afdrukinstelling.pasToe(blad, plannaam, VOORTGANG, datum, 1);
    }

    private void getalOfLeeg(Row rij, int kolom, Integer waarde) {
        if (waarde == null) {
            stijl.tekst(rij, kolom, "–", Soort.TEKST, null);
        } else {
            stijl.getal(rij, kolom, waarde, Soort.GETAL, null);
        }
    }

    private void teLaat(Sheet blad, StuurgroepJson o) {
        List<StuurgroepJson.Actieregel> alle = o.teLaat().stream().flatMap(g -> g.acties().stream()).toList();
        List<Kolom> kolommen = List.of(new Kolom("Hoe laat", 14, 34), new Kolom("Actie", 20, 60),
                new Kolom("Thema", 12, 30), new Kolom("Deadline", 12), new Kolom("Dagen te laat", 9),
                new Kolom("Verantwoordelijke", 14, 30), new Kolom("Status", 9));
        stijl.kopRij(blad, 0, kolommen, new Kolominhoud().teksten(1, alle, StuurgroepJson.Actieregel::actie)
                .teksten(2, alle, StuurgroepJson.Actieregel::themaNaam)
                .teksten(5, alle, StuurgroepJson.Actieregel::verantwoordelijke), true);
        int r = 1;
        for (StuurgroepJson.Laatgroep g : o.teLaat()) {
            for (StuurgroepJson.Actieregel a : g.acties()) {
                Row rij = blad.createRow(r++);
                stijl.tekst(rij, 0, g.naam(), Soort.TEKST, null);
                stijl.tekst(rij, 1, a.actie(), Soort.TEKST, null);
                stijl.tekst(rij, 2, a.themaNaam(), Soort.TEKST, null);
                stijl.datum(rij, 3, a.deadline(), null);
                stijl.getal(rij, 4, a.dagenTeLaat(), Soort.GETAL, null);
                stijl.tekst(rij, 5, a.verantwoordelijke(), Soort.TEKST, null);
                stijl.tekst(rij, 6, a.status().tekst(), Soort.TEKST, null);
            }
        }
        stijl.filter(blad, 0, Math.max(1, r - 1), kolommen.size());
        Afdrukinstelling.pasToe(blad, plannaam, TE_LAAT, datum, 1);
    }

    private void besluiten(Sheet blad, Besluitenrooster.Rooster rooster) {
        List<Kolom> kolommen = new ArrayList<>(List.of(new Kolom("Actie", 20, 50), new Kolom("Deadline", 12)));
        rooster.gemeenten().forEach(g -> kolommen.add(new Kolom(g, 16, 26)));
        stijl.kopRij(blad, 0, kolommen, new Kolominhoud().teksten(0, rooster.rijen(), Besluitenrooster.Rij::actie), true);
        int r = 1;
        for (Besluitenrooster.Rij b : rooster.rijen()) {
            Row rij = blad.createRow(r++);
            stijl.tekst(rij, 0, b.actie(), Soort.TEKST, null);
            stijl.datum(rij, 1, b.deadline(), null);
            for (int i = 0; i < b.cellen().size(); i++) {
                stijl.tekst(rij, 2 + i, cel(b.cellen().get(i)), Soort.TEKST, null);
            }
            stijl.pasHoogteAan(rij);
        }
        Afdrukinstelling.pasToe(blad, plannaam, BESLUITEN, datum, 1);
    }

    /** "gepland 10-12-2026, raad": the cell as the page shows it, in one line. */
    static String cel(Besluitenrooster.Cel c) {
        StringBuilder s = new StringBuilder(c.isGepland() ? "gepland" : c.status().tekst());
        if (c.datum() != null && !"uiterlijk".equals(c.datumSoort())) {
            s.append(' ').append(tekst(c.datum()));
        }
        if (c.orgaan() != null) {
            s.append(", ").append(c.orgaan());
        }
        if (c.vergaderingVoorbij()) {
            s.append(" (vergadering voorbij)");
        }
        return s.toString();
    }

    private void risicos(Sheet blad, StuurgroepJson o) {
        List<Risicoverloop.Verandering> alle = o.risicos();
        List<Kolom> kolommen = List.of(new Kolom("Nr.", 6), new Kolom("Risico", 20, 60), new Kolom("Verandering", 20, 50));
        stijl.kopRij(blad, 0, kolommen, new Kolominhoud().teksten(1, alle, Risicoverloop.Verandering::omschrijving)
                .teksten(2, alle, Risicoverloop.Verandering::tekst), true);
        int r = 1;
        for (Risicoverloop.Verandering v : alle) {
            Row rij = blad.createRow(r++);
            stijl.tekst(rij, 0, v.nummer(), Soort.TEKST, null);
            stijl.tekst(rij, 1, v.omschrijving(), Soort.TEKST, null);
            stijl.tekst(rij, 2, v.tekst(), Soort.TEKST, null);
        }
        Afdrukinstelling.pasToe(blad, plannaam, RISICOS, datum, 1);
    }

    private static String tekst(LocalDate dag) {
        return dag == null ? "" : dag.format(Werkboekstijl.DATUMTEKST);
    }
}
