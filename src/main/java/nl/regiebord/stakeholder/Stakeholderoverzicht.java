package nl.regiebord.stakeholder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.regiebord.plan.Plan;

/**
 * The dashboard's stakeholder block: overdue contacts (belangrijke spelers first) and the coverage gaps of the
 * belangrijke spelers, so nobody misses that a key player has not been spoken to in months.
 */
@ApplicationScoped
public class Stakeholderoverzicht {

    public record Overzicht(List<StakeholderJson> contactTeLaat, List<Dekkingscontrole.Gat> gaten) {
    }

    @Inject
    StakeholderService stakeholders;
    @Inject
    Dekkingscontrole dekking;

    @Transactional
    public Overzicht van(Plan plan) {
        List<Stakeholder> huidige = stakeholders.vanPlan(plan, false);
        List<StakeholderJson> teLaat = stakeholders.alsJson(plan, huidige).stream()
                .filter(StakeholderJson::contactTeLaat).sorted(Contactplanning.VOLGORDE).toList();
        return new Overzicht(teLaat, dekking.van(plan, huidige));
    }
}
