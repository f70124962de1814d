package nl.regiebord.register;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Writes and reads the stand rows of a register ({@code ?peildatum=} replay): a stand is written when an entry
 * differs from its last recorded one, and the register at a moment is the last stand of each entry up to it.
 *
 * @param <E> the entry
 * @param <S> its stand
 */
public abstract class Standen<E extends Registeritem, S extends Registerstand> {

    @Inject
    protected Clock klok;

    private final Function<E, S> laatste;
    private final Function<E, S> stand;
    private final BiFunction<Long, Instant, List<S>> totEnMet;

    /**
     * @param laatste  the entry's last recorded stand, or null; read without flushing the entry's pending change
     * @param stand    a new, unsaved stand of the entry as it is now (plan, time and deletion are filled in here)
     * @param totEnMet the plan's stands up to and including a moment, oldest first
     */
    protected Standen(Function<E, S> laatste, Function<E, S> stand, BiFunction<Long, Instant, List<S>> totEnMet) {
        this.laatste = laatste;
        this.stand = stand;
        this.totEnMet = totEnMet;
    }

    /** The entry's last recorded stand, or null. */
    protected S laatste(E item) {
        return laatste.apply(item);
    }

    /** Records the entry's current stand when it differs from the last recorded one. */
    public void leg(E item) {
        leg(item, laatste(item));
    }

    /** As {@link #leg(Registeritem)}, the last recorded stand read already. */
    protected void leg(E item, S vorige) {
        S stand = this.stand.apply(item);
        stand.planId = item.plan.id;
        stand.verwijderd = item.verwijderd;
        if (vorige != null && vorige.verwijderd == stand.verwijderd && vorige.zelfdeStand(stand)) {
            return;
        }
        stand.tijdstip = Instant.now(klok);
        stand.persist();
    }

    /**
     * Records the entry's stand as it is now, dated at an earlier {@code moment}: a decision of a meeting recorded
     * days later counts from the meeting, so the register as of that day shows it. The stand of now follows
     * through {@link #leg}, so what changed in between is not undone.
     */
    public void legPer(E item, Instant moment) {
        S stand = this.stand.apply(item);
        stand.planId = item.plan.id;
        stand.verwijderd = item.verwijderd;
        stand.tijdstip = moment;
        stand.persist();
    }

    /** Per entry of the plan, its stand at the moment (the last row up to and including it). */
    public Map<Long, S> op(Long planId, Instant moment) {
        Map<Long, S> laatste = new HashMap<>();
        totEnMet.apply(planId, moment).forEach(s -> laatste.put(s.itemId(), s));
        return laatste;
    }

    /** The entries that had a stand at the moment, each placed by {@code positie} from that stand. */
    public <P> List<P> posities(List<E> items, Instant moment, BiFunction<E, S, P> positie) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, S> stand = op(items.get(0).plan.id, moment);
        return items.stream().filter(i -> stand.containsKey(i.id))
                .map(i -> positie.apply(i, stand.get(i.id))).toList();
    }

    /** The end of a day in the service's time zone: a peildatum includes everything that happened on it. */
    public Instant eindVan(LocalDate dag) {
        return dag.plusDays(1).atStartOfDay(klok.getZone()).toInstant().minusNanos(1000);
    }
}
