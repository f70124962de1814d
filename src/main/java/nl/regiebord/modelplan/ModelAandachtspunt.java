package nl.regiebord.modelplan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Advice the model attaches to a theme or to one of its parts. */
@Entity
@Table(name = "model_aandachtspunt")
public class ModelAandachtspunt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "model_aandachtspunt_seq")
    @SequenceGenerator(name = "model_aandachtspunt_seq", sequenceName = "model_aandachtspunt_seq", allocationSize = 50)
    public Long id;

    public String thema;
    public String onderdeel;
    public int volgorde;
    @Column(length = 2000)
    public String tekst;

    /** Every aandachtspunt of the model, by theme and part and then in their order. */
    public static java.util.List<ModelAandachtspunt> opVolgorde() {
        return list("order by thema, onderdeel, volgorde");
    }
}
