package nl.regiebord.risico;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;

/** What a review decided about one risk; a field left null was not decided on. */
@Entity
@Table(name = "risicoreview_besluit")
public class Risicoreviewbesluit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "risicoreview_besluit_seq")
    @SequenceGenerator(name = "risicoreview_besluit_seq", sequenceName = "risicoreview_besluit_seq", allocationSize = 50)
    public Long id;

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

    /** The review's decisions, in the order they were taken. */
    static List<Risicoreviewbesluit> van(Risicoreview review) {
        return list("reviewId = ?1 order by id", review.id);
    }
}
