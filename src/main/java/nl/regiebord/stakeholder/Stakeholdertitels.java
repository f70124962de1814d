package nl.regiebord.stakeholder;

import jakarta.inject.Singleton;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.Onderwerptitels;

/** Names changed stakeholders in the recent changes by their name. */
@Singleton
public class Stakeholdertitels extends Onderwerptitels {

    Stakeholdertitels() {
        super(Historie.STAKEHOLDER, Stakeholder::namen);
    }
}
