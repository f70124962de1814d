package nl.regiebord.modelplan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One of the five links of the inburgeringsketen (ch. 1) with the municipality's role in it. */
@Entity
@Table(name = "keten_schakel")
public class Schakel extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "keten_schakel_seq")
    @SequenceGenerator(name = "keten_schakel_seq", sequenceName = "keten_schakel_seq", allocationSize = 50)
    public Long id;

    public int nummer;
    public String naam;
    @Column(length = 4000)
    public String omschrijving;
    @Column(length = 2000)
    public String rolGemeente;
    /** The municipality's tasks, one per line. */
    @Column(length = 4000)
    public String taken;

    /** Every link of the chain, by number. */
    public static java.util.List<Schakel> opVolgorde() {
        return list("order by nummer");
    }
}
