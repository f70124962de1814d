package nl.regiebord.risico;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;

/** A risk's place as the review froze it; never changed afterwards. */
@Entity
@Table(name = "risicoreview_positie")
public class Risicoreviewpositie extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "risicoreview_positie_seq")
    @SequenceGenerator(name = "risicoreview_positie_seq", sequenceName = "risicoreview_positie_seq", allocationSize = 50)
    public Long id;

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

    /** The risks' places as the review froze them, by risk. */
    static List<Risicoreviewpositie> van(Risicoreview review) {
        return list("reviewId = ?1 order by risicoId", review.id);
    }
}
