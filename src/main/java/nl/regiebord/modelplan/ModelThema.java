package nl.regiebord.modelplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.regiebord.opslag.Rij;

/** A theme of ch. 2 of the model (beleid, financiën, ...), as seeded. */
@Entity
@Table(name = "model_thema")
@SequenceGenerator(sequenceName = "model_thema_seq")
public class ModelThema extends Rij {

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
