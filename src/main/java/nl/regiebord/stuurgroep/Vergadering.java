package nl.regiebord.stuurgroep;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.regiebord.opslag.Rij;
import nl.regiebord.plan.Plan;
import nl.regiebord.risico.Risicoreview;

/**
 * A stuurgroep meeting, frozen: the meeting view as it was shown ({@code momentopname}, JSON), who was present, the
 * review held in it, what it decided and its actiepunten. Later edits to the plan never change it.
 */
@Entity
@Table(name = "vergadering")
@SequenceGenerator(sequenceName = "vergadering_seq")
public class Vergadering extends Rij {

    public static final int MAX_AANWEZIGEN = 4000;
    public static final int MAX_BESLUITEN = 8000;
    public static final int MAX_NOTITIE = 4000;
    public static final int MAX_MOMENTOPNAME = 1_000_000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    public LocalDate datum;
    public LocalDate sinds;
    @Column(length = MAX_AANWEZIGEN)
    public String aanwezigen;
    /** The stuurgroep's decisions, one per line. */
    @Column(length = MAX_BESLUITEN)
    public String besluiten;
    @Column(length = MAX_NOTITIE)
    public String notitie;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "risicoreview_id")
    public Risicoreview review;
    @Column(length = MAX_MOMENTOPNAME)
    public String momentopname;
    public Instant tijdstip;
    public String vastgelegdDoor;

    @Version
    public long version;

    public List<String> aanwezigenLijst() {
        return regels(aanwezigen);
    }

    public List<String> besluitenLijst() {
        return regels(besluiten);
    }

    private static List<String> regels(String tekst) {
        return tekst == null || tekst.isEmpty() ? List.of() : Arrays.asList(tekst.split("\n"));
    }

    /** The plan's meetings, the latest first. */
    static List<Vergadering> vanPlan(Plan plan) {
        return list("from Vergadering v left join fetch v.review where v.plan = ?1"
                + " order by v.datum desc, v.tijdstip desc, v.id desc", plan);
    }

    /** The plan's latest meeting, if any: the meeting view counts from it. */
    static Vergadering laatste(Plan plan) {
        return find("plan = ?1 order by datum desc, tijdstip desc, id desc", plan).firstResult();
    }
}
