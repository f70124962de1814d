package nl.regiebord.toegang;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What the pages ask before they offer a form: {@code {#if inject:rechten.acties(plan.id)}}. A page shows the
 * same data to everyone in the plan; only the controls to change it depend on the role. The server checks
 * every change anyway ({@link Toegangsfilter}); this only spares a user a form they cannot use.
 */
@Named("rechten")
@RequestScoped
public class Rechten {

    @Inject
    Toegang toegang;

    public boolean acties(Long planId) {
        return toegang.mag(planId, Recht.ACTIES_WIJZIGEN);
    }

    public boolean risicos(Long planId) {
        return toegang.mag(planId, Recht.RISICOS_WIJZIGEN);
    }

    public boolean kaarten(Long planId) {
        return toegang.mag(planId, Recht.KAARTEN_WIJZIGEN);
    }

    public boolean stakeholders(Long planId) {
        return toegang.mag(planId, Recht.STAKEHOLDERS_WIJZIGEN);
    }

    public boolean risicoreview(Long planId) {
        return toegang.mag(planId, Recht.RISICOREVIEW_VASTLEGGEN);
    }

    public boolean vergadering(Long planId) {
        return toegang.mag(planId, Recht.VERGADERING_VASTLEGGEN);
    }

    public boolean plan(Long planId) {
        return toegang.mag(planId, Recht.PLAN_WIJZIGEN);
    }

    public boolean leden(Long planId) {
        return toegang.mag(planId, Recht.LEDEN_BEHEREN);
    }

    /** "stuurgroep", or empty when the user has no role in the plan. */
    public String rol(Long planId) {
        return toegang.rolIn(planId).map(Rol::tekst).orElse("");
    }
}
