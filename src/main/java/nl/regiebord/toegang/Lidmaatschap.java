package nl.regiebord.toegang;

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
import java.util.Locale;
import java.util.Optional;
import nl.regiebord.gebruiker.Gebruiker;
import nl.regiebord.opslag.Rij;
import nl.regiebord.plan.Plan;

/** A user's role in a plan. A user has at most one role per plan; no role means the plan does not exist for them. */
@Entity
@Table(name = "plan_lid")
@SequenceGenerator(sequenceName = "plan_lid_seq")
public class Lidmaatschap extends Rij {

    public Long planId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "gebruiker_id")
    public Gebruiker gebruiker;

    @Enumerated(EnumType.STRING)
    public Rol rol;

    @Version
    public long version;

    public static Optional<Rol> rolVan(Long gebruikerId, Long planId) {
        return getEntityManager()
                .createQuery("select l.rol from Lidmaatschap l where l.gebruiker.id = ?1 and l.planId = ?2", Rol.class)
                .setParameter(1, gebruikerId).setParameter(2, planId).getResultStream().findFirst();
    }

    /** The members of a plan as users, by name. */
    public static java.util.List<Gebruiker> gebruikersVan(Long planId) {
        return Gebruiker.list("id in (select l.gebruiker.id from Lidmaatschap l where l.planId = ?1) order by naam",
                planId);
    }

    /** A plan this member is in, with its name and the member's role there. */
    public record PlanMetRol(Long planId, String planNaam, Rol rol) {
    }

    /** The members of the plan, by name. */
    public static List<Lidmaatschap> vanPlan(Long planId) {
        return list("planId = ?1 order by gebruiker.naam, id", planId);
    }

    /** Whether this user is a member of the plan already. */
    public static boolean isLid(Long planId, Gebruiker gebruiker) {
        return count("planId = ?1 and gebruiker = ?2", planId, gebruiker) > 0;
    }

    /** How many other members of the plan than this one have this role. */
    public static long aantalAnderenMetRol(Long planId, Rol rol, Long behalveId) {
        return count("planId = ?1 and rol = ?2 and id <> ?3", planId, rol, behalveId);
    }

    /** The ids of the plans this user is a member of. */
    public static List<Long> planIdsVan(Long gebruikerId) {
        return getEntityManager()
                .createQuery("select l.planId from Lidmaatschap l where l.gebruiker.id = ?1", Long.class)
                .setParameter(1, gebruikerId).getResultList();
    }

    /**
     * The plans this user is a member of, by name. Here rather than on {@link Plan}: which plans a user sees is
     * the membership's answer, and the plan knows nothing of members.
     */
    public static List<Plan> plannenVan(Long gebruikerId) {
        return Plan.list("id in (select l.planId from Lidmaatschap l where l.gebruiker.id = ?1) order by naam, id",
                gebruikerId);
    }

    /** The plans this user is a member of, with their names and the user's role, by plan name. */
    public static List<PlanMetRol> plannenMetRolVan(Long gebruikerId) {
        return getEntityManager().createQuery(
                        "select l.planId, p.naam, l.rol from Lidmaatschap l, Plan p where p.id = l.planId "
                                + "and l.gebruiker.id = ?1 order by p.naam", Object[].class)
                .setParameter(1, gebruikerId).getResultStream()
                .map(r -> new PlanMetRol((Long) r[0], (String) r[1], (Rol) r[2])).toList();
    }

    /** The member of the plan with this user id, as a user; null when the plan has no such member. */
    public static Gebruiker lidVan(Long planId, Long gebruikerId) {
        return getEntityManager().createQuery(
                        "select l.gebruiker from Lidmaatschap l where l.planId = ?1 and l.gebruiker.id = ?2", Gebruiker.class)
                .setParameter(1, planId).setParameter(2, gebruikerId).getResultStream().findFirst().orElse(null);
    }

    /** Up to two members of the plan with this name, regardless of case, as users: two means the name is ambiguous. */
    public static List<Gebruiker> ledenMetNaam(Long planId, String naam) {
        return getEntityManager().createQuery(
                        "select l.gebruiker from Lidmaatschap l where l.planId = ?1 and lower(l.gebruiker.naam) = ?2",
                        Gebruiker.class)
                .setParameter(1, planId).setParameter(2, naam.toLowerCase(Locale.ROOT)).setMaxResults(2).getResultList();
    }
}
