package nl.regiebord.stuurgroep;

import java.time.LocalDate;
import java.util.List;
import nl.regiebord.actie.ActieStatus;
import nl.regiebord.actie.Besluitenrooster;
import nl.regiebord.projectkaart.Mijlpaalverloop;
import nl.regiebord.risico.Risicoverloop;
import nl.regiebord.stakeholder.Stakeholderoverzicht;

/**
 * The stuurgroep's meeting view: what changed in the plan since a day ({@code sinds}, by default the last review),
 * and what needs its attention now.
 *
 * @param sindsBron why this day: "laatste vergadering", "laatste risicoreview", "vier weken terug", "aanmaak van het plan" or "gekozen"
 */
public record StuurgroepJson(Long planId, LocalDate sinds, String sindsBron, LocalDate vandaag,
                             List<Themavergelijking> voortgang, Themavergelijking totaal,
                             List<Actieregel> afgerondSinds, List<Actieregel> nieuwTeLaat, int aantalTeLaat,
                             List<Laatgroep> teLaat, List<Actieregel> komendeDeadlines,
                             Besluitenrooster.Rooster besluiten, List<Mijlpaalverloop.Verandering> mijlpalen,
                             List<Risicoverloop.Verandering> risicos, Stakeholderoverzicht.Overzicht stakeholders) {

    /** A theme's progress now and at {@code sinds}; the "toen" figures are null when the plan did not exist then. */
    public record Themavergelijking(String thema, String themaNaam, int percentageNu, Integer percentageToen,
                                   Integer verschil, int afgerondNu, Integer afgerondToen, int toepasbaar, int teLaatNu,
                                   Integer teLaatToen) {
    }

    /**
     * @param dagenTeLaat days past the deadline, for a late action
     * @param afgerondOp  the day it was completed, for one completed since
     */
    public record Actieregel(Long id, String actie, String themaNaam, LocalDate deadline, ActieStatus status,
                             String verantwoordelijke, Long dagenTeLaat, LocalDate afgerondOp) {
    }

    /** Late actions of about the same lateness: "tot een maand", …, "meer dan een jaar". */
    public record Laatgroep(String sleutel, String naam, int aantal, List<Actieregel> acties) {
    }
}
