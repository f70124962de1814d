package nl.regiebord.actie;

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
import nl.regiebord.modelplan.Deadlineregel;
import nl.regiebord.modelplan.Fase;
import nl.regiebord.opslag.Rij;
import nl.regiebord.plan.Plan;

/**
 * An action of a plan: a copy of a model action (so a later model version does not change a running plan), or
 * the plan's own action. Its deadline is the model's, moved with the plan's inwerkingtreding, unless a person
 * set one by hand.
 */
@Entity
@Table(name = "plan_actie")
@SequenceGenerator(sequenceName = "plan_actie_seq")
public class PlanActie extends Rij {

    public static final int MAX_TOELICHTING = 10_000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    /** The model action this was created from; null for the plan's own actions. */
    public String modelSleutel;
    public String thema;
    public String onderdeel;
    /** Order within the theme: the model's order, own actions after it. */
    public int volgorde;
    @Enumerated(EnumType.STRING)
    public Fase fase;
    public String actie;
    /** The model's deadline as written ("uiterlijk april 2021"), for reference. */
    public String modelDeadlineTekst;
    public Integer startMaanden;
    public Integer deadlineMaanden;
    public LocalDate modelStart;
    public LocalDate modelDeadline;
    public LocalDate handDeadline;
    @Enumerated(EnumType.STRING)
    public ActieStatus status = ActieStatus.OPEN;
    public String verantwoordelijke;
    public Long verantwoordelijkeId;
    @Column(length = MAX_TOELICHTING)
    public String toelichting;
    /** Which body the model names for the decision: college, raad, or "college of raad". */
    public String besluitorgaan;
    /** For an own action that another part of the plan made (an actiepunt of a meeting): what and where. */
    public String herkomst;
    public String herkomstPad;

    @Version
    public long version;

    public boolean isEigen() {
        return modelSleutel == null;
    }

    public LocalDate deadline() {
        return handDeadline != null ? handDeadline : modelDeadline;
    }

    public boolean isDeadlineHandmatig() {
        return handDeadline != null;
    }

    public Actiestand stand() {
        return new Actiestand(status, deadline());
    }

    public boolean isTeLaat(LocalDate vandaag) {
        return stand().isTeLaat(vandaag);
    }

    /** Status and deadline of every action of every plan, by plan, in one query: for overviews of many plans. */
    public static java.util.Map<Long, java.util.List<Actiestand>> standenPerPlan() {
        return PlanActie.getEntityManager().createQuery(
                        "select a.plan.id, a.status, a.handDeadline, a.modelDeadline from PlanActie a", Object[].class)
                .getResultStream()
                .collect(java.util.stream.Collectors.groupingBy(r -> (Long) r[0], java.util.stream.Collectors.mapping(
                        r -> new Actiestand((ActieStatus) r[1], r[2] != null ? (LocalDate) r[2] : (LocalDate) r[3]),
                        java.util.stream.Collectors.toList())));
    }

    /** The names of these actions, by id, in one query. */
    public static java.util.Map<Long, String> namen(java.util.Collection<Long> ids) {
        return PlanActie.getEntityManager()
                .createQuery("select a.id, a.actie from PlanActie a where a.id in ?1", Object[].class)
                .setParameter(1, ids).getResultStream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    public boolean vraagtBesluitPerGemeente() {
        return fase == Fase.BESLUITVORMEND && plan.isSamenwerkingsverband();
    }

    /** Re-computes the model's dates for an inwerkingtreding; hand-set deadlines stay as they are. */
    public void plan(LocalDate inwerkingtreding) {
        modelStart = Deadlineregel.start(inwerkingtreding, startMaanden);
        modelDeadline = Deadlineregel.deadline(inwerkingtreding, deadlineMaanden);
    }

    /** Which of these ids are actions of the plan. */
    public static java.util.List<Long> idsVan(Plan plan, java.util.Collection<Long> ids) {
        return getEntityManager().createQuery("select a.id from PlanActie a where a.plan = ?1 and a.id in ?2", Long.class)
                .setParameter(1, plan).setParameter(2, ids).getResultList();
    }

    /** The ids of the plan's actions of a theme. */
    public static java.util.List<Long> idsMetThema(Plan plan, String thema) {
        return getEntityManager().createQuery("select a.id from PlanActie a where a.plan = ?1 and a.thema = ?2", Long.class)
                .setParameter(1, plan).setParameter(2, thema).getResultList();
    }

    /** The plan's actions, in no particular order. */
    public static java.util.List<PlanActie> vanPlan(Plan plan) {
        return list("plan", plan);
    }

    /** The plan's actions by theme key, then in their order within the theme. */
    public static java.util.List<PlanActie> vanPlanPerThema(Plan plan) {
        return list("plan = ?1 order by thema, volgorde", plan);
    }

    /** The plan's actions of one theme, in their order. */
    public static java.util.List<PlanActie> vanThema(Plan plan, String thema) {
        return list("plan = ?1 and thema = ?2 order by volgorde", plan, thema);
    }

    /** The highest place in the order of the plan's actions of this theme; null when it has none yet. */
    public static Integer laatsteVolgorde(Plan plan, String thema) {
        return find("select max(a.volgorde) from PlanActie a where a.plan = ?1 and a.thema = ?2", plan, thema)
                .project(Integer.class).firstResult();
    }

    /** The action with this id, when it belongs to this plan. */
    public static java.util.Optional<PlanActie> inPlan(Long id, Long planId) {
        return PlanActie.<PlanActie>find("id = ?1 and plan.id = ?2", id, planId).firstResultOptional();
    }

    /**
     * The actions this user is responsible for with one of these statuses, in the plans the user is a member of,
     * each with its plan fetched along.
     */
    public static java.util.List<PlanActie> vanVerantwoordelijke(long gebruikerId,
                                                                 java.util.Collection<ActieStatus> statussen) {
        return find("select a from PlanActie a join fetch a.plan p where a.verantwoordelijkeId = ?1 "
                + "and a.status in ?2 and p.id in (select l.planId from Lidmaatschap l where l.gebruiker.id = ?1)",
                gebruikerId, statussen).list();
    }
}
