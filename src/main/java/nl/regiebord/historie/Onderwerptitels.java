package nl.regiebord.historie;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/**
 * How the recent changes name what was changed: each feature that records changes of its records names them
 * here (the action, the risk …) with a bean that extends this one, so the history finds the names through CDI
 * without knowing the features' tables, which sit above it.
 */
public abstract class Onderwerptitels {

    private final String onderwerp;
    private final Function<Collection<Long>, Map<Long, String>> titels;

    /**
     * @param onderwerp the subject whose records this names: {@link Historie#ACTIE}, …
     * @param titels    the names of these records, by id, in one query; an id that names nothing is left out
     */
    protected Onderwerptitels(String onderwerp, Function<Collection<Long>, Map<Long, String>> titels) {
        this.onderwerp = onderwerp;
        this.titels = titels;
    }

    public String onderwerp() {
        return onderwerp;
    }

    public Map<Long, String> titels(Collection<Long> ids) {
        return titels.apply(ids);
    }
}
