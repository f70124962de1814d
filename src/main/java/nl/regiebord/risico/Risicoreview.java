package nl.regiebord.risico;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.regiebord.plan.Plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A stuurgroep review of the risk matrix: its decisions ({@link RisicoreviewBesluit}) and frozen matrix ({@link RisicoreviewPositie}). */
@Entity
@Table(name = "risicoreview")
public class Risicoreview extends PanacheEntityBase {

    public static final int MAX_AANWEZIGEN = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "risicoreview_seq")
    @SequenceGenerator(name = "risicoreview_seq", sequenceName = "risicoreview_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    public LocalDate datum;
    /** The members present, one per line. */
    @Column(length = 4000)
    public String aanwezigen;
    public Instant tijdstip;
    public String vastgelegdDoor;

    @Version
    public long version;

    public List<String> aanwezigenLijst() {
        return aanwezigen == null || aanwezigen.isEmpty() ? List.of() : Arrays.asList(aanwezigen.split("\n"));
    }

    /** The plan's latest review, if any: the one the matrix shows movement against. */
    static Risicoreview laatste(Plan plan) {
        return find("plan = ?1 order by datum desc, tijdstip desc, id desc", plan).firstResult();
    }
}
