package nl.regiebord.register;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import nl.regiebord.opslag.Rij;

/**
 * What a register entry looked like for its grid from a moment on: written when it is created and whenever what
 * the grid shows of it changes; never changed afterwards. The grid of a peildatum is rebuilt from these rows.
 */
@MappedSuperclass
public abstract class Registerstand extends Rij {

    public Long planId;
    public Instant tijdstip;
    public boolean verwijderd;

    /** The id of the entry this is a stand of. */
    public abstract Long itemId();

    /** Whether {@code ander} shows the entry the same way in the grid (time and plan aside). */
    public abstract boolean zelfdeStand(Registerstand ander);
}
