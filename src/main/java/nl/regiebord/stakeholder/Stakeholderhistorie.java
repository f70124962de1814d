package nl.regiebord.stakeholder;

import jakarta.enterprise.context.ApplicationScoped;
import nl.regiebord.actie.PlanActie;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.Historielabels;

/** A stakeholder's history on the pages: the linked actions by name rather than id. */
@ApplicationScoped
public class Stakeholderhistorie implements Historielabels {

    @Override
    public String onderwerp() {
        return Historie.STAKEHOLDER;
    }

    @Override
    public String waarde(String veld, String waarde) {
        return veld.equals("acties") ? Historielabels.namen(waarde, PlanActie::namen) : waarde;
    }
}
