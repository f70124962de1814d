package nl.regiebord.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.regiebord.opslag.Rij;

/**
 * A plan van aanpak of one organisation: a gemeente, or a samenwerkingsverband of several gemeenten that each
 * take their own decisions. Everything else belongs to a plan.
 */
@Entity
@Table(name = "plan_van_aanpak")
@SequenceGenerator(sequenceName = "plan_seq")
public class Plan extends Rij {

    public String naam;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_gemeente", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "volgorde")
    @Column(name = "gemeente")
    public List<String> gemeenten = new ArrayList<>();

    public LocalDate inwerkingtreding;

    @Enumerated(EnumType.STRING)
    public Uitvoering uitvoering;

    /** The version of the Model Plan van Aanpak the plan was created from. */
    public String modelversie;

    public Instant aangemaakt;

    @Version
    public long version;

    public boolean isSamenwerkingsverband() {
        return gemeenten.size() > 1;
    }

    /** Every plan, by name. */
    public static List<Plan> opNaam() {
        return list("order by naam, id");
    }

    /** Whether a plan has exactly this name. */
    public static boolean bestaatMetNaam(String naam) {
        return count("naam", naam) > 0;
    }

    /** Whether another plan than this one (null: a new plan) has this name, regardless of case. */
    public static boolean isNaamBezet(String naam, Long eigenId) {
        return count("lower(naam) = ?1 and id <> ?2", naam.toLowerCase(java.util.Locale.ROOT),
                eigenId == null ? -1L : eigenId) > 0;
    }

    /** The names of these plans, by id, in one query. */
    public static java.util.Map<Long, String> namen(java.util.Collection<Long> ids) {
        return getEntityManager()
                .createQuery("select p.id, p.naam from Plan p where p.id in ?1", Object[].class)
                .setParameter(1, ids).getResultStream()
                .collect(java.util.HashMap::new, (namen, r) -> namen.put((Long) r[0], (String) r[1]),
                        java.util.Map::putAll);
    }
}
