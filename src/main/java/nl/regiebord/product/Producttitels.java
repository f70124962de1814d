package nl.regiebord.product;

import jakarta.enterprise.context.ApplicationScoped;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.Onderwerptitels;

import java.util.Collection;
import java.util.Map;

/** Names changed products in the recent changes by their name. */
@ApplicationScoped
public class Producttitels implements Onderwerptitels {

    @Override
    public String onderwerp() {
        return Historie.PRODUCT;
    }

    @Override
    public Map<Long, String> titels(Collection<Long> ids) {
        return Planproduct.namen(ids);
    }
}
