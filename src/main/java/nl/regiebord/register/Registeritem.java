package nl.regiebord.register;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.regiebord.opslag.Rij;
import nl.regiebord.plan.Plan;

/**
 * An entry of a plan's register: it belongs to the plan, is deleted only by a mark (so it can be restored) and
 * is changed under optimistic locking. Each entry keeps its own table and id sequence.
 */
@MappedSuperclass
public abstract class Registeritem extends Rij {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    public boolean verwijderd;
    public Instant aangemaakt;

    @Version
    public long version;
}
