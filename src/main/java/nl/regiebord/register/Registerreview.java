package nl.regiebord.register;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.regiebord.opslag.Rij;
import nl.regiebord.plan.Plan;

/**
 * A meeting that reviewed a register (the stuurgroep's risk review, the stakeholder herijking): when it was held,
 * who took part, when and by whom it was recorded. The register as it then stood is frozen with it.
 */
@MappedSuperclass
public abstract class Registerreview extends Rij {

    public static final int MAX_AANWEZIGEN = 4000;

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
}
