package nl.regiebord.actie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import nl.regiebord.modelplan.Besluitorgaan;
import nl.regiebord.opslag.Rij;

/** The decision of one gemeente of a samenwerkingsverband on an action in the besluitvormende fase. */
@Entity
@Table(name = "besluit")
@SequenceGenerator(sequenceName = "besluit_seq")
public class Besluit extends Rij {

    public static final int MAX_TOELICHTING = 2_000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actie_id")
    public PlanActie actie;

    public String gemeente;
    public int volgorde;
    @Enumerated(EnumType.STRING)
    public BesluitStatus status = BesluitStatus.OPEN;
    public LocalDate datum;
    @Enumerated(EnumType.STRING)
    public Besluitorgaan orgaan;
    @Column(length = MAX_TOELICHTING)
    public String toelichting;

    @Version
    public long version;

    public boolean isGenomen() {
        return status == BesluitStatus.BESLOTEN;
    }

    /** Untouched since it was created: it may go when its gemeente leaves the plan. */
    public boolean isOnaangeroerd() {
        return status == BesluitStatus.OPEN && datum == null && toelichting == null;
    }

    /** The decisions on this action, in the order of the gemeenten. */
    public static java.util.List<Besluit> vanActie(PlanActie actie) {
        return list("actie = ?1 order by volgorde", actie);
    }

    /** The decisions on this action, in no particular order: for checking or clearing them all. */
    public static java.util.List<Besluit> alleVanActie(PlanActie actie) {
        return list("actie", actie);
    }

    /** The decisions on every action of the plan, in one query, by action and then in the order of the gemeenten. */
    public static java.util.List<Besluit> vanPlan(nl.regiebord.plan.Plan plan) {
        return list("actie.plan = ?1 order by actie.id, volgorde", plan);
    }
}
