package nl.regiebord.stakeholder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a stakeholder's contact log: when, by whom, in which form, and what was said. */
@Entity
@Table(name = "stakeholder_contact")
public class Contact extends PanacheEntityBase {

    public static final int MAX_SAMENVATTING = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stakeholder_contact_seq")
    @SequenceGenerator(name = "stakeholder_contact_seq", sequenceName = "stakeholder_contact_seq", allocationSize = 50)
    public Long id;

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
}
