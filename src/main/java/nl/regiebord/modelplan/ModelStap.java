package nl.regiebord.modelplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.regiebord.opslag.Rij;

/** A detailed step of ch. 2 ("Inventariseer: ...") that belongs to a model action. */
@Entity
@Table(name = "model_stap")
@SequenceGenerator(sequenceName = "model_stap_seq")
public class ModelStap extends Rij {

    public String actieSleutel;
    public int volgorde;
    public String kop;
    @Column(length = 2000)
    public String tekst;
    /** The step's sub-points, one per line. */
    @Column(length = 8000)
    public String punten;

    /** Every step of the model, by action and then in their order. */
    public static java.util.List<ModelStap> opVolgorde() {
        return list("order by actieSleutel, volgorde");
    }
}
