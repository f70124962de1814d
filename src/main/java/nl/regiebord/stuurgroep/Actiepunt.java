package nl.regiebord.stuurgroep;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import nl.regiebord.actie.PlanActie;
import nl.regiebord.opslag.Rij;

/** An actiepunt of a meeting as the meeting gave it; the work itself is the own action it became. */
@Entity
@Table(name = "vergadering_actiepunt")
@SequenceGenerator(sequenceName = "vergadering_actiepunt_seq")
public class Actiepunt extends Rij {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vergadering_id")
    public Vergadering vergadering;

    public int volgorde;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actie_id")
    public PlanActie actie;
    public String omschrijving;
    public String verantwoordelijke;
    public LocalDate deadline;

    /** The actiepunten of all the plan's meetings, in one query, by meeting id. */
    static java.util.Map<Long, List<Actiepunt>> vanPlan(nl.regiebord.plan.Plan plan) {
        return Actiepunt.<Actiepunt>list("vergadering.plan = ?1 order by volgorde", plan).stream()
                .collect(java.util.stream.Collectors.groupingBy(p -> p.vergadering.id));
    }

    static List<Actiepunt> van(Vergadering vergadering) {
        return list("vergadering = ?1 order by volgorde", vergadering);
    }
}
