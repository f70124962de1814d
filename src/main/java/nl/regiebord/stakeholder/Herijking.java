package nl.regiebord.stakeholder;

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

/** A meeting that re-assessed the stakeholder analysis (ch. 5, aandachtspunten): its {@link Herscoring}s. */
@Entity
@Table(name = "stakeholder_herijking")
public class Herijking extends PanacheEntityBase {

    public static final int MAX_AANWEZIGEN = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stakeholder_herijking_seq")
    @SequenceGenerator(name = "stakeholder_herijking_seq", sequenceName = "stakeholder_herijking_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    public LocalDate datum;
    /** Who took part, one per line. */
    @Column(length = MAX_AANWEZIGEN)
    public String aanwezigen;
    public Instant tijdstip;
    public String vastgelegdDoor;

    @Version
    public long version;

    public List<String> aanwezigenLijst() {
        return aanwezigen == null || aanwezigen.isEmpty() ? List.of() : Arrays.asList(aanwezigen.split("\n"));
    }

    /** The plan's latest herijking, if any: the one the grid shows movement against. */
    static Herijking laatste(Plan plan) {
        return find("plan = ?1 order by datum desc, tijdstip desc, id desc", plan).firstResult();
    }
}
