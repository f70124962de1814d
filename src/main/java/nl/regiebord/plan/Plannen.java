package nl.regiebord.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import java.util.function.Function;
import nl.regiebord.api.ApiFout;

/**
 * Finding a plan, or a record within a plan, with the API's answer when it does not exist. Whether the caller may
 * see the plan at all is decided before the endpoint runs, by {@code toegang.Toegangsfilter} (404 without a role).
 */
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

    /**
     * A record of a plan by its id: 404 when the plan does not exist, or the record does not or belongs to another.
     *
     * @param soort how the record is named in the message ("actie", "risico")
     */
    public static <T extends PanacheEntityBase> T vindIn(Long planId, Class<T> type, Long id, Function<T, Plan> planVan,
                                                        String soort) {
        Plan plan = vind(planId);
        T gevonden = id == null ? null : Plan.getEntityManager().find(type, id);
        if (gevonden == null || !planVan.apply(gevonden).id.equals(plan.id)) {
            throw ApiFout.nietGevonden("Plan " + planId + " heeft geen " + soort + " met id " + id + ".");
        }
        return gevonden;
    }
}
