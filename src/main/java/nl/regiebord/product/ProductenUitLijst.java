package nl.regiebord.product;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.regiebord.plan.Plan;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Gives a plan the products of the checklist: a new plan when it is made, and at start every plan made before
 * the checklist existed. Filling in is idempotent: a plan that has products is left alone.
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
                PlanProduct product = new PlanProduct();
                product.plan = plan;
                product.thema = thema.sleutel();
                product.volgorde = ++volgorde;
                product.product = model.naam();
                product.toelichting = model.toelichting();
                product.status = ProductStatus.OPEN;
                product.persist();
            }
        }
    }

    void bijStart(@Observes StartupEvent start) {
        try {
            int aangevuld = vulAan();
            if (aangevuld > 0) {
                LOG.infof("De productenchecklist is toegevoegd aan %d bestaande plannen", aangevuld);
            }
        } catch (RuntimeException e) {
            // another instance starting at the same moment filled the same plans first (unique plan_id, volgorde)
            LOG.warnf("Bestaande plannen zijn niet aangevuld met de productenchecklist; dat gebeurt bij de volgende "
                    + "start: %s", e.getMessage());
        }
    }

    /** Gives every plan without products the checklist, in a transaction of its own; answers how many got it. */
    public int vulAan() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Plan> zonder = Plan.list("id not in (select p.plan.id from PlanProduct p)");
            zonder.forEach(this::maakVoor);
            return zonder.size();
        });
    }
}
