package nl.regiebord.risico;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.regiebord.plan.Plan;
import nl.regiebord.register.Registeritem;

/**
 * A risk of a plan (ch. 4): raised by a deelnemer, scored by kans and impact, with its beheersmaatregel and the
 * kans and impact expected after it (rest). A risk clustered into another leaves the matrix but stays listed
 * under its cluster. Deleting only marks it, so it can be restored.
 */
@Entity
@Table(name = "risico")
@SequenceGenerator(sequenceName = "risico_seq")
public class Risico extends Registeritem {

    public static final int MAX_OMSCHRIJVING = 2000;
    public static final int MAX_MAATREGEL = 4000;
    static final int KORTE_NAAM = 60;

    @Enumerated(EnumType.STRING)
    public Categorie categorie;
    /** The risk's number in its plan (R1, R2, …): given when it is raised, never changed and never reused. */
    public int volgnummer;
    /** The number of an example of Tabel 6, where it has one (Tabel 6 numbers with gaps). */
    public Integer voorbeeldnummer;
    @Column(length = MAX_OMSCHRIJVING)
    public String omschrijving;
    @Column(length = MAX_MAATREGEL)
    public String maatregel;
    @Enumerated(EnumType.STRING)
    public Risiconiveau kans;
    @Enumerated(EnumType.STRING)
    public Risiconiveau impact;
    @Enumerated(EnumType.STRING)
    public Risiconiveau restKans;
    @Enumerated(EnumType.STRING)
    public Risiconiveau restImpact;
    @Enumerated(EnumType.STRING)
    public Risicostatus status = Risicostatus.OPEN;
    public String eigenaar;
    public Long eigenaarId;
    /** The deelnemer who raised it; null for an example of Tabel 6, which counts for nobody. */
    public String ingebrachtDoor;
    public Long ingebrachtDoorId;
    public boolean voorbeeld;
    /** The risk this one is clustered into; null when it stands on its own. */
    public Long clusterIn;
    /** The day of the last stuurgroep review that looked at it; the next review is planned from it. */
    public LocalDate laatsteReview;
    /** The day it last entered the matrix (scored, on its own, open or beheerst); reviews are planned from here too. */
    public LocalDate inMatrixSinds;

    /** How people name the risk in a meeting: "R3". */
    public String nummer() {
        return nummer(volgnummer);
    }

    static String nummer(int volgnummer) {
        return "R" + volgnummer;
    }

    /** Risks named by number in the order of their numbers (R2 before R10). */
    static final Comparator<String> OP_NUMMER = Comparator.comparingInt(nummer -> Integer.parseInt(nummer.substring(1)));

    public Risicoscore score() {
        return Risicoscore.van(kans, impact);
    }

    /** The expected score after the measure; null when no rest kans and impact are given. */
    public Risicoscore restScore() {
        return Risicoscore.van(restKans, restImpact);
    }

    public boolean isGeclusterd() {
        return clusterIn != null;
    }

    /** In the matrix: scored, not clustered into another, not deleted, and still open or beheerst. */
    public boolean inMatrix() {
        return inMatrix(kans, impact, status, clusterIn, verwijderd);
    }

    /** The matrix's rule, for a risk today and for one as it stood at an earlier moment. */
    static boolean inMatrix(Risiconiveau kans, Risiconiveau impact, Risicostatus status, Long clusterIn, boolean verwijderd) {
        return !verwijderd && clusterIn == null && Risicoscore.van(kans, impact) != null && status.inMatrix();
    }

    /** The first words of the omschrijving, for a matrix cell. */
    public String korteNaam() {
        return kort(omschrijving);
    }

    static String kort(String tekst) {
        if (tekst == null || tekst.length() <= KORTE_NAAM) {
            return tekst;
        }
        int spatie = tekst.lastIndexOf(' ', KORTE_NAAM);
        return tekst.substring(0, spatie > 20 ? spatie : KORTE_NAAM).strip() + "…";
    }

    /** The plan's risks, the deleted ones or the others, by number. */
    static List<Risico> vanPlan(Plan plan, boolean verwijderd) {
        return list("plan = ?1 and verwijderd = ?2 order by volgnummer", plan, verwijderd);
    }

    /** The plan's undeleted risks that are clustered into another, by id. */
    static List<Risico> geclusterdIn(Plan plan) {
        return list("plan = ?1 and clusterIn is not null and verwijderd = false order by id", plan);
    }

    /** Whether the examples of Tabel 6 are in the plan (and not deleted). */
    static boolean heeftVoorbeelden(Plan plan) {
        return count("plan = ?1 and voorbeeld = true and verwijderd = false", plan) > 0;
    }

    /** How many undeleted risks of the plan the deelnemer raised (capitals not counting), apart from {@code behalve}. */
    static long aantalIngebrachtDoor(Plan plan, String deelnemer, Long behalve) {
        return count("plan = ?1 and verwijderd = false and lower(ingebrachtDoor) = ?2 and id <> ?3",
                plan, deelnemer.toLowerCase(Locale.ROOT), behalve == null ? -1L : behalve);
    }

    /** How many undeleted risks are clustered into this one. */
    static long aantalLeden(Risico cluster) {
        return count("clusterIn = ?1 and verwijderd = false", cluster.id);
    }

    /** Every risk of the plan, deleted and clustered ones too, by number. */
    public static List<Risico> alleVan(Plan plan) {
        return list("plan = ?1 order by volgnummer", plan);
    }

    /** The number and description of these risks ("R3 Te weinig taalaanbieders"), by id, in one query. */
    public static Map<Long, String> titels(Collection<Long> ids) {
        return Risico.getEntityManager()
                .createQuery("select r.id, r.volgnummer, r.omschrijving from Risico r where r.id in ?1", Object[].class)
                .setParameter(1, ids).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> nummer((Integer) r[1]) + " " + r[2]));
    }

    /** The numbers of these risks ("R3"), by id, in one query. */
    static Map<Long, String> nummers(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Risico.getEntityManager()
                .createQuery("select r.id, r.volgnummer from Risico r where r.id in ?1", Object[].class)
                .setParameter(1, ids).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> nummer((Integer) r[1])));
    }

    /**
     * The number the plan's next risk gets: one above the highest ever given, deleted risks included (a risk is
     * never removed from its table, so no number comes back). The caller holds the plan's lock.
     */
    static int volgendNummer(Plan plan) {
        Integer hoogste = Risico.getEntityManager()
                .createQuery("select max(r.volgnummer) from Risico r where r.plan = ?1", Integer.class)
                .setParameter(1, plan).getSingleResult();
        return hoogste == null ? 1 : hoogste + 1;
    }
}
