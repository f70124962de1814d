package nl.regiebord.modelplan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A theme of ch. 2 of the model (beleid, financiën, ...), as seeded. */
@Entity
@Table(name = "model_thema")
public class ModelThema extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "model_thema_seq")
    @SequenceGenerator(name = "model_thema_seq", sequenceName = "model_thema_seq", allocationSize = 50)
    public Long id;

    public String sleutel;
    public String naam;
    public int volgorde;
    public String bron;
    @Column(length = 4000)
    public String inleiding;

    /** Every theme of the model, in their order. */
    public static java.util.List<ModelThema> opVolgorde() {
        return list("order by volgorde");
    }
}
