package nl.regiebord.actie;

import jakarta.inject.Singleton;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.Onderwerptitels;

/** Names changed actions in the recent changes by what they say. */
@Singleton
public class Actietitels extends Onderwerptitels {

    Actietitels() {
        super(Historie.ACTIE, PlanActie::namen);
    }
}
