package nl.regiebord.projectkaart;

import java.math.BigDecimal;
import java.util.List;
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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * The projectkaarten workbook: an overview sheet with per theme its cards (a theme without one is flagged), then
 * one sheet per card laid out in the model's four steps, its milestones with real dates and a status dropdown.
 */
public final class Kaartwerkmap {

    static final String OVERZICHT = "Projectkaarten";
    static final String GEEN_KAART = "geen projectkaart";
    static final List<Kolom> OVERZICHTKOLOMMEN = List.of(new Kolom("Thema", 10, 22), new Kolom("Projectkaart", 12, 32),
            new Kolom("Projectmanager", 8, 20), new Kolom("Projectleider", 8, 20), new Kolom("Volledig", 10),
            new Kolom("Nog leeg", 8, 40), new Kolom("Mijlpalen behaald", 11), new Kolom("Mijlpalen", 11),
            new Kolom("Volgende mijlpaal", 8, 30), new Kolom("Datum volgende mijlpaal", 13));
    /** A card sheet is one table: a part and its text, or a milestone with its dates and status. */
    static final List<Kolom> KAARTKOLOMMEN = List.of(new Kolom("Onderdeel", 26), new Kolom("Inhoud", 70),
            new Kolom("Datum", 12), new Kolom("Status", 6, 12), new Kolom("Nieuwe datum", 13));
    static final int DATUM = 2;
    static final int STATUS = 3;
    static final int NIEUWE_DATUM = 4;
    static final String STATUSLIJST = "Mijlpaalstatus";

    private final Werkboekstijl stijl;
    private final Keuzelijsten keuzelijsten;

    private Kaartwerkmap(Opmaak opmaak) {
        this.stijl = opmaak.stijl();
        this.keuzelijsten = opmaak.keuzelijsten();
    }

    static void schrijf(Workbook werkmap, Kaartexport.Gegevens gegevens) {
        Opmaak opmaak = Opmaak.van(werkmap);
        schrijf(opmaak, gegevens);
        opmaak.rondAf();
    }

    /** The overview and a sheet per card, into a workbook that may hold more. */
    public static void schrijf(Opmaak opmaak, Kaartexport.Gegevens gegevens) {
        Kaartwerkmap kaartwerkmap = new Kaartwerkmap(opmaak);
        kaartwerkmap.overzicht(opmaak.werkmap(), gegevens);
        for (KaartJson kaart : gegevens.kaarten()) {
            kaartwerkmap.kaart(opmaak.werkmap(), kaart, gegevens);
        }
    }

    /** The colour of a milestone's row: late in red, behaald in green, otherwise none. */
    public static Palet kleur(Mijlpaalstatus status, boolean teLaat) {
        return teLaat ? Palet.TE_LAAT : status == Mijlpaalstatus.BEHAALD ? Palet.AFGEROND : null;
    }

    private void overzicht(Workbook werkmap, Kaartexport.Gegevens gegevens) {
        Sheet blad = Bladnamen.maak(werkmap, OVERZICHT);
        List<KaartJson> kaarten = gegevens.kaarten();
        Kolominhoud inhoud = new Kolominhoud().teksten(0, gegevens.themas(), Kaartoverzicht.Thema::themaNaam)
                .tekst(1, GEEN_KAART).teksten(1, kaarten, KaartJson::titel)
                .teksten(2, kaarten, KaartJson::projectmanager).teksten(3, kaarten, KaartJson::projectleider)
                .teksten(5, kaarten, k -> String.join(", ", Kaartweergave.ontbrekend(k)))
                .teksten(8, kaarten, k -> k.voortgang().volgendeMijlpaal() == null ? null
                        : k.voortgang().volgendeMijlpaal().omschrijving());
        stijl.kopRij(blad, 0, OVERZICHTKOLOMMEN, inhoud, true);
        int rijnummer = 1;
        for (Kaartoverzicht.Thema thema : gegevens.themas()) {
            if (thema.zonderKaart()) {
                Row rij = blad.createRow(rijnummer++);
                stijl.tekst(rij, 0, thema.themaNaam(), Soort.TEKST, Palet.TE_LAAT);
                stijl.tekst(rij, 1, GEEN_KAART, Soort.TEKST, Palet.TE_LAAT);
                stijl.band(rij, OVERZICHTKOLOMMEN.size(), Soort.TEKST, Palet.TE_LAAT);
                stijl.pasHoogteAan(rij);
                continue;
            }
            for (Kaartoverzicht.Kaart k : thema.kaarten()) {
                KaartJson kaart = gegevens.kaarten().stream().filter(j -> j.id().equals(k.id())).findFirst().orElseThrow();
                Row rij = blad.createRow(rijnummer++);
                Palet kleur = kaart.ontbreekt().isEmpty() ? Palet.AFGEROND : null;
                stijl.tekst(rij, 0, thema.themaNaam(), Soort.TEKST, kleur);
                stijl.tekst(rij, 1, kaart.titel(), Soort.TEKST, kleur);
                stijl.tekst(rij, 2, kaart.projectmanager(), Soort.TEKST, kleur);
                stijl.tekst(rij, 3, kaart.projectleider(), Soort.TEKST, kleur);
                stijl.getal(rij, 4, kaart.volledig() / 100.0, Soort.PERCENTAGE, kleur);
                stijl.tekst(rij, 5, String.join(", ", Kaartweergave.ontbrekend(kaart)), Soort.TEKST, kleur);
                stijl.getal(rij, 6, kaart.voortgang().mijlpalenBehaald(), Soort.GETAL, kleur);
                stijl.getal(rij, 7, kaart.voortgang().mijlpalenTotaal(), Soort.GETAL, kleur);
                MijlpaalJson volgende = kaart.voortgang().volgendeMijlpaal();
                stijl.tekst(rij, 8, volgende == null ? null : volgende.omschrijving(), Soort.TEKST, kleur);
                stijl.datum(rij, 9, volgende == null ? null : volgende.verwachteDatum(), kleur);
                stijl.pasHoogteAan(rij);
            }
        }
        stijl.filter(blad, 0, Math.max(1, rijnummer - 1), OVERZICHTKOLOMMEN.size());
        Afdrukinstelling.pasToe(blad, gegevens.plannaam(), "Projectkaarten", gegevens.exportdatum(), 1);
    }

    private void kaart(Workbook werkmap, KaartJson kaart, Kaartexport.Gegevens gegevens) {
        Sheet blad = Bladnamen.maak(werkmap, kaart.titel());
        stijl.kopRij(blad, 0, KAARTKOLOMMEN,
                new Kolominhoud().keuzes(STATUS, Mijlpaalstatus.class), true);
        Schrijver s = new Schrijver(blad, 1);
        s.band("Projectkaart " + kaart.themaNaam() + ": " + kaart.titel());
        s.percentage("Volledig", kaart.volledig() / 100.0);
        if (!kaart.ontbreekt().isEmpty()) {
            s.regel("Nog leeg", String.join(", ", Kaartweergave.ontbrekend(kaart)));
        }
        s.band("Stap 1 · Implementatie");
        s.regel("Projectmanager", kaart.projectmanager());
        s.regel("Projectleider", kaart.projectleider());
        s.band("Stap 2 · Omschrijving");
        s.regel("Aanleiding", kaart.aanleiding());
        s.regel("Doel", kaart.doel());
        s.regel("SMART", kaart.smart().stream().map(Keuzewaarde::tekst).collect(Collectors.joining(", ")));
        s.regel("Aanpak", kaart.aanpak());
        s.regel("Acties", kaart.acties().stream().map(a -> a.actie() + " (" + a.status().tekst() + ")")
                .collect(Collectors.joining("\n")));
        s.regel("Risico's en voorwaarden", kaart.risicosEnVoorwaarden());
        s.regel("Risico's uit het register", kaart.risicos().stream().map(r -> r.nummer() + " " + r.omschrijving())
                .collect(Collectors.joining("\n")));
        s.regel("Investering", kaart.investering());
        s.bedrag("Investering (euro)", kaart.investeringBedrag());
        s.band("Stap 3 · Mijlpalen");
        int eersteMijlpaal = s.rijnummer;
        for (MijlpaalJson m : kaart.mijlpalen()) {
            s.mijlpaal(m);
        }
        if (!kaart.mijlpalen().isEmpty()) {
            keuzelijsten.keuzelijst(blad, new CellRangeAddressList(eersteMijlpaal, s.rijnummer - 1, STATUS, STATUS),
                    STATUSLIJST, Keuzewaarde.toegestaan(Mijlpaalstatus.class));
        }
        s.band("Stap 4 · Verandering");
        s.regel("Inzetten", kaart.inzetten());
        s.regel("Informeren", kaart.informeren());
        s.regel("Verbeteren", kaart.verbeteren());
        s.regel("Betrekken", kaart.betrekken());
        s.regel("Borgen", kaart.borgen());
        Afdrukinstelling.pasToe(blad, gegevens.plannaam(), "Projectkaart " + kaart.titel(), gegevens.exportdatum(), 1);
    }

    /** Writes the rows of a card sheet from top to bottom, so the sheet can stream. */
    private final class Schrijver {
        private final Sheet blad;
        private int rijnummer;

        Schrijver(Sheet blad, int rijnummer) {
            this.blad = blad;
            this.rijnummer = rijnummer;
        }

        void band(String tekst) {
            Row rij = blad.createRow(rijnummer++);
            stijl.tekst(rij, 0, tekst, Soort.THEMA, Palet.THEMA);
            stijl.band(rij, KAARTKOLOMMEN.size(), Soort.THEMA, Palet.THEMA);
        }

        void regel(String onderdeel, String inhoud) {
            Row rij = blad.createRow(rijnummer++);
            stijl.tekst(rij, 0, onderdeel, Soort.TEKST, null);
            stijl.tekst(rij, 1, inhoud, Soort.TEKST, null);
            stijl.band(rij, KAARTKOLOMMEN.size(), Soort.TEKST, null);
            stijl.pasHoogteAan(rij);
        }

        void bedrag(String onderdeel, BigDecimal bedrag) {
            Row rij = blad.createRow(rijnummer++);
            stijl.tekst(rij, 0, onderdeel, Soort.TEKST, null);
            if (bedrag == null) {
                stijl.tekst(rij, 1, null, Soort.TEKST, null);
            } else {
                stijl.getal(rij, 1, bedrag.doubleValue(), Soort.BEDRAG, null);
            }
            stijl.band(rij, KAARTKOLOMMEN.size(), Soort.TEKST, null);
        }

        void percentage(String onderdeel, double fractie) {
            Row rij = blad.createRow(rijnummer++);
            stijl.tekst(rij, 0, onderdeel, Soort.TEKST, null);
            stijl.getal(rij, 1, fractie, Soort.PERCENTAGE, null);
            stijl.band(rij, KAARTKOLOMMEN.size(), Soort.TEKST, null);
        }

        void mijlpaal(MijlpaalJson m) {
            Row rij = blad.createRow(rijnummer++);
            Palet kleur = kleur(m.status(), m.teLaat());
            stijl.tekst(rij, 0, m.omschrijving(), Soort.TEKST, kleur);
            stijl.tekst(rij, 1, m.reden() == null ? (m.teLaat() ? "te laat" : null)
                    : "Reden van uitstel: " + m.reden() + (m.teLaat() ? " (te laat)" : ""), Soort.TEKST, kleur);
            stijl.datum(rij, DATUM, m.datum(), kleur);
            stijl.tekst(rij, STATUS, m.status().tekst(), Soort.TEKST, kleur);
            stijl.datum(rij, NIEUWE_DATUM, m.nieuweDatum(), kleur);
            stijl.pasHoogteAan(rij);
        }
    }
}
