package nl.regiebord.toegang;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regiebord.api.ApiFout;
import nl.regiebord.plan.Plan;
import nl.regiebord.security.Aangemelde;
import nl.regiebord.security.HuidigeGebruiker;

/**
 * Whether the signed-in user may do something in a plan. A plan in which they have no role does not exist for
 * them (404, as if it were not there); a right their role lacks is a 403 that says so.
 */
@RequestScoped
public class Toegang {

    @Inject
    HuidigeGebruiker gebruiker;

    private final Map<Long, Optional<Rol>> rollen = new HashMap<>();

    public Optional<Rol> rolIn(Long planId) {
        Long gebruikerId = gebruiker.id();
        if (gebruikerId == null || planId == null) {
            return Optional.empty();
        }
        return rollen.computeIfAbsent(planId, id -> Lidmaatschap.rolVan(gebruikerId, id));
    }

    public boolean mag(Long planId, Recht recht) {
        if (recht.isAlgemeen()) {
            return gebruiker.isBeheerder();
        }
        if (recht.isVoorBeheerder() && gebruiker.isBeheerder()) {
            return true;
        }
        return rolIn(planId).map(rol -> rol.mag(recht)).orElse(false);
    }

    /** Refuses unless the user may; see the class comment for which answer. */
    public void vereis(Long planId, Recht recht) {
        Aangemelde wie = gebruiker.vereist();
        if (recht.isAlgemeen()) {
            if (!wie.beheerder()) {
                throw verboden("Alleen een beheerder mag " + handeling(recht) + ".");
            }
            return;
        }
        Optional<Rol> rol = rolIn(planId);
        if (rol.isEmpty()) {
            if (recht.isVoorBeheerder() && wie.beheerder() && Plan.findById(planId) != null) {
                return;
            }
            throw ApiFout.nietGevonden("Er is geen plan met nummer " + planId + ".");
        }
        if (!mag(planId, recht)) {
            throw verboden("Je rol in dit plan is '" + rol.get().tekst() + "'; daarmee mag je "
                    + ontkend(handeling(recht)) + ".");
        }
    }

    /** The ids of the plans the user has a role in. */
    public List<Long> zichtbarePlannen() {
        Long gebruikerId = gebruiker.id();
        if (gebruikerId == null) {
            return List.of();
        }
        return Lidmaatschap.planIdsVan(gebruikerId);
    }

    private static ApiFout verboden(String detail) {
        return new ApiFout(403, detail, null, null);
    }

    /** "acties niet wijzigen": every {@link #handeling} ends in its verb, and "niet" goes right before it. */
    static String ontkend(String handeling) {
        int werkwoord = handeling.lastIndexOf(' ') + 1;
        return handeling.substring(0, werkwoord) + "niet " + handeling.substring(werkwoord);
    }

    static String handeling(Recht recht) {
        return switch (recht) {
            case LEZEN -> "dit plan inzien";
            case EXPORTEREN -> "exporteren";
            case ACTIES_WIJZIGEN -> "acties wijzigen";
            case KAARTEN_WIJZIGEN -> "projectkaarten wijzigen";
            case RISICOS_WIJZIGEN -> "risico's wijzigen";
            case STAKEHOLDERS_WIJZIGEN -> "stakeholders wijzigen";
            case RISICOREVIEW_VASTLEGGEN -> "besluiten van de risicoreview vastleggen";
            case VERGADERING_VASTLEGGEN -> "een stuurgroepvergadering vastleggen";
            case PLAN_WIJZIGEN -> "de gegevens van het plan wijzigen";
            case LEDEN_BEKIJKEN -> "de leden van het plan bekijken";
            case LEDEN_BEHEREN -> "de leden van het plan beheren";
            case GEBRUIKERS_BEHEREN -> "gebruikers beheren";
            case PLANNEN_AANMAKEN -> "plannen aanmaken";
            case BACKUP_MAKEN -> "een back-up maken";
        };
    }
}
