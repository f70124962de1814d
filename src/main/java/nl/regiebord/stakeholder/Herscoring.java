package nl.regiebord.stakeholder;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import nl.regiebord.opslag.Rij;

/** One stakeholder scored in a herijking: the scores before and after, and why they changed. */
@Entity
@Table(name = "stakeholder_herscoring")
@SequenceGenerator(sequenceName = "stakeholder_herscoring_seq")
public class Herscoring extends Rij {

    public Long herijkingId;
    public Long stakeholderId;
    @Enumerated(EnumType.STRING)
    public Stakeholderniveau oudBelang;
    @Enumerated(EnumType.STRING)
    public Stakeholderniveau oudInvloed;
    @Enumerated(EnumType.STRING)
    public Stakeholderniveau belang;
    @Enumerated(EnumType.STRING)
    public Stakeholderniveau invloed;
    public String reden;

    public boolean isGewijzigd() {
        return oudBelang != belang || oudInvloed != invloed;
    }

    /** The herijking's scores, in the order they were given. */
    static List<Herscoring> van(Herijking herijking) {
        return list("herijkingId = ?1 order by id", herijking.id);
    }
}
