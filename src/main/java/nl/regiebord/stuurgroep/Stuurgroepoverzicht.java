package nl.regiebord.stuurgroep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.regiebord.actie.ActieWeergave;
import nl.regiebord.actie.Actiestand;
import nl.regiebord.actie.Actieverloop;
import nl.regiebord.actie.Besluitenrooster;
import nl.regiebord.actie.Laatheid;
import nl.regiebord.actie.PlanActie;
import nl.regiebord.actie.ThemaVoortgang;
import nl.regiebord.actie.Voortgangsberekening;
import nl.regiebord.modelplan.Modelcatalogus;
import nl.regiebord.plan.Plan;
import nl.regiebord.projectkaart.Mijlpaalverloop;
import nl.regiebord.risico.Risicoreview;
import nl.regiebord.risico.Risicostanden;
import nl.regiebord.risico.Risicoverloop;
import nl.regiebord.stakeholder.Stakeholderoverzicht;
import nl.regiebord.stuurgroep.StuurgroepJson.Actieregel;
import nl.regiebord.stuurgroep.StuurgroepJson.Laatgroep;
import nl.regiebord.stuurgroep.StuurgroepJson.Themavergelijking;

/**
 * Builds the meeting view from each feature's own account of what changed since a moment. The number of queries
 * does not grow with the plan's actions, risks or stakeholders.
 */
@ApplicationScoped
public class Stuurgroepoverzicht {

    static final int KOMENDE_WEKEN = 8;
    static final int STANDAARD_WEKEN_TERUG = 4;

    @Inject
    ActieWeergave weergave;
    @Inject
    Voortgangsberekening berekening;
    @Inject
    Actieverloop actieverloop;
    @Inject
    Besluitenrooster besluitenrooster;
    @Inject
    Mijlpaalverloop mijlpaalverloop;
    @Inject
    Risicoverloop risicoverloop;
    @Inject
    Risicostanden risicostanden;
    @Inject
    Stakeholderoverzicht stakeholderoverzicht;
    @Inject
    Modelcatalogus catalogus;

    /** @param sindsTekst {@code ?sinds=}, or empty for the default */
    public StuurgroepJson van(Plan plan, String sindsTekst) {
        LocalDate vandaag = weergave.vandaag();
        LocalDate gekozen = Sindsdatum.lees(sindsTekst, vandaag);
        String bron = "gekozen";
        LocalDate sinds = gekozen;
        Vergadering vergadering = sinds == null ? Vergadering.laatste(plan) : null;
        if (vergadering != null) {
            sinds = vergadering.datum;
            bron = "laatste vergadering";
        } else if (sinds == null) {
            Risicoreview review = Risicoreview.laatste(plan);
            if (review != null && !review.datum.isAfter(vandaag)) {
                sinds = review.datum;
                bron = "laatste risicoreview";
            } else {
                sinds = vandaag.minusWeeks(STANDAARD_WEKEN_TERUG);
                bron = "vier weken terug";
                LocalDate aangemaakt = plan.aangemaakt == null ? null
                        : plan.aangemaakt.atZone(zone()).toLocalDate();
                if (aangemaakt != null && aangemaakt.isAfter(sinds)) {
                    sinds = aangemaakt;
                    bron = "aanmaak van het plan";
                }
            }
        }
        Instant moment = risicostanden.eindVan(sinds);
        List<PlanActie> acties = weergave.acties(plan);
        Actieverloop.Verloop verloop = actieverloop.sinds(plan, acties, moment);
        boolean bestondToen = !verloop.toen().isEmpty() || acties.isEmpty();

        List<ThemaVoortgang> nu = berekening.perThema(acties, vandaag);
        List<ThemaVoortgang> toen = berekening.perThemaVan(acties, verloop.toen(), sinds);
        List<Themavergelijking> voortgang = new ArrayList<>();
        for (int i = 0; i < nu.size(); i++) {
            voortgang.add(vergelijk(nu.get(i), bestondToen ? toen.get(i) : null));
        }
        Themavergelijking totaal = vergelijk(berekening.totaal(acties, vandaag),
                bestondToen ? berekening.totaalVan(new ArrayList<>(verloop.toen().values()), sinds) : null);

        List<Actieregel> afgerond = acties.stream().filter(a -> verloop.afgerondOp().containsKey(a.id))
                .map(a -> regel(a, vandaag, verloop.afgerondOp().get(a.id).atZone(zone()).toLocalDate()))
                .sorted(Comparator.comparing(Actieregel::afgerondOp)).toList();
        List<PlanActie> laat = acties.stream().filter(a -> a.isTeLaat(vandaag)).toList();
        final LocalDate dagSinds = sinds;
        List<Actieregel> nieuwLaat = laat.stream().filter(a -> {
            Actiestand was = verloop.toen().get(a.id);
            return was == null || !was.isTeLaat(dagSinds);
        }).map(a -> regel(a, vandaag, null)).sorted(Comparator.comparing(Actieregel::deadline)).toList();
        List<Actieregel> komend = acties.stream()
                .filter(a -> !a.status.isKlaar() && a.deadline() != null && !a.deadline().isBefore(vandaag)
                        && !a.deadline().isAfter(vandaag.plusWeeks(KOMENDE_WEKEN)))
                .map(a -> regel(a, vandaag, null)).sorted(Comparator.comparing(Actieregel::deadline)).toList();

        return new StuurgroepJson(plan.id, sinds, bron, vandaag, voortgang, totaal, afgerond, nieuwLaat, laat.size(),
                groepeer(laat, vandaag), komend, besluitenrooster.van(plan, acties, vandaag),
                mijlpaalverloop.sinds(plan, moment), risicoverloop.sinds(plan, moment),
                stakeholderoverzicht.van(plan));
    }

    private static Themavergelijking vergelijk(ThemaVoortgang nu, ThemaVoortgang toen) {
        return new Themavergelijking(nu.thema(), nu.themaNaam(), nu.percentageAfgerond(),
                toen == null ? null : toen.percentageAfgerond(),
                toen == null ? null : nu.percentageAfgerond() - toen.percentageAfgerond(), nu.afgerond(),
                toen == null ? null : toen.afgerond(), nu.toepasbaar(), nu.teLaat(), toen == null ? null : toen.teLaat());
    }

    private List<Laatgroep> groepeer(List<PlanActie> laat, LocalDate vandaag) {
        List<Actieregel> regels = laat.stream().map(a -> regel(a, vandaag, null)).toList();
        return Laatheid.groepeer(regels, Actieregel::deadline, vandaag).stream()
                .map(g -> new Laatgroep(g.sleutel(), g.naam(), g.aantal(), g.items())).toList();
    }

    private Actieregel regel(PlanActie a, LocalDate vandaag, LocalDate afgerondOp) {
        Long dagen = a.isTeLaat(vandaag) ? Laatheid.dagen(a.deadline(), vandaag) : null;
        return new Actieregel(a.id, a.actie, catalogus.themaNaam(a.thema), a.deadline(), a.status,
                a.verantwoordelijke, dagen, afgerondOp);
    }

    private ZoneId zone() {
        return weergave.zone();
    }
}
