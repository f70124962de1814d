package nl.regiebord.projectkaart;

import jakarta.enterprise.context.ApplicationScoped;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.Onderwerptitels;

import java.util.Collection;
import java.util.Map;

/** Names changed project cards in the recent changes by their title. */
@ApplicationScoped
public class Kaarttitels implements Onderwerptitels {

    @Override
    public String onderwerp() {
        return Historie.PROJECTKAART;
    }

    @Override
    public Map<Long, String> titels(Collection<Long> ids) {
        return Projectkaart.titels(ids);
    }
}
