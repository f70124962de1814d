package nl.regiebord.risico;

import jakarta.enterprise.context.ApplicationScoped;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.Onderwerptitels;

import java.util.Collection;
import java.util.Map;

/** Names changed risks in the recent changes by their description. */
@ApplicationScoped
public class Risicotitels implements Onderwerptitels {

    @Override
    public String onderwerp() {
        return Historie.RISICO;
    }

    @Override
    public Map<Long, String> titels(Collection<Long> ids) {
        return Risico.omschrijvingen(ids);
    }
}
