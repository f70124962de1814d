package nl.regiebord.risico;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.regiebord.plan.Plan;

import java.time.Clock;
import java.time.LocalDate;

/** The review intervals of a plan: the defaults of {@link Reviewplanning} unless the plan set its own. */
@ApplicationScoped
public class Reviewcadans {

    @Inject
    Clock klok;

    public Reviewplanning planning(Plan plan) {
        return new Reviewplanning(Reviewplanning.HOOG, Reviewplanning.MIDDEN, Reviewplanning.LAAG,
                LocalDate.now(klok), klok.getZone());
    }
}
