package nl.regiebord.modelplan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A detailed step of ch. 2 ("Inventariseer: ...") that belongs to a model action. */
@Entity
@Table(name = "model_stap")
public class ModelStap extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "model_stap_seq")
    @SequenceGenerator(name = "model_stap_seq", sequenceName = "model_stap_seq", allocationSize = 50)
    public Long id;

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
