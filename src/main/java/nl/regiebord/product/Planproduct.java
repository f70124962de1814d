package nl.regiebord.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import nl.regiebord.opslag.Rij;
import nl.regiebord.plan.Plan;

/**
 * A product of the productenchecklist in one plan: a copy of the checklist's entry (so a later list does not
 * change a running plan) with where the plan stands on it and where the delivered document is.
 */
@Entity
@Table(name = "plan_product")
@SequenceGenerator(sequenceName = "plan_product_seq")
public class Planproduct extends Rij {

    public static final int MAX_TOELICHTING = 4000;
    public static final int MAX_DOCUMENT = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    public String thema;
    /** Position in the whole checklist, themes in their order: the document's order. */
    public int volgorde;
    public String product;
    @Column(length = MAX_TOELICHTING)
    public String toelichting;
    @Enumerated(EnumType.STRING)
    public Productstatus status = Productstatus.OPEN;
    public String verantwoordelijke;
    public Long verantwoordelijkeId;
    /** The delivered document: a web address or a document's name. */
    @Column(length = MAX_DOCUMENT)
    public String document;

    @Version
    public long version;

    public static List<Planproduct> vanPlan(Plan plan) {
        return list("plan = ?1 order by volgorde", plan);
    }

    /** The plans that have no products yet. */
    static java.util.List<Plan> plannenZonder() {
        return Plan.list("id not in (select p.plan.id from Planproduct p)");
    }

    /** The product with this id if it belongs to the plan; looked up without a 404. */
    static java.util.Optional<Planproduct> vanPlan(Long planId, long id) {
        return Planproduct.<Planproduct>find("id = ?1 and plan.id = ?2", id, planId).firstResultOptional();
    }

    /** The names of these products, by id, in one query. */
    public static java.util.Map<Long, String> namen(java.util.Collection<Long> ids) {
        return getEntityManager()
                .createQuery("select p.id, p.product from Planproduct p where p.id in ?1", Object[].class)
                .setParameter(1, ids).getResultStream()
                .collect(java.util.HashMap::new, (namen, r) -> namen.put((Long) r[0], (String) r[1]),
                        java.util.Map::putAll);
    }
}
