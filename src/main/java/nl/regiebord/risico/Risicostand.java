package nl.regiebord.risico;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.regiebord.register.Registerstand;

/**
 * What a risk looked like for the matrix from a moment on: written when it is created and whenever kans,
 * impact, rest, status, cluster or deletion change; never changed afterwards. The matrix as of a peildatum or
 * as a review froze it is rebuilt from these rows.
 */
@Entity
@Table(name = "risico_stand")
@SequenceGenerator(sequenceName = "risico_stand_seq")
public class Risicostand extends Registerstand {

    public Long risicoId;
    @Enumerated(EnumType.STRING)
    public Risiconiveau kans;
    @Enumerated(EnumType.STRING)
    public Risiconiveau impact;
    @Enumerated(EnumType.STRING)
    public Risiconiveau restKans;
    @Enumerated(EnumType.STRING)
    public Risiconiveau restImpact;
    @Enumerated(EnumType.STRING)
    public Risicostatus status;
    public Long clusterIn;

    /** For JPA. */
    public Risicostand() {
    }

    /** The risico's stand as it is now, not yet saved. */
    Risicostand(Risico x) {
        risicoId = x.id;
        kans = x.kans;
        impact = x.impact;
        restKans = x.restKans;
        restImpact = x.restImpact;
        status = x.status;
        clusterIn = x.clusterIn;
    }

    @Override
    public Long itemId() {
        return risicoId;
    }

    @Override
    public boolean zelfdeStand(Registerstand ander) {
        return ander instanceof Risicostand s && s.kans == kans && s.impact == impact && s.restKans == restKans
                && s.restImpact == restImpact && s.status == status && Objects.equals(s.clusterIn, clusterIn);
    }

    /** The risk's last stand; no automatic flush before this read, so the risk's pending change goes out once. */
    static Risicostand laatste(Long risicoId) {
        return Risicostand.<Risicostand>find("risicoId = ?1 order by tijdstip desc, id desc", risicoId)
                .withHint("org.hibernate.flushMode", "COMMIT").firstResult();
    }

    /** The plan's stands up to and including the moment, oldest first. */
    static List<Risicostand> totEnMet(Long planId, Instant moment) {
        return list("planId = ?1 and tijdstip <= ?2 order by tijdstip, id", planId, moment);
    }
}
