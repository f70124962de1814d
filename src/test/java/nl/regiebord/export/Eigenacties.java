package nl.regiebord.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import nl.regiebord.actie.ActieStatus;
import nl.regiebord.actie.Besluitregel;
import nl.regiebord.actie.PlanActie;
import nl.regiebord.modelplan.Fase;
import nl.regiebord.plan.Plan;

/**
 * Adds a plan's own actions straight through the entities, as ActieService.voegToe does. The API cannot be used
 * for this yet: POST /acties refuses its required field 'thema' as read-only.
 */
@ApplicationScoped
public class Eigenacties {

    private static final List<String> THEMAS = List.of("keuze", "beleid", "financien", "inkoop", "werkprocessen",
            "communicatie");
    private static final Fase[] FASEN = Fase.values();
    private static final ActieStatus[] STATUSSEN = ActieStatus.values();

    @Inject
    Besluitregel besluitregel;
    @Inject
    EntityManager em;

    @Transactional
    public long voegToe(long planId, String thema, Fase fase, String tekst, LocalDate deadline) {
        Plan plan = Plan.findById(planId);
        PlanActie actie = nieuw(plan, thema, volgende(plan, thema), fase, tekst, deadline, ActieStatus.OPEN, null);
        return actie.id;
    }

    /**
     * {@code aantal} varied actions over every theme, fase and status, a toelichting of a few sentences each,
     * deadlines spread over 2021-2023; in batches so the persistence context stays small.
     */
    @Transactional
    public void voegVeelToe(long planId, int aantal) {
        Plan plan = Plan.findById(planId);
        for (int i = 0; i < aantal; i++) {
            String thema = THEMAS.get(i % THEMAS.size());
            nieuw(plan, thema, 1000 + i, FASEN[i % FASEN.length], "Eigen actie " + (i + 1) + ": afspraken vastleggen",
                    LocalDate.of(2021, 1, 31).plusDays(i % 1000), STATUSSEN[i % STATUSSEN.length],
                    "Toelichting bij actie " + (i + 1) + ". Afgestemd met de projectgroep; zie het verslag van het "
                            + "overleg. Nog na te gaan bij de ketenpartners of de planning haalbaar is.");
            if (i % 250 == 249) {
                em.flush();
                em.clear();
                plan = Plan.findById(planId);
            }
        }
    }

    private PlanActie nieuw(Plan plan, String thema, int volgorde, Fase fase, String tekst, LocalDate deadline,
                            ActieStatus status, String toelichting) {
        PlanActie actie = new PlanActie();
        actie.plan = plan;
        actie.thema = thema;
        actie.volgorde = volgorde;
        actie.fase = fase;
        actie.actie = tekst;
        actie.handDeadline = deadline;
        actie.status = status;
        actie.toelichting = toelichting;
        actie.plan(plan.inwerkingtreding);
        actie.persist();
        besluitregel.maakBesluiten(actie, plan.gemeenten);
        return actie;
    }

    private static int volgende(Plan plan, String thema) {
        Integer laatste = PlanActie.find("select max(a.volgorde) from PlanActie a where a.plan = ?1 and a.thema = ?2",
                plan, thema).project(Integer.class).firstResult();
        return (laatste == null ? 0 : laatste) + 1;
    }
}
