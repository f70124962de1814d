package nl.regiebord.stakeholder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Writes and reads the {@link StakeholderStand} rows from which the grid of an earlier moment is rebuilt. */
@ApplicationScoped
public class Stakeholderstanden {

    @Inject
    Clock klok;

    /** Records the stakeholder's grid state when it differs from the last recorded one. */
    public void leg(Stakeholder s) {
        StakeholderStand vorige = StakeholderStand.<StakeholderStand>find(
                        "stakeholderId = ?1 order by tijdstip desc, id desc", s.id)
                .withHint("org.hibernate.flushMode", "COMMIT").firstResult();
        if (vorige != null && vorige.belang == s.belang && vorige.invloed == s.invloed
                && Objects.equals(vorige.samengevoegdIn, s.samengevoegdIn) && vorige.verwijderd == s.verwijderd) {
            return;
        }
        StakeholderStand stand = new StakeholderStand();
        stand.planId = s.plan.id;
        stand.stakeholderId = s.id;
        stand.tijdstip = Instant.now(klok);
        stand.belang = s.belang;
        stand.invloed = s.invloed;
        stand.samengevoegdIn = s.samengevoegdIn;
        stand.verwijderd = s.verwijderd;
        stand.persist();
    }

    /** Per stakeholder of the plan, its state at the moment (the last row up to and including it). */
    public Map<Long, StakeholderStand> op(Long planId, Instant moment) {
        List<StakeholderStand> rijen = StakeholderStand.list(
                "planId = ?1 and tijdstip <= ?2 order by tijdstip, id", planId, moment);
        Map<Long, StakeholderStand> laatste = new HashMap<>();
        rijen.forEach(s -> laatste.put(s.stakeholderId, s));
        return laatste;
    }

    /** The end of a day in the service's time zone: a peildatum includes everything that happened on it. */
    public Instant eindVan(LocalDate dag) {
        return dag.plusDays(1).atStartOfDay(klok.getZone()).toInstant().minusNanos(1000);
    }
}
