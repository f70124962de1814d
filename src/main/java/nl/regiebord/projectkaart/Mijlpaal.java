package nl.regiebord.projectkaart;

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

import java.time.LocalDate;

/** A milestone of step 3: what must be done by which date. Postponing keeps the first date beside the new one. */
@Entity
@Table(name = "mijlpaal")
public class Mijlpaal extends PanacheEntityBase {

    public static final int MAX_OMSCHRIJVING = 500;
    public static final int MAX_REDEN = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mijlpaal_seq")
    @SequenceGenerator(name = "mijlpaal_seq", sequenceName = "mijlpaal_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "projectkaart_id")
    public Projectkaart kaart;

    public int volgorde;
    @Column(length = MAX_OMSCHRIJVING)
    public String omschrijving;
    public LocalDate datum;
    @Enumerated(EnumType.STRING)
    public MijlpaalStatus status = MijlpaalStatus.GEPLAND;
    public LocalDate nieuweDatum;
    @Column(length = MAX_REDEN)
    public String reden;

    @Version
    public long version;

    /** The date it is now expected (or was reached): the new date once postponed, otherwise the first. */
    public LocalDate verwachteDatum() {
        return nieuweDatum != null ? nieuweDatum : datum;
    }

    public boolean isBehaald() {
        return status == MijlpaalStatus.BEHAALD;
    }
}
