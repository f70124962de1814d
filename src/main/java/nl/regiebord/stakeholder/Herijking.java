package nl.regiebord.stakeholder;

import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import nl.regiebord.plan.Plan;
import nl.regiebord.register.Registerreview;

/** A meeting that re-assessed the stakeholder analysis (ch. 5, aandachtspunten): its {@link Herscoring}s. */
@Entity
@Table(name = "stakeholder_herijking")
@SequenceGenerator(sequenceName = "stakeholder_herijking_seq")
public class Herijking extends Registerreview {

    private static final String NIEUWSTE_EERST = "plan = ?1 order by datum desc, tijdstip desc, id desc";

    /** The plan's latest herijking, if any: the one the grid shows movement against. */
    static Herijking laatste(Plan plan) {
        return find(NIEUWSTE_EERST, plan).firstResult();
    }

    /** The plan's herijkings, the latest first. */
    static List<Herijking> vanPlan(Plan plan) {
        return list(NIEUWSTE_EERST, plan);
    }
}
