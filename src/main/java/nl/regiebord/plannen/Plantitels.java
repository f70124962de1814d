package nl.regiebord.plannen;

import jakarta.enterprise.context.ApplicationScoped;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.Onderwerptitels;
import nl.regiebord.plan.Plan;

import java.util.Collection;
import java.util.Map;

/** Names changed plans in the recent changes by their name. */
@ApplicationScoped
public class Plantitels implements Onderwerptitels {

    @Override
    public String onderwerp() {
        return Historie.PLAN;
    }

    @Override
    public Map<Long, String> titels(Collection<Long> ids) {
        return Plan.namen(ids);
    }
}
