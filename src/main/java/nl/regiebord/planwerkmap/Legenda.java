package nl.regiebord.planwerkmap;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import nl.regiebord.actie.ActieStatus;
import nl.regiebord.actie.Bijlage1Checklist;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.export.Afdrukinstelling;
import nl.regiebord.export.Bladnamen;
import nl.regiebord.export.Kolominhoud;
import nl.regiebord.export.Opmaak;
import nl.regiebord.export.Palet;
import nl.regiebord.export.Werkboekstijl.Kolom;
import nl.regiebord.export.Werkboekstijl.Soort;
import nl.regiebord.export.Werkboekstijl;
import nl.regiebord.product.Productenblad;
import nl.regiebord.product.Productstatus;
import nl.regiebord.projectkaart.Kaartwerkmap;
import nl.regiebord.projectkaart.Mijlpaalstatus;
import nl.regiebord.risico.Risicostatus;
import nl.regiebord.risico.Risicowerkmap;
import nl.regiebord.stakeholder.Stakeholderwerkmap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The legend of the plan workbook: the statuses of actions, products, milestones and risks in the colours the
 * sheets give them, how a risk is scored, and the stakeholder quadrants with their way of engagement. Everything
 * is read from the enums and rules in the code (and the colour rules of the sheets themselves), so the legend
 * cannot drift from what the sheets show.
 */
final class Legenda {

    static final String BLADNAAM = "Legenda";
    static final List<Kolom> KOLOMMEN = List.of(new Kolom("Waarde", 22), new Kolom("Betekenis", 60),
            new Kolom("", 40));

    private final Opmaak opmaak;
    private final Werkboekstijl stijl;

    private Legenda(Opmaak opmaak) {
        this.opmaak = opmaak;
        this.stijl = opmaak.stijl();
    }

    static void schrijf(Opmaak opmaak, String plannaam, LocalDate exportdatum) {
        new Legenda(opmaak).vul(Bladnamen.maak(opmaak.werkmap(), BLADNAAM), plannaam, exportdatum);
    }

    private void vul(Sheet blad, String plannaam, LocalDate exportdatum) {
        stijl.breedtes(blad, KOLOMMEN, new Kolominhoud());
        stijl.tekst(blad.createRow(0), 0, "Legenda", Soort.TITEL, null);
        int rij = statussen(blad, 2, "Status van een actie (Checklist)", ActieStatus.class,
                s -> Bijlage1Checklist.kleur(s, false),
                s -> s.isKlaar() ? "klaar: nooit te laat, telt niet als nog te doen" : null);
        rij = regel(blad, rij, Bijlage1Checklist.TE_LAAT, Bijlage1Checklist.kleur(ActieStatus.OPEN, true),
                "de deadline is verstreken en de status is niet " + klaar() + "; de kolom 'Te laat' zegt het ook");
        rij = statussen(blad, rij + 1, "Status van een product (Productenchecklist)", Productstatus.class,
                Productenblad::kleur, s -> null);
        rij = statussen(blad, rij + 1, "Status van een mijlpaal (projectkaarten)", Mijlpaalstatus.class,
                s -> Kaartwerkmap.kleur(s, false), s -> null);
        rij = regel(blad, rij, Bijlage1Checklist.TE_LAAT, Kaartwerkmap.kleur(Mijlpaalstatus.GEPLAND, true),
                "de verwachte datum is verstreken en de mijlpaal is niet behaald");
        rij = statussen(blad, rij + 1, "Status van een risico (Risicoregister)", Risicostatus.class, s -> null,
                s -> s.inMatrix() ? "staat in de risicomatrix" : "staat niet in de risicomatrix");
        rij = Risicowerkmap.legenda(opmaak, blad, rij + 1);
        Stakeholderwerkmap.legenda(opmaak, blad, rij + 1, KOLOMMEN.size() - 1);
        Afdrukinstelling.pasToe(blad, plannaam, BLADNAAM, exportdatum, 0);
    }

    /** A heading, a header row and a row per value in the colour the sheets give it; answers the next free row. */
    private <E extends Enum<E> & Keuzewaarde> int statussen(Sheet blad, int start, String titel, Class<E> soort,
                                                            Function<E, Palet> kleur, Function<E, String> betekenis) {
        stijl.tekst(blad.createRow(start), 0, titel, Soort.LABEL, null);
        Row kop = blad.createRow(start + 1);
        stijl.tekst(kop, 0, KOLOMMEN.get(0).titel(), Soort.KOP, Palet.KOP);
        stijl.tekst(kop, 1, KOLOMMEN.get(1).titel(), Soort.KOP, Palet.KOP);
        int rij = start + 2;
        for (E waarde : soort.getEnumConstants()) {
            rij = regel(blad, rij, waarde.tekst(), kleur.apply(waarde), betekenis.apply(waarde));
        }
        return rij;
    }

    private int regel(Sheet blad, int rijnummer, String waarde, Palet kleur, String betekenis) {
        Row rij = blad.createRow(rijnummer);
        stijl.tekst(rij, 0, waarde, Soort.TEKST, kleur);
        stijl.tekst(rij, 1, betekenis, Soort.TEKST, null);
        stijl.pasHoogteAan(rij);
        return rijnummer + 1;
    }

    /** "afgerond of nvt": the statuses {@link ActieStatus#isKlaar()} calls done. */
    private static String klaar() {
        return String.join(" of ", Arrays.stream(ActieStatus.values()).filter(ActieStatus::isKlaar)
                .map(ActieStatus::tekst).toList());
    }
}
