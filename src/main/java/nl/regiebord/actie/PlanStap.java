package nl.regiebord.actie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import nl.regiebord.opslag.Rij;

/** A step of ch. 2 that the plan ticks off under its action. */
@Entity
@Table(name = "plan_stap")
@SequenceGenerator(sequenceName = "plan_stap_seq")
public class PlanStap extends Rij {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actie_id")
    public PlanActie actie;

    public int volgorde;
    public String kop;
    @Column(length = 2000)
    public String tekst;
    /** Sub-points, one per line. */
    @Column(length = 8000)
    public String punten;
    public boolean afgevinkt;

    @Version
    public long version;

    public List<String> puntenLijst() {
        return punten == null || punten.isEmpty() ? List.of() : Arrays.asList(punten.split("\n"));
    }

    /** How the step is named in the history: "stap 2 (Inventariseer)". */
    public String naam() {
        return "stap " + volgorde + " (" + kop + ")";
    }

    /** The steps of this action, in their order. */
    public static List<PlanStap> vanActie(PlanActie actie) {
        return list("actie = ?1 order by volgorde", actie);
    }

    /** The steps of every action of the plan, in one query, by action and then in their order. */
    public static List<PlanStap> vanPlan(nl.regiebord.plan.Plan plan) {
        return list("actie.plan = ?1 order by actie.id, volgorde", plan);
    }
}
