package nl.regiebord.modelplan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A part of a theme with its own tijdtafel (beleid: startnotitie, beleidskader, verordening, beleidsregels).
 * Themes without parts have one part without a key.
 */
@Entity
@Table(name = "model_onderdeel")
public class ModelOnderdeel extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "model_onderdeel_seq")
    @SequenceGenerator(name = "model_onderdeel_seq", sequenceName = "model_onderdeel_seq", allocationSize = 50)
    public Long id;

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
