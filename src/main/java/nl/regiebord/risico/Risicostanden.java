package nl.regiebord.risico;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Writes and reads the {@link RisicoStand} rows from which the matrix of an earlier moment is rebuilt. */
@ApplicationScoped
public class Risicostanden {

    @Inject
    Clock klok;

    /** Records the risk's current state when it differs from the last recorded one, and when it entered the matrix. */
    public void leg(Risico r) {
        // no automatic flush before this read: the risk's pending change and inMatrixSinds go out in one update,
        // so its version rises once per change
        RisicoStand vorige = RisicoStand.<RisicoStand>find("risicoId = ?1 order by tijdstip desc, id desc", r.id)
                .withHint("org.hibernate.flushMode", "COMMIT").firstResult();
        boolean wasInMatrix = vorige != null && Risico.inMatrix(vorige.kans, vorige.impact, vorige.status,
                vorige.clusterIn, vorige.verwijderd);
        if (vorige != null && r.inMatrix() && !wasInMatrix) {
            r.inMatrixSinds = java.time.LocalDate.now(klok);
        }
        if (vorige != null && vorige.kans == r.kans && vorige.impact == r.impact && vorige.restKans == r.restKans
                && vorige.restImpact == r.restImpact && vorige.status == r.status
                && Objects.equals(vorige.clusterIn, r.clusterIn) && vorige.verwijderd == r.verwijderd) {
            return;
        }
        RisicoStand stand = new RisicoStand();
        stand.planId = r.plan.id;
        stand.risicoId = r.id;
        stand.tijdstip = Instant.now(klok);
        stand.kans = r.kans;
        stand.impact = r.impact;
        stand.restKans = r.restKans;
        stand.restImpact = r.restImpact;
        stand.status = r.status;
        stand.clusterIn = r.clusterIn;
        stand.verwijderd = r.verwijderd;
        stand.persist();
    }

    /** Per risk of the plan, its state at the moment (the last row up to and including it). */
    public Map<Long, RisicoStand> op(Long planId, Instant moment) {
        List<RisicoStand> rijen = RisicoStand.list("planId = ?1 and tijdstip <= ?2 order by tijdstip, id", planId, moment);
        Map<Long, RisicoStand> laatste = new HashMap<>();
        rijen.forEach(s -> laatste.put(s.risicoId, s));
        return laatste;
    }

    /** The end of a day in the service's time zone: a peildatum includes everything that happened on it. */
    public Instant eindVan(LocalDate dag) {
        return dag.plusDays(1).atStartOfDay(klok.getZone()).toInstant().minusNanos(1000);
    }
}
