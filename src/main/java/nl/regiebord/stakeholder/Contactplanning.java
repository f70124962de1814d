package nl.regiebord.stakeholder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regiebord.plan.Plan;

/**
 * When the next contact with a stakeholder is due: one period of its frequentie after the last logged contact,
 * or, before any contact, after the day it was added. Incidenteel (or no frequentie) plans no contact. A due day
 * before today is overdue.
 */
@ApplicationScoped
public class Contactplanning {

    /** Overdue first, belangrijke spelers first among them, then the longest overdue. */
    public static final Comparator<StakeholderJson> VOLGORDE = Comparator
            .comparing((StakeholderJson s) -> !s.contactTeLaat())
            .thenComparing(s -> s.kwadrant() != Kwadrant.BELANGRIJKE_SPELER)
            .thenComparing(StakeholderJson::volgendContact, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StakeholderJson::id);

    public record Stand(LocalDate laatste, LocalDate volgende, boolean teLaat) {
    }

    @Inject
    Clock klok;

    public LocalDate vandaag() {
        return LocalDate.now(klok);
    }

    /** Per stakeholder of the plan, its last logged contact (deleted entries do not count). */
    public Map<Long, LocalDate> laatsteContacten(Plan plan) {
        return Contact.laatsteVan(plan);
    }

    public Stand van(Stakeholder s, LocalDate laatsteContact) {
        LocalDate basis = laatsteContact != null ? laatsteContact : LocalDate.ofInstant(s.aangemaakt, klok.getZone());
        LocalDate volgende = s.frequentie == null ? null : s.frequentie.volgende(basis);
        return new Stand(laatsteContact, volgende, volgende != null && volgende.isBefore(vandaag()));
    }
}
