package nl.regiebord.plan;

import nl.regiebord.api.ApiFout;

/** Finding a plan, with the API's answer when it does not exist. */
public final class Plannen {

    private Plannen() {
    }

    public static Plan vind(Long id) {
        Plan plan = id == null ? null : Plan.findById(id);
        if (plan == null) {
            throw ApiFout.nietGevonden("Er is geen plan met nummer " + id + ".");
        }
        return plan;
    }
}
