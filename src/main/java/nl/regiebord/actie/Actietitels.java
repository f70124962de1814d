package nl.regiebord.actie;

import jakarta.enterprise.context.ApplicationScoped;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.Onderwerptitels;

import java.util.Collection;
import java.util.Map;

/** Names changed actions in the recent changes by what they say. */
@ApplicationScoped
public class Actietitels implements Onderwerptitels {

    @Override
    public String onderwerp() {
        return Historie.ACTIE;
    }

    @Override
    public Map<Long, String> titels(Collection<Long> ids) {
        return PlanActie.namen(ids);
    }
}
