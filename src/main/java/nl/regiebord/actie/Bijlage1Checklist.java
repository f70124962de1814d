package nl.regiebord.actie;

import java.util.ArrayList;
import java.util.List;
import nl.regiebord.export.Afdrukinstelling;
import nl.regiebord.export.Bladnamen;
import nl.regiebord.export.Keuzelijsten;
import nl.regiebord.export.Kolominhoud;
import nl.regiebord.export.Opmaak;
import nl.regiebord.export.Palet;
import nl.regiebord.export.Rijsleutel;
import nl.regiebord.export.Werkboekstijl.Kolom;
import nl.regiebord.export.Werkboekstijl.Soort;
import nl.regiebord.export.Werkboekstijl;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The checklist sheet: per theme a bold theme row, then its actions in the model's order, each followed by its
 * steps as indented rows with a box to tick. In a samenwerkingsverband one column per gemeente shows that
 * gemeente's decision. Each action row ends in the hidden {@link Rijsleutel} columns, so a filled-in checklist can
 * be imported again; theme and step rows leave them empty. Rows are written top to bottom only, so the sheet can
 * stream.
 */
public final class Bijlage1Checklist {

    public static final String BLADNAAM = "Checklist";
    /** The headers of the columns an import reads back. */
    public static final String KOP_DEADLINE = "Deadline";
    public static final String KOP_STATUS = "Status";
    public static final String KOP_VERANTWOORDELIJKE = "Verantwoordelijke";
    public static final String KOP_TOELICHTING = "Toelichting";
    /** After the name of an action whose fase and name are Regiebord's own, not the model's; the cover explains. */
    public static final String EIGEN_AANVULLING = " (eigen aanvulling Regiebord)";
    public static final String TITEL = "Bijlage 1 – checklist";
    public static final String TE_LAAT = "te laat";
    public static final String AFGEVINKT = "✓";
    public static final String NIET_AFGEVINKT = "☐";
    public static final String STATUSLIJST = "Actiestatus";

    public static final int THEMA = 0;
    public static final int FASE = 1;
    public static final int ACTIE = 2;
    public static final int DEADLINE = 3;
    public static final int STATUS = 4;
    public static final int VERANTWOORDELIJKE = 5;
    public static final int TOELICHTING = 6;
    public static final int KOLOM_TE_LAAT = 7;
    public static final int KOLOM_AFGEVINKT = 8;
    public static final int EERSTE_GEMEENTE = 9;

    /**
     * At their widest, the columns of one gemeente's checklist print on the width of one landscape page at no less
     * than 85% ({@link Afdrukinstelling#MIN_SCHAAL}), so the box to tick stays beside its step; short and empty
     * columns leave room for the gemeenten's decisions ({@link Kolombreedte}). The fase and the header
     * "Verantwoordelijke" fit without breaking a word.
     */
    public static final List<Kolom> VASTE_KOLOMMEN = List.of(new Kolom("Thema", 8, 16), new Kolom("Fase", 8, 16),
            new Kolom("Actie", 20, 36), new Kolom(KOP_DEADLINE, 10), new Kolom(KOP_STATUS, 6, 10),
            new Kolom(KOP_VERANTWOORDELIJKE, 8, 17), new Kolom(KOP_TOELICHTING, 8, 32), new Kolom("Te laat", 6, 8),
            new Kolom("Afgevinkt", 9));
    private static final int GEMEENTEBREEDTE = 16;
    private final Werkboekstijl stijl;
    private final Keuzelijsten keuzelijsten;

    Bijlage1Checklist(Opmaak opmaak) {
        this.stijl = opmaak.stijl();
        this.keuzelijsten = opmaak.keuzelijsten();
    }

    /** The colour of an action's row: late in red, done in green, otherwise none. */
    public static Palet kleur(ActieStatus status, boolean teLaat) {
        return teLaat ? Palet.TE_LAAT : status == ActieStatus.AFGEROND ? Palet.AFGEROND : null;
    }

    void schrijf(Workbook werkmap, Bijlage1 bijlage) {
        Sheet blad = Bladnamen.maak(werkmap, BLADNAAM);
        List<String> gemeenten = bijlage.samenwerkingsverband() ? bijlage.gemeenten() : List.of();
        List<Kolom> kolommen = kolommen(gemeenten);
        int sleutel = kolommen.size();
        List<Kolom> metSleutel = new ArrayList<>(kolommen);
        metSleutel.addAll(Rijsleutel.KOLOMMEN);
        Rijsleutel.verberg(blad, sleutel);
        stijl.kopRij(blad, 0, metSleutel, inhoud(bijlage, gemeenten), true);
        int rijnummer = 1;
        String thema = null;
        for (ActieJson actie : bijlage.acties()) {
            if (!actie.thema().equals(thema)) {
                if (thema != null) {
                    blad.setRowBreak(rijnummer - 1);
                }
                thema = actie.thema();
                themaRij(blad.createRow(rijnummer++), actie.themaNaam(), kolommen.size());
            }
            Row actieRij = actieRij(blad.createRow(rijnummer++), actie, gemeenten);
            Rijsleutel.schrijf(stijl, actieRij, sleutel, actie.id(), actie.version());
            stijl.pasHoogteAan(actieRij);
            if (bijlage.stappen().toont(actie.status())) {
                for (ActieJson.StapJson stap : actie.stappen()) {
                    stijl.pasHoogteAan(stapRij(blad.createRow(rijnummer++), themaTekst(actie), stap, kolommen.size()));
                }
            }
        }
        int laatsteRij = Math.max(1, rijnummer - 1);
        stijl.filter(blad, 0, laatsteRij, kolommen.size());
        keuzelijsten.kolom(blad, STATUS, laatsteRij, STATUSLIJST, ActieStatus.class);
        Afdrukinstelling.pasToe(blad, bijlage.plannaam(), TITEL, bijlage.exportdatum(), 1);
    }

    private static List<Kolom> kolommen(List<String> gemeenten) {
        List<Kolom> kolommen = new ArrayList<>(VASTE_KOLOMMEN);
        gemeenten.forEach(g -> kolommen.add(new Kolom("Besluit " + g, 8, GEMEENTEBREEDTE)));
        return kolommen;
    }

    /** What the action and step rows will hold, per column, for the column widths. */
    private static Kolominhoud inhoud(Bijlage1 bijlage, List<String> gemeenten) {
        List<ActieJson> acties = bijlage.acties();
        Kolominhoud inhoud = new Kolominhoud()
                .teksten(THEMA, acties, Bijlage1Checklist::themaTekst)
                .teksten(FASE, acties, a -> a.fase().tekst())
                .teksten(ACTIE, acties, Bijlage1Checklist::actieTekst)
                .keuzes(STATUS, ActieStatus.class)
                .teksten(VERANTWOORDELIJKE, acties, ActieJson::verantwoordelijke)
                .teksten(TOELICHTING, acties, ActieJson::toelichting)
                .teksten(KOLOM_TE_LAAT, acties, a -> a.teLaat() ? TE_LAAT : null);
        for (ActieJson actie : acties) {
            if (bijlage.stappen().toont(actie.status())) {
                inhoud.teksten(ACTIE, actie.stappen(), Bijlage1Checklist::stapTekst);
            }
        }
        for (int i = 0; i < gemeenten.size(); i++) {
            String gemeente = gemeenten.get(i);
            inhoud.teksten(EERSTE_GEMEENTE + i, acties, a -> besluit(a, gemeente));
        }
        return inhoud;
    }

    private void themaRij(Row rij, String themaNaam, int kolommen) {
        stijl.tekst(rij, THEMA, themaNaam, Soort.THEMA, Palet.THEMA);
        stijl.band(rij, kolommen, Soort.THEMA, Palet.THEMA);
    }

    private Row actieRij(Row rij, ActieJson actie, List<String> gemeenten) {
        Palet kleur = kleur(actie.status(), actie.teLaat());
        stijl.tekst(rij, THEMA, themaTekst(actie), Soort.TEKST, kleur);
        stijl.tekst(rij, FASE, actie.fase().tekst(), Soort.TEKST, kleur);
        stijl.tekst(rij, ACTIE, actieTekst(actie), Soort.TEKST, kleur);
        stijl.datum(rij, DEADLINE, actie.deadline(), kleur);
        stijl.tekst(rij, STATUS, actie.status().tekst(), Soort.TEKST, kleur);
        stijl.tekst(rij, VERANTWOORDELIJKE, actie.verantwoordelijke(), Soort.TEKST, kleur);
        stijl.tekst(rij, TOELICHTING, actie.toelichting(), Soort.TEKST, kleur);
        stijl.tekst(rij, KOLOM_TE_LAAT, actie.teLaat() ? TE_LAAT : null, Soort.TEKST, kleur);
        stijl.tekst(rij, KOLOM_AFGEVINKT, null, Soort.VINK, kleur);
        for (int i = 0; i < gemeenten.size(); i++) {
            stijl.tekst(rij, EERSTE_GEMEENTE + i, besluit(actie, gemeenten.get(i)), Soort.TEKST, kleur);
        }
        return rij;
    }

    private Row stapRij(Row rij, String themaTekst, ActieJson.StapJson stap, int kolommen) {
        stijl.tekst(rij, THEMA, themaTekst, Soort.TEKST, null);
        stijl.tekst(rij, ACTIE, stapTekst(stap), Soort.STAP, null);
        stijl.tekst(rij, KOLOM_AFGEVINKT, stap.afgevinkt() ? AFGEVINKT : NIET_AFGEVINKT, Soort.VINK, null);
        stijl.band(rij, kolommen, Soort.TEKST, null);
        return rij;
    }

    private static String actieTekst(ActieJson actie) {
        return actie.eigenAanvulling() == null ? actie.actie() : actie.actie() + EIGEN_AANVULLING;
    }

    private static String stapTekst(ActieJson.StapJson stap) {
        StringBuilder tekst = new StringBuilder(stap.kop()).append(' ').append(stap.tekst());
        stap.punten().forEach(punt -> tekst.append("\n• ").append(punt));
        return tekst.toString();
    }

    /** "Beleid – Verordening": the part is needed, since texts like "inventariseren" recur in every part. */
    private static String themaTekst(ActieJson actie) {
        return actie.onderdeelNaam() == null ? actie.themaNaam() : actie.themaNaam() + " – " + actie.onderdeelNaam();
    }

    /** "besloten 12-10-2021"; empty for an action that needs no decision per gemeente. */
    private static String besluit(ActieJson actie, String gemeente) {
        if (actie.besluiten() == null) {
            return null;
        }
        return actie.besluiten().stream().filter(b -> b.gemeente().equals(gemeente)).findFirst()
                .map(b -> b.status().tekst() + (b.datum() == null ? "" : " " + Werkboekstijl.DATUMTEKST.format(b.datum())))
                .orElse(null);
    }
}
