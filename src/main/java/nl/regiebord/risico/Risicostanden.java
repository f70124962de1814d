package nl.regiebord.risico;

import jakarta.enterprise.context.ApplicationScoped;
import nl.regiebord.register.Standen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Writes and reads the {@link RisicoStand} rows from which the matrix of an earlier moment is rebuilt. */
@ApplicationScoped
public class Risicostanden extends Standen<Risico, RisicoStand> {

    /** Records the risk's current state when it differs from the last recorded one, and when it entered the matrix. */
    @Override
    public void leg(Risico r) {
        // no automatic flush before this read: the risk's pending change and inMatrixSinds go out in one update,
        // so its version rises once per change
        RisicoStand vorige = laatste(r);
        boolean wasInMatrix = vorige != null && Risico.inMatrix(vorige.kans, vorige.impact, vorige.status,
                vorige.clusterIn, vorige.verwijderd);
        if (vorige != null && r.inMatrix() && !wasInMatrix) {
            r.inMatrixSinds = LocalDate.now(klok);
        }
        leg(r, vorige);
    }

    @Override
    protected RisicoStand laatste(Risico r) {
        return RisicoStand.laatste(r.id);
    }

    @Override
    protected RisicoStand stand(Risico r) {
        RisicoStand stand = new RisicoStand();
        stand.risicoId = r.id;
        stand.kans = r.kans;
        stand.impact = r.impact;
        stand.restKans = r.restKans;
        stand.restImpact = r.restImpact;
        stand.status = r.status;
        stand.clusterIn = r.clusterIn;
        return stand;
    }

    @Override
    protected List<RisicoStand> totEnMet(Long planId, Instant moment) {
        return RisicoStand.totEnMet(planId, moment);
    }
}
