package nl.regiebord.actie;

import java.time.LocalDate;
import java.util.List;
import nl.regiebord.export.Afdrukinstelling;
import nl.regiebord.export.Bladnamen;
import nl.regiebord.export.Kolominhoud;
import nl.regiebord.export.Palet;
import nl.regiebord.export.Werkboekstijl.Kolom;
import nl.regiebord.export.Werkboekstijl.Soort;
import nl.regiebord.export.Werkboekstijl;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The cover sheet: which plan, which gemeenten, which dates, and how far each theme is. */
public final class Bijlage1Voorblad {

    public static final String BLADNAAM = "Voorblad";
    public static final String TITEL = "Bijlage 1 – checklist Model Plan van Aanpak Wet inburgering";
    public static final int EERSTE_VOORTGANGSRIJ = 10;

    private static final List<Kolom> VOORTGANG = List.of(new Kolom("Thema", 16, 34), new Kolom("Acties", 6, 12),
            new Kolom("Open", 6, 9), new Kolom("Bezig", 6, 9), new Kolom("Afgerond", 6, 10), new Kolom("Nvt", 6, 9),
            new Kolom("% afgerond", 6, 11), new Kolom("Te laat", 6, 9), new Kolom("Volgende deadline", 14));

    private final Werkboekstijl stijl;
    private final String titel;

    Bijlage1Voorblad(Werkboekstijl stijl, String titel) {
        this.stijl = stijl;
        this.titel = titel;
    }

    void schrijf(Workbook werkmap, Bijlage1 bijlage) {
        Sheet blad = Bladnamen.maak(werkmap, BLADNAAM);
        stijl.tekst(blad.createRow(0), 0, titel, Soort.TITEL, null);
        gegeven(blad, 2, "Plan", bijlage.plannaam());
        gegeven(blad, 3, bijlage.samenwerkingsverband() ? "Gemeenten" : "Gemeente", String.join(", ", bijlage.gemeenten()));
        datum(blad, 4, "Inwerkingtreding", bijlage.inwerkingtreding());
        datum(blad, 5, "Exportdatum", bijlage.exportdatum());
        gegeven(blad, 6, "Modelversie", bijlage.modelversie());
        gegeven(blad, 7, "Stappen", bijlage.stappen().omschrijving() + " (?stappen=" + bijlage.stappen().tekst() + ")");

        stijl.tekst(blad.createRow(8), 0, "Voortgang per thema", Soort.LABEL, null);
        Kolominhoud themas = new Kolominhoud().teksten(0, bijlage.voortgang(), ThemaVoortgang::themaNaam)
                .tekst(0, bijlage.totaal().themaNaam());
        stijl.kopRij(blad, EERSTE_VOORTGANGSRIJ - 1, VOORTGANG, themas, false);
        int rijnummer = EERSTE_VOORTGANGSRIJ;
        for (ThemaVoortgang thema : bijlage.voortgang()) {
            stijl.pasHoogteAan(voortgang(blad.createRow(rijnummer++), thema, Soort.TEKST, null));
        }
        voortgang(blad.createRow(rijnummer++), bijlage.totaal(), Soort.THEMA, Palet.THEMA);
        stijl.tekst(blad.createRow(rijnummer + 1), 0,
                "% afgerond: afgeronde acties van de acties die van toepassing zijn (nvt telt niet mee).", Soort.NOOT,
                null);
        stijl.tekst(blad.createRow(rijnummer + 2), 0, "Acties met '" + Bijlage1Checklist.EIGEN_AANVULLING.strip()
                + "' staan zo niet in het model: § 2.5 (voorlichting en communicatie) heeft geen tijdtafel. Fase en "
                + "actienaam zijn van Regiebord; het model geeft alleen de stappen eronder.", Soort.NOOT, null);
        Afdrukinstelling.pasToe(blad, bijlage.plannaam(), titel, bijlage.exportdatum(), 0);
    }

    private void gegeven(Sheet blad, int rijnummer, String label, String waarde) {
        Row rij = blad.createRow(rijnummer);
        stijl.tekst(rij, 0, label, Soort.LABEL, null);
        // no spreadsheet fits a merged cell's height to wrapped text; it is measured over the merged width
        stijl.samengevoegd(rij, 1, VOORTGANG.size() - 1, waarde, Soort.WAARDE, null);
    }

    private void datum(Sheet blad, int rijnummer, String label, LocalDate datum) {
        Row rij = blad.createRow(rijnummer);
        stijl.tekst(rij, 0, label, Soort.LABEL, null);
        stijl.datum(rij, 1, datum, Soort.WAARDEDATUM, null);
    }

    private Row voortgang(Row rij, ThemaVoortgang thema, Soort soort, Palet kleur) {
        Soort getal = soort == Soort.THEMA ? Soort.THEMA : Soort.GETAL;
        stijl.tekst(rij, 0, thema.themaNaam(), soort, kleur);
        stijl.getal(rij, 1, thema.totaal(), getal, kleur);
        stijl.getal(rij, 2, thema.perStatus().get(ActieStatus.OPEN.tekst()), getal, kleur);
        stijl.getal(rij, 3, thema.perStatus().get(ActieStatus.BEZIG.tekst()), getal, kleur);
        stijl.getal(rij, 4, thema.afgerond(), getal, kleur);
        stijl.getal(rij, 5, thema.perStatus().get(ActieStatus.NVT.tekst()), getal, kleur);
        stijl.getal(rij, 6, thema.percentageAfgerond() / 100.0, Soort.PERCENTAGE, kleur);
        stijl.getal(rij, 7, thema.teLaat(), getal, kleur);
        stijl.datum(rij, 8, thema.volgendeDeadline(), kleur);
        return rij;
    }
}
