package nl.regiebord.modelplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.regiebord.opslag.Rij;

/** One of the five links of the inburgeringsketen (ch. 1) with the municipality's role in it. */
@Entity
@Table(name = "keten_schakel")
@SequenceGenerator(sequenceName = "keten_schakel_seq")
public class Schakel extends Rij {

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
