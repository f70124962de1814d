package nl.regiebord.actie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.regiebord.modelplan.Modelcatalogus;
import nl.regiebord.modelplan.Modelinhoud;
import nl.regiebord.plan.Plan;

/**
 * Builds what the API (and later the pages and exports) show of a plan's actions, with three queries per plan
 * however many actions it has.
 */
@ApplicationScoped
public class ActieWeergave {

    @Inject
    Modelcatalogus catalogus;
    @Inject
    Clock klok;

    public LocalDate vandaag() {
        return LocalDate.now(klok);
    }

    /** The service's time zone: the day a moment falls on. */
    public java.time.ZoneId zone() {
        return klok.getZone();
    }

    /** The plan's actions in the model's order: by theme, then the tijdtafel's order, own actions last. */
    public List<PlanActie> acties(Plan plan) {
        List<String> themas = catalogus.inhoud().themaSleutels();
        return PlanActie.vanPlan(plan).stream()
                .sorted(Comparator.comparingInt((PlanActie a) -> themas.indexOf(a.thema))
                        .thenComparingInt(a -> a.volgorde).thenComparingLong(a -> a.id))
                .toList();
    }

    public List<ActieJson> alsJson(Plan plan, List<PlanActie> acties) {
        Map<Long, List<PlanStap>> stappen = PlanStap.vanPlan(plan).stream()
                .collect(Collectors.groupingBy(s -> s.actie.id));
        Map<Long, List<Besluit>> besluiten = Besluit.vanPlan(plan).stream()
                .collect(Collectors.groupingBy(b -> b.actie.id));
        LocalDate vandaag = vandaag();
        return acties.stream().map(a -> json(a, stappen.getOrDefault(a.id, List.of()),
                besluiten.getOrDefault(a.id, List.of()), null, vandaag)).toList();
    }

    public ActieJson alsJson(PlanActie actie) {
        List<PlanStap> stappen = PlanStap.vanActie(actie);
        List<Besluit> besluiten = Besluit.vanActie(actie);
        List<String> aandachtspunten = catalogus.inhoud().thema(actie.thema)
                .map(t -> t.aandachtspuntenVoor(actie.onderdeel)).orElse(List.of());
        return json(actie, stappen, besluiten, aandachtspunten, vandaag());
    }

    private ActieJson json(PlanActie a, List<PlanStap> stappen, List<Besluit> besluiten, List<String> aandachtspunten,
                           LocalDate vandaag) {
        boolean perGemeente = a.vraagtBesluitPerGemeente();
        ActieJson.BesluitStand stand = null;
        if (perGemeente) {
            Besluitregel.Stand s = Besluitregel.stand(besluiten);
            stand = new ActieJson.BesluitStand(s.besloten(), s.totaal(), s.tekst(), s.nogOpen());
        }
        return new ActieJson(a.id, a.thema, catalogus.themaNaam(a.thema), a.onderdeel,
                catalogus.onderdeelNaam(a.thema, a.onderdeel), a.fase, a.actie, a.deadline(), a.modelStart,
                a.isDeadlineHandmatig(), a.modelDeadline, a.modelDeadlineTekst, a.status, a.verantwoordelijke,
                a.verantwoordelijkeId, a.toelichting, a.isTeLaat(vandaag), a.isEigen(),
                catalogus.eigenAanvulling(a.modelSleutel),
                stappen.stream().map(ActieJson.StapJson::van).toList(), stand,
                perGemeente ? besluiten.stream().map(ActieJson.BesluitJson::van).toList() : null,
                aandachtspunten, a.herkomst == null ? null : new ActieJson.Herkomst(a.herkomst, a.herkomstPad),
                a.version);
    }

    /** Whether an action's theme exists in the model. */
    public boolean bestaatThema(String thema) {
        return catalogus.inhoud().thema(thema).isPresent();
    }

    public Modelinhoud model() {
        return catalogus.inhoud();
    }
}
