package nl.regiebord.stakeholder;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import nl.regiebord.plan.Plan;
import nl.regiebord.register.Registeritem;

/**
 * A stakeholder of a plan (ch. 5): who they are, what they care about, belang and invloed, and the contact
 * strategy. Merged into another it leaves the register and the grid but stays traceable; deleting only marks it.
 */
@Entity
@Table(name = "stakeholder")
@SequenceGenerator(sequenceName = "stakeholder_seq")
public class Stakeholder extends Registeritem {

    public static final int MAX_NAAM = 200;
    public static final int MAX_TEKST = 4000;

    public String naam;
    @Enumerated(EnumType.STRING)
    public Stakeholdertype type;
    /** The cluster or group it belongs to ("onderwijs", "zorg"), free text. */
    public String cluster;
    @Column(length = MAX_TEKST)
    public String belangen;
    @Column(length = MAX_TEKST)
    public String wensenEisen;
    @Enumerated(EnumType.STRING)
    public Stakeholderniveau belang;
    @Enumerated(EnumType.STRING)
    public Stakeholderniveau invloed;
    @Enumerated(EnumType.STRING)
    public Frequentie frequentie;
    @Enumerated(EnumType.STRING)
    public Communicatie communicatie;
    public String verantwoordelijke;
    public Long verantwoordelijkeId;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "stakeholder_actie", joinColumns = @JoinColumn(name = "stakeholder_id"))
    @Column(name = "actie_id")
    public Set<Long> actieIds = new TreeSet<>();

    /** The stakeholder this one was merged into; null while it stands on its own. */
    public Long samengevoegdIn;
    /** The day of the last herijking that scored it. */
    public LocalDate herijktOp;

    public Kwadrant kwadrant() {
        return Kwadrant.van(belang, invloed);
    }

    /** In the register and the grid: not merged into another and not deleted. */
    public boolean isActief() {
        return samengevoegdIn == null && !verwijderd;
    }

    /** Every stakeholder of the plan, deleted and merged ones too, by id. */
    public static List<Stakeholder> alleVan(Plan plan) {
        return list("plan = ?1 order by id", plan);
    }

    /** The plan's stakeholders on their own (not merged); with {@code verwijderd} the deleted ones instead. */
    static List<Stakeholder> vanPlan(Plan plan, boolean verwijderd) {
        return list("plan = ?1 and verwijderd = ?2 and samengevoegdIn is null order by id", plan, verwijderd);
    }

    /** The plan's stakeholders merged into another, by id. */
    static List<Stakeholder> samengevoegdeVan(Plan plan) {
        return list("plan = ?1 and samengevoegdIn is not null order by id", plan);
    }

    /** How many of the plan's current stakeholders have this name (capitals not counting), apart from {@code behalve}. */
    static long aantalMetNaam(Plan plan, String naam, Long behalve) {
        return count("plan = ?1 and verwijderd = false and samengevoegdIn is null and lower(naam) = ?2 and id <> ?3",
                plan, naam.toLowerCase(Locale.ROOT), behalve == null ? -1L : behalve);
    }

    /** The names of these stakeholders, by id, in one query. */
    public static java.util.Map<Long, String> namen(java.util.Collection<Long> ids) {
        return getEntityManager()
                .createQuery("select s.id, s.naam from Stakeholder s where s.id in ?1", Object[].class)
                .setParameter(1, ids).getResultStream()
                .collect(java.util.HashMap::new, (namen, r) -> namen.put((Long) r[0], (String) r[1]),
                        java.util.Map::putAll);
    }
}
