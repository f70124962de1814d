package nl.regiebord.stakeholder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.regiebord.actie.PlanActie;
import nl.regiebord.plan.Plan;

/**
 * The gaps in the care for the belangrijke spelers: no contact planned (no frequentie, or only incidenteel), no
 * one responsible for the contact, or no communication action of the plan that reaches them. For the dashboard
 * and the register.
 */
@ApplicationScoped
public class Dekkingscontrole {

    /** The theme of voorlichting en communicatie in the model. */
    static final String COMMUNICATIETHEMA = "communicatie";
    static final String GEEN_CONTACT = "geen contact gepland";
    static final String GEEN_VERANTWOORDELIJKE = "geen verantwoordelijke";
    static final String GEEN_ACTIE = "niet gekoppeld aan een communicatieactie";

    public record Gat(Long id, String naam, List<String> ontbreekt) {
    }

    @Inject
    StakeholderService stakeholders;

    @Transactional
    public List<Gat> van(Plan plan) {
        return van(plan, stakeholders.vanPlan(plan, false));
    }

    /** The same, for the plan's current stakeholders that the caller has already read. */
    @Transactional
    public List<Gat> van(Plan plan, List<Stakeholder> huidige) {
        List<Stakeholder> spelers = huidige.stream().filter(s -> s.kwadrant() == Kwadrant.BELANGRIJKE_SPELER).toList();
        Set<Long> communicatieacties = new HashSet<>(PlanActie.idsMetThema(plan, COMMUNICATIETHEMA));
        List<Gat> gaten = new ArrayList<>();
        for (Stakeholder s : spelers) {
            List<String> ontbreekt = new ArrayList<>();
            if (s.frequentie == null || !s.frequentie.isPeriodiek()) {
                ontbreekt.add(GEEN_CONTACT);
            }
            if (s.verantwoordelijke == null) {
                ontbreekt.add(GEEN_VERANTWOORDELIJKE);
            }
            if (s.actieIds.stream().noneMatch(communicatieacties::contains)) {
                ontbreekt.add(GEEN_ACTIE);
            }
            if (!ontbreekt.isEmpty()) {
                gaten.add(new Gat(s.id, s.naam, ontbreekt));
            }
        }
        return gaten;
    }
}
