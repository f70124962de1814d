package nl.regiebord.opstart;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.regiebord.beheer.EersteBeheerder;
import nl.regiebord.product.ProductenUitLijst;
import nl.regiebord.security.Sessiesleutel;
import nl.regiebord.seed.SeedLader;

/**
 * Everything that writes to the database at start, in one transaction that first locks the single row of
 * {@code opstartslot}. Several instances starting at once on one database therefore do this one after the other:
 * the first loads the model, makes the session key and the first beheerder and fills in older plans; the next
 * finds it done. (A lock on the row that is to be written does not work here: on an empty database there is no
 * row yet to lock.) Flyway has already migrated under its own lock.
 */
@ApplicationScoped
public class Opstart {

    private static final int TIJD_IN_SECONDEN = 600;

    @Inject
    EntityManager em;
    @Inject
    SeedLader seed;
    @Inject
    Sessiesleutel sessiesleutel;
    @Inject
    EersteBeheerder eersteBeheerder;
    @Inject
    ProductenUitLijst producten;

    void bijStart(@Observes @Priority(10) StartupEvent start) {
        voerUit();
    }

    /**
     * The start-up work, in a fixed order; waits while another instance does it. Waiting counts against the
     * transaction's time, so it gets more than the default minute: a first load of the model on a busy machine
     * can take a while.
     */
    public void voerUit() {
        QuarkusTransaction.requiringNew().timeout(TIJD_IN_SECONDEN).run(() -> {
            em.createNativeQuery("select id from opstartslot where id = 1 for update").getSingleResult();
            seed.herlaad();
            sessiesleutel.laad();
            eersteBeheerder.maakAlsNodig();
            producten.vulAan();
        });
    }
}
