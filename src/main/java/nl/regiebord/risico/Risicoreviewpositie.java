package nl.regiebord.risico;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import nl.regiebord.opslag.Rij;

/** A risk's place as the review froze it; never changed afterwards. */
@Entity
@Table(name = "risicoreview_positie")
@SequenceGenerator(sequenceName = "risicoreview_positie_seq")
public class Risicoreviewpositie extends Rij {

    public Long reviewId;
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

    /** Whether the risk stood in the matrix the review froze. */
    boolean inMatrix() {
        return Risico.inMatrix(kans, impact, status, clusterIn, false);
    }

    /** Where the risk stood in every review that froze it. */
    static List<Risicoreviewpositie> vanRisico(Long risicoId) {
        return list("risicoId", risicoId);
    }

    /** The risks' places as the review froze them, by risk. */
    static List<Risicoreviewpositie> van(Risicoreview review) {
        return list("reviewId = ?1 order by risicoId", review.id);
    }
}
