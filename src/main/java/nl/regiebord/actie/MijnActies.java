package nl.regiebord.actie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.regiebord.modelplan.Modelcatalogus;

/**
 * The actions a user is verantwoordelijke for, across every plan they are a member of, still to be done:
 * late ones first, then by deadline.
 */
@ApplicationScoped
public class MijnActies {

    /** One action in the list, with the plan it belongs to. */
    public record MijnActie(Long planId, String plan, Long id, String thema, String themaNaam, String actie,
                            LocalDate deadline, ActieStatus status, boolean teLaat, long version) {
    }

    @Inject
    Modelcatalogus catalogus;
    @Inject
    Clock klok;

    public List<MijnActie> van(long gebruikerId) {
        LocalDate vandaag = LocalDate.now(klok);
        List<PlanActie> acties = PlanActie.vanVerantwoordelijke(gebruikerId,
                List.of(ActieStatus.OPEN, ActieStatus.BEZIG));
        return acties.stream()
                .map(a -> new MijnActie(a.plan.id, a.plan.naam, a.id, a.thema, catalogus.themaNaam(a.thema), a.actie,
                        a.deadline(), a.status, a.isTeLaat(vandaag), a.version))
                .sorted(Comparator.comparing((MijnActie a) -> !a.teLaat())
                        .thenComparing(MijnActie::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(MijnActie::plan).thenComparing(MijnActie::id))
                .toList();
    }
}
