package nl.regiebord.stakeholder;

import jakarta.enterprise.context.ApplicationScoped;
import nl.regiebord.register.Standen;

import java.time.Instant;
import java.util.List;

/** Writes and reads the {@link StakeholderStand} rows from which the grid of an earlier moment is rebuilt. */
@ApplicationScoped
public class Stakeholderstanden extends Standen<Stakeholder, StakeholderStand> {

    @Override
    protected StakeholderStand laatste(Stakeholder s) {
        return StakeholderStand.laatste(s.id);
    }

    @Override
    protected StakeholderStand stand(Stakeholder s) {
        StakeholderStand stand = new StakeholderStand();
        stand.stakeholderId = s.id;
        stand.belang = s.belang;
        stand.invloed = s.invloed;
        stand.samengevoegdIn = s.samengevoegdIn;
        return stand;
    }

    @Override
    protected List<StakeholderStand> totEnMet(Long planId, Instant moment) {
        return StakeholderStand.totEnMet(planId, moment);
    }
}
