package nl.regiebord.risico;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import nl.regiebord.opslag.Rij;

/** What a review decided about one risk; a field left null was not decided on. */
@Entity
@Table(name = "risicoreview_besluit")
@SequenceGenerator(sequenceName = "risicoreview_besluit_seq")
public class Risicoreviewbesluit extends Rij {

    public Long reviewId;
    public Long risicoId;
    /** The beheersmaatregel as the stuurgroep adopted it. */
    @Column(length = Risico.MAX_MAATREGEL)
    public String maatregel;
    @Enumerated(EnumType.STRING)
    public Risiconiveau kans;
    @Enumerated(EnumType.STRING)
    public Risiconiveau impact;
    /** Why kans or impact changed. */
    @Column(length = 2000)
    public String reden;
    @Enumerated(EnumType.STRING)
    public Risicostatus status;

    /** What the reviews decided about the risk; at most one per review. */
    static List<Risicoreviewbesluit> vanRisico(Long risicoId) {
        return list("risicoId", risicoId);
    }

    /** The review's decisions, in the order they were taken. */
    static List<Risicoreviewbesluit> van(Risicoreview review) {
        return list("reviewId = ?1 order by id", review.id);
    }
}
