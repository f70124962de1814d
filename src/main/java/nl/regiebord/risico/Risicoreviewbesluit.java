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

/** What a review decided about one risk; a field left null was not decided on. */
@Entity
@Table(name = "risicoreview_besluit")
public class RisicoreviewBesluit extends PanacheEntityBase {

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
    public Niveau kans;
    @Enumerated(EnumType.STRING)
    public Niveau impact;
    /** Why kans or impact changed. */
    @Column(length = 2000)
    public String reden;
    @Enumerated(EnumType.STRING)
    public RisicoStatus status;
}
