package nl.regiebord.stakeholder;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regiebord.opslag.Rij;
import nl.regiebord.plan.Plan;

/** One entry of a stakeholder's contact log: when, by whom, in which form, and what was said. */
@Entity
@Table(name = "stakeholder_contact")
@SequenceGenerator(sequenceName = "stakeholder_contact_seq")
public class Contact extends Rij {

    public static final int MAX_SAMENVATTING = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stakeholder_id")
    public Stakeholder stakeholder;

    public LocalDate datum;
    public String door;
    public Long doorId;
    @Enumerated(EnumType.STRING)
    public Communicatie vorm;
    @Column(length = MAX_SAMENVATTING)
    public String samenvatting;
    public boolean verwijderd;
    public Instant aangemaakt;

    @Version
    public long version;

    /** Every contact logged with the stakeholder, deleted ones too. */
    static List<Contact> van(Stakeholder s) {
        return list("stakeholder = ?1", s);
    }

    /** The stakeholder's contacts, the deleted ones or the others, the latest first. */
    static List<Contact> van(Stakeholder s, boolean verwijderd) {
        return list("stakeholder = ?1 and verwijderd = ?2 order by datum desc, id desc", s, verwijderd);
    }

    /** Per stakeholder of the plan, its last logged contact (deleted entries do not count). */
    static Map<Long, LocalDate> laatsteVan(Plan plan) {
        List<Object[]> rijen = getEntityManager().createQuery(
                        "select c.stakeholder.id, max(c.datum) from Contact c where c.stakeholder.plan = ?1 "
                                + "and c.verwijderd = false group by c.stakeholder.id", Object[].class)
                .setParameter(1, plan).getResultList();
        Map<Long, LocalDate> laatste = new HashMap<>();
        rijen.forEach(r -> laatste.put((Long) r[0], (LocalDate) r[1]));
        return laatste;
    }
}
