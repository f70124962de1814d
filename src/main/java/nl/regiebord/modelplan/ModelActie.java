package nl.regiebord.modelplan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.regiebord.opslag.Rij;

/** One row of a tijdtafel of the model, with its deadline as months relative to the inwerkingtreding. */
@Entity
@Table(name = "model_actie")
@SequenceGenerator(sequenceName = "model_actie_seq")
public class ModelActie extends Rij {

    /** Stable across model versions: thema/onderdeel/actie. */
    public String sleutel;
    public String thema;
    public String onderdeel;
    public int volgorde;
    @Enumerated(EnumType.STRING)
    public Fase fase;
    public String actie;
    public String deadlineTekst;
    public String modelStatus;
    public Integer startMaanden;
    public Integer deadlineMaanden;
    public String besluitorgaan;
    /** What of this action is Regiebord's own rather than the model's, and what the model says; null: all model. */
    public String eigenAanvulling;

    /** Every action of the model, by theme and then in their order. */
    public static java.util.List<ModelActie> opVolgorde() {
        return list("order by thema, volgorde");
    }
}
