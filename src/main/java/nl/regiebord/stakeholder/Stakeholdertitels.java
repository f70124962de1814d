package nl.regiebord.stakeholder;

import jakarta.enterprise.context.ApplicationScoped;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.Onderwerptitels;

import java.util.Collection;
import java.util.Map;

/** Names changed stakeholders in the recent changes by their name. */
@ApplicationScoped
public class Stakeholdertitels implements Onderwerptitels {

    @Override
    public String onderwerp() {
        return Historie.STAKEHOLDER;
    }

    @Override
    public Map<Long, String> titels(Collection<Long> ids) {
        return Stakeholder.namen(ids);
    }
}
