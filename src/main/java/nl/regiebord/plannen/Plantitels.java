package nl.regiebord.plannen;

import jakarta.inject.Singleton;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.Onderwerptitels;
import nl.regiebord.plan.Plan;

/** Names changed plans in the recent changes by their name. */
@Singleton
public class Plantitels extends Onderwerptitels {

    Plantitels() {
        super(Historie.PLAN, Plan::namen);
    }
}
