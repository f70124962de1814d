package nl.regiebord.modelplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.regiebord.opslag.Rij;

/**
 * A part of a theme with its own tijdtafel (beleid: startnotitie, beleidskader, verordening, beleidsregels).
 * Themes without parts have one part without a key.
 */
@Entity
@Table(name = "model_onderdeel")
@SequenceGenerator(sequenceName = "model_onderdeel_seq")
public class ModelOnderdeel extends Rij {

    @Column(name = "thema")
    public String thema;
    public String sleutel;
    public String naam;
    public String tabel;
    public int volgorde;

    /** Every part of the model, by theme and then in their order. */
    public static java.util.List<ModelOnderdeel> opVolgorde() {
        return list("order by thema, volgorde");
    }
}
