package nl.regiebord.modelplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.regiebord.opslag.Rij;

/** Advice the model attaches to a theme or to one of its parts. */
@Entity
@Table(name = "model_aandachtspunt")
@SequenceGenerator(sequenceName = "model_aandachtspunt_seq")
public class ModelAandachtspunt extends Rij {

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
