package nl.regiebord.seed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Which version of the seed data is in the database, and a fingerprint of its files. */
@Entity
@Table(name = "seed_versie")
public class SeedVersie extends PanacheEntityBase {

    /** There is one row. */
    @Id
    public Long id;
    public String versie;
    public String bron;
    public String vingerafdruk;
    public Instant geladenOp;
}
