package nl.regiebord.stakeholder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Where a stakeholder stood in the grid from a moment on: written when it is created and whenever belang,
 * invloed, merging or deletion change; never changed afterwards. The grid as of a peildatum, and as it stood at
 * a herijking, is rebuilt from these rows.
 */
@Entity
@Table(name = "stakeholder_stand")
public class StakeholderStand extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stakeholder_stand_seq")
    @SequenceGenerator(name = "stakeholder_stand_seq", sequenceName = "stakeholder_stand_seq", allocationSize = 50)
    public Long id;

    public Long planId;
    public Long stakeholderId;
    public Instant tijdstip;
    @Enumerated(EnumType.STRING)
    public Niveau belang;
    @Enumerated(EnumType.STRING)
    public Niveau invloed;
    public Long samengevoegdIn;
    public boolean verwijderd;
}
