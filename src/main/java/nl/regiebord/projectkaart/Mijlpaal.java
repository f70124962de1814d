package nl.regiebord.projectkaart;

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
import java.time.LocalDate;
import java.util.List;
import nl.regiebord.opslag.Rij;

/** A milestone of step 3: what must be done by which date. Postponing keeps the first date beside the new one. */
@Entity
@Table(name = "mijlpaal")
@SequenceGenerator(sequenceName = "mijlpaal_seq")
public class Mijlpaal extends Rij {

    public static final int MAX_OMSCHRIJVING = 500;
    public static final int MAX_REDEN = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "projectkaart_id")
    public Projectkaart kaart;

    public int volgorde;
    @Column(length = MAX_OMSCHRIJVING)
    public String omschrijving;
    public LocalDate datum;
    @Enumerated(EnumType.STRING)
    public Mijlpaalstatus status = Mijlpaalstatus.GEPLAND;
    public LocalDate nieuweDatum;
    @Column(length = MAX_REDEN)
    public String reden;

    @Version
    public long version;

    /** A new milestone at the end of the card's list. */
    static Mijlpaal voegToe(Projectkaart kaart, Mijlpaalregels.Gegevens g) {
        Mijlpaal m = new Mijlpaal();
        m.kaart = kaart;
        m.volgorde = kaart.mijlpalen.size() + 1;
        m.omschrijving = g.omschrijving();
        m.datum = g.datum();
        m.status = g.status();
        m.nieuweDatum = g.nieuweDatum();
        m.reden = g.reden();
        kaart.mijlpalen.add(m);
        return m;
    }

    /** Keeps volgorde the place in the list (1, 2, 3 …) after a move or a delete. */
    static void nummer(List<Mijlpaal> mijlpalen) {
        for (int i = 0; i < mijlpalen.size(); i++) {
            if (mijlpalen.get(i).volgorde != i + 1) {
                mijlpalen.get(i).volgorde = i + 1;
            }
        }
    }

    /** The milestone in one line, as the history shows it when it comes or goes. */
    String beschrijving() {
        return omschrijving + " (" + datum + ", " + status.tekst() + (nieuweDatum == null ? "" : ", nu " + nieuweDatum) + ")";
    }

    /** The date it is now expected (or was reached): the new date once postponed, otherwise the first. */
    public LocalDate verwachteDatum() {
        return nieuweDatum != null ? nieuweDatum : datum;
    }

    public boolean isBehaald() {
        return status == Mijlpaalstatus.BEHAALD;
    }
}
