package nl.regiebord.risico;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The review intervals a plan chose, in months per kwalificatie; absent: the defaults of {@link Reviewplanning}. */
@Entity
@Table(name = "risico_cadans")
public class Risicocadans extends PanacheEntityBase {

    @Id
    public Long planId;
    public int hoogMaanden;
    public int middenMaanden;
    public int laagMaanden;

    @Version
    public long version;
}
