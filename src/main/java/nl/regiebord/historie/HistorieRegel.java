package nl.regiebord.historie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.regiebord.opslag.Rij;

/** One changed field: when, who, what it was and what it became, and through which route ("herplanning"). */
@Entity
@Table(name = "historie")
@SequenceGenerator(sequenceName = "historie_seq")
public class HistorieRegel extends Rij {

    public static final int MAX_WAARDE = 10_000;

    public Long planId;
    /** What changed: "plan" or "actie" (steps and decisions are recorded under their action). */
    public String onderwerp;
    public Long onderwerpId;
    public Instant tijdstip;
    /** The user's name at the time of the change, so the history reads the same after a rename. */
    public String gebruiker;
    public Long gebruikerId;
    public String veld;
    @Column(length = MAX_WAARDE)
    public String oud;
    @Column(length = MAX_WAARDE)
    public String nieuw;
    /** How the change came about when not typed by the user: "herplanning", "besluiten". */
    public String bron;

    /** The latest changes in the plan, newest first, at most this many. */
    public static java.util.List<HistorieRegel> recentInPlan(Long planId, int limiet) {
        return find("planId = ?1 order by tijdstip desc, id desc", planId).page(0, limiet).list();
    }

    /** The latest changes of one record, newest first, at most this many. */
    public static java.util.List<HistorieRegel> recentVan(String onderwerp, Long onderwerpId, int limiet) {
        return find("onderwerp = ?1 and onderwerpId = ?2 order by tijdstip desc, id desc", onderwerp, onderwerpId)
                .page(0, limiet).list();
    }

    /** The changes of these fields of one kind of record in the plan after a moment, oldest first: to replay back. */
    public static java.util.List<HistorieRegel> naMoment(Long planId, String onderwerp, java.util.Collection<String> velden,
                                                         Instant moment) {
        return list("planId = ?1 and tijdstip > ?2 and onderwerp = ?3 and veld in ?4 order by tijdstip, id",
                planId, moment, onderwerp, velden);
    }

    /** As {@link #naMoment}, for the fields whose name begins with {@code veldBegin} ("mijlpaal "). */
    public static java.util.List<HistorieRegel> naMomentVanaf(Long planId, String onderwerp, String veldBegin,
                                                              Instant moment) {
        return list("planId = ?1 and tijdstip > ?2 and onderwerp = ?3 and veld like ?4 order by tijdstip, id",
                planId, moment, onderwerp, veldBegin.replace("%", "") + "%");
    }
}
