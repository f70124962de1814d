package nl.regiebord.opslag;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row of its own table with a number from the table's sequence. The entity names that sequence once, on the
 * class: {@code @SequenceGenerator(sequenceName = "…_seq")}. Unnamed, that generator takes the entity's name, which
 * is the generator an unnamed {@link GeneratedValue} asks for; numbers are drawn 50 at a time, the migrations'
 * {@code increment by 50}.
 */
@MappedSuperclass
public abstract class Rij extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;
}
