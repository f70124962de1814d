package nl.regiebord.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.regiebord.plan.Plan;
import org.jboss.logging.Logger;

/**
 * Gives a plan the products of the checklist: a new plan when it is made, and at start every plan made before
 * the checklist existed ({@code Opstart}). Filling in is idempotent: a plan that has products is left alone.
 */
@ApplicationScoped
public class ProductenUitLijst {

    private static final Logger LOG = Logger.getLogger(ProductenUitLijst.class);

    @Inject
    Productenlijst lijst;

    public void maakVoor(Plan plan) {
        int volgorde = 0;
        for (Productenlijst.Thema thema : lijst.themas()) {
            for (Productenlijst.Product model : thema.producten()) {
                Planproduct product = new Planproduct();
                product.plan = plan;
                product.thema = thema.sleutel();
                product.volgorde = ++volgorde;
                product.product = model.naam();
                product.toelichting = model.toelichting();
                product.status = Productstatus.OPEN;
                product.persist();
            }
        }
    }

    /** Gives every plan without products the checklist; answers how many got it. At start by {@code Opstart}. */
    @Transactional
    public int vulAan() {
        List<Plan> zonder = Planproduct.plannenZonder();
        zonder.forEach(this::maakVoor);
        if (!zonder.isEmpty()) {
            LOG.infof("De productenchecklist is toegevoegd aan %d bestaande plannen", zonder.size());
        }
        return zonder.size();
    }
}
