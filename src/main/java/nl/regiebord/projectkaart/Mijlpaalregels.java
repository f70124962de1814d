package nl.regiebord.projectkaart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import nl.regiebord.api.Invoer;

/**
 * Reads a milestone from a request and checks the rule of step 3: a postponed milestone needs the new date,
 * later than the first, and the reason; a milestone still as planned has neither.
 */
final class Mijlpaalregels {

    static final Set<String> SCHRIJFBAAR = Set.of("omschrijving", "datum", "status", "nieuweDatum", "reden");
    /** A change may also move the milestone: its place in the list, from 1. A new one goes last. */
    static final Set<String> SCHRIJFBAAR_BIJ_WIJZIGEN = Set.of("omschrijving", "datum", "status", "nieuweDatum",
            "reden", "volgorde");
    static final Set<String> ALLEEN_LEZEN = Set.of("id", "verwachteDatum", "teLaat");
    static final Set<String> ALLEEN_LEZEN_BIJ_NIEUW = Set.of("id", "verwachteDatum", "teLaat", "volgorde");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** @param volgorde the new place in the list; null: where it is */
    record Gegevens(String omschrijving, LocalDate datum, Mijlpaalstatus status, LocalDate nieuweDatum,
                    String reden, Integer volgorde) {
    }

    private Mijlpaalregels() {
    }

    /** A new milestone; without a status it is gepland. Refused with every field error at once. */
    static Gegevens nieuw(Invoer m) {
        m.alleen(SCHRIJFBAAR, Invoer.metVersie(ALLEEN_LEZEN_BIJ_NIEUW));
        String omschrijving = m.tekst("omschrijving", true, Mijlpaal.MAX_OMSCHRIJVING);
        LocalDate datum = m.datum("datum", true);
        Mijlpaalstatus status = m.keuze("status", Mijlpaalstatus.class, false);
        LocalDate nieuweDatum = m.datum("nieuweDatum", false);
        String reden = m.tekst("reden", false, Mijlpaal.MAX_REDEN);
        Gegevens gegevens = new Gegevens(omschrijving, datum, status == null ? Mijlpaalstatus.GEPLAND : status,
                nieuweDatum, reden, null);
        controleerSamenhang(m, gegevens);
        m.controleer();
        return gegevens;
    }

    /**
     * A change (merge patch): absent fields keep their value; the rule holds for the result.
     *
     * @param aantal how many milestones the card has, the last place one can move to
     */
    static Gegevens gewijzigd(Invoer m, Mijlpaal huidig, int aantal) {
        m.alleen(SCHRIJFBAAR_BIJ_WIJZIGEN, ALLEEN_LEZEN);
        String omschrijving = m.heeft("omschrijving")
                ? m.tekst("omschrijving", true, Mijlpaal.MAX_OMSCHRIJVING) : huidig.omschrijving;
        LocalDate datum = m.heeft("datum") ? m.datum("datum", true) : huidig.datum;
        Mijlpaalstatus status = m.heeft("status") ? m.keuze("status", Mijlpaalstatus.class, true) : huidig.status;
        LocalDate nieuweDatum = m.heeft("nieuweDatum") ? m.datum("nieuweDatum", false) : huidig.nieuweDatum;
        String reden = m.heeft("reden") ? m.tekst("reden", false, Mijlpaal.MAX_REDEN) : huidig.reden;
        Long volgorde = m.heeft("volgorde") ? m.getal("volgorde", true) : null;
        if (volgorde != null && (volgorde < 1 || volgorde > aantal)) {
            m.fout("volgorde", "moet tussen 1 en " + aantal + " liggen: de plaats in de lijst van mijlpalen");
            volgorde = null;
        }
        Gegevens gegevens = new Gegevens(omschrijving, datum, status, nieuweDatum, reden,
                volgorde == null ? null : volgorde.intValue());
        controleerSamenhang(m, gegevens);
        m.controleer();
        return gegevens;
    }

    private static void controleerSamenhang(Invoer m, Gegevens g) {
        if (g.status() == Mijlpaalstatus.UITGESTELD) {
            if (g.nieuweDatum() == null) {
                m.fout("nieuweDatum", "is verplicht als de mijlpaal is uitgesteld: de datum waarop hij nu af moet zijn");
            } else if (g.datum() != null && !g.nieuweDatum().isAfter(g.datum())) {
                m.fout("nieuweDatum", "moet na de oorspronkelijke datum " + DATUM.format(g.datum()) + " liggen");
            }
            if (g.reden() == null) {
                m.fout("reden", "is verplicht als de mijlpaal is uitgesteld: waarom schuift hij op?");
            }
        } else if (g.status() == Mijlpaalstatus.GEPLAND) {
            if (g.nieuweDatum() != null) {
                m.fout("nieuweDatum", "hoort alleen bij een uitgestelde (of daarna behaalde) mijlpaal; maak het leeg "
                        + "of kies status uitgesteld");
            }
            if (g.reden() != null) {
                m.fout("reden", "hoort alleen bij een uitgestelde (of daarna behaalde) mijlpaal; maak het leeg of "
                        + "kies status uitgesteld");
            }
        }
    }
}
