package nl.regiebord.risico;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import nl.regiebord.plan.Plan;
import nl.regiebord.register.Registerreview;

/** A stuurgroep review of the risk matrix: its decisions ({@link Risicoreviewbesluit}) and frozen matrix ({@link Risicoreviewpositie}). */
@Entity
@Table(name = "risicoreview")
@SequenceGenerator(sequenceName = "risicoreview_seq")
public class Risicoreview extends Registerreview {

    public static final int MAX_NOTITIE = 4000;

    /** What the stuurgroep noted beside its decisions. */
    @Column(length = MAX_NOTITIE)
    public String notitie;

    private static final String NIEUWSTE_EERST = "plan = ?1 order by datum desc, tijdstip desc, id desc";

    /** The plan's latest review, if any: the one the matrix shows movement against. */
    public static Risicoreview laatste(Plan plan) {
        return find(NIEUWSTE_EERST, plan).firstResult();
    }

    /** The plan's reviews, the latest first. */
    static List<Risicoreview> vanPlan(Plan plan) {
        return list(NIEUWSTE_EERST, plan);
    }
}
