package nl.regiebord.stakeholder;

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
 * Where a stakeholder stood in the grid from a moment on: written when it is created and whenever belang,
 * invloed, merging or deletion change; never changed afterwards. The grid as of a peildatum, and as it stood at
 * a herijking, is rebuilt from these rows.
 */
@Entity
@Table(name = "stakeholder_stand")
@SequenceGenerator(sequenceName = "stakeholder_stand_seq")
public class Stakeholderstand extends Registerstand {

    public Long stakeholderId;
    @Enumerated(EnumType.STRING)
    public Stakeholderniveau belang;
    @Enumerated(EnumType.STRING)
    public Stakeholderniveau invloed;
    public Long samengevoegdIn;

    /** For JPA. */
    public Stakeholderstand() {
    }

    /** The stakeholder's stand as it is now, not yet saved. */
    Stakeholderstand(Stakeholder x) {
        stakeholderId = x.id;
        belang = x.belang;
        invloed = x.invloed;
        samengevoegdIn = x.samengevoegdIn;
    }

    @Override
    public Long itemId() {
        return stakeholderId;
    }

    @Override
    public boolean zelfdeStand(Registerstand ander) {
        return ander instanceof Stakeholderstand s && s.belang == belang && s.invloed == invloed
                && Objects.equals(s.samengevoegdIn, samengevoegdIn);
    }

    /** The stakeholder's last stand, read without flushing its pending change. */
    static Stakeholderstand laatste(Long stakeholderId) {
        return Stakeholderstand.<Stakeholderstand>find("stakeholderId = ?1 order by tijdstip desc, id desc", stakeholderId)
                .withHint("org.hibernate.flushMode", "COMMIT").firstResult();
    }

    /** The plan's stands up to and including the moment, oldest first. */
    static List<Stakeholderstand> totEnMet(Long planId, Instant moment) {
        return list("planId = ?1 and tijdstip <= ?2 order by tijdstip, id", planId, moment);
    }
}
