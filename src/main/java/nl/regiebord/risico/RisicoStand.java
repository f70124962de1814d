package nl.regiebord.risico;

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
 * What a risk looked like for the matrix from a moment on: written when it is created and whenever kans,
 * impact, rest, status, cluster or deletion change; never changed afterwards. The matrix as of a peildatum or
 * as a review froze it is rebuilt from these rows.
 */
@Entity
@Table(name = "risico_stand")
public class RisicoStand extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "risico_stand_seq")
    @SequenceGenerator(name = "risico_stand_seq", sequenceName = "risico_stand_seq", allocationSize = 50)
    public Long id;

    public Long planId;
    public Long risicoId;
    public Instant tijdstip;
    @Enumerated(EnumType.STRING)
    public Niveau kans;
    @Enumerated(EnumType.STRING)
    public Niveau impact;
    @Enumerated(EnumType.STRING)
    public Niveau restKans;
    @Enumerated(EnumType.STRING)
    public Niveau restImpact;
    @Enumerated(EnumType.STRING)
    public RisicoStatus status;
    public Long clusterIn;
    public boolean verwijderd;
}
