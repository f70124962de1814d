package nl.regiebord.toegang;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.regiebord.gebruiker.Gebruiker;

import java.util.Optional;

/** A user's role in a plan. A user has at most one role per plan; no role means the plan does not exist for them. */
@Entity
@Table(name = "plan_lid")
public class Lidmaatschap extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_lid_seq")
    @SequenceGenerator(name = "plan_lid_seq", sequenceName = "plan_lid_seq", allocationSize = 50)
    public Long id;

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
}
