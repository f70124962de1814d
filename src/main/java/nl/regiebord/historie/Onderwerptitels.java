package nl.regiebord.historie;

import java.util.Collection;
import java.util.Map;

/**
 * How the recent changes name what was changed: each feature that records changes of its records names them
 * here (the action, the risk …), so the history finds the names through CDI without knowing the features'
 * tables, which sit above it.
 */
public interface Onderwerptitels {

    /** The subject whose records this names: {@link Historie#ACTIE}, … */
    String onderwerp();

    /** The names of these records, by id, in one query; an id that names nothing is left out. */
    Map<Long, String> titels(Collection<Long> ids);
}
