package nl.regiebord.risico;

import jakarta.enterprise.context.ApplicationScoped;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.Historielabels;

/** A risk's history on the pages: the cluster by the risk's number ("R3") rather than its id. */
@ApplicationScoped
public class Risicohistorie implements Historielabels {

    static final String GECLUSTERD_IN = "geclusterd in";

    @Override
    public String onderwerp() {
        return Historie.RISICO;
    }

    @Override
    public String waarde(String veld, String waarde) {
        return veld.equals(GECLUSTERD_IN) ? Historielabels.namen(waarde, Risico::nummers) : waarde;
    }
}
