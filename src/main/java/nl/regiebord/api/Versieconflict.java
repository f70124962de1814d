package nl.regiebord.api;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;

/**
 * Writes the changes of the current transaction now, so that an edit that lost a race (two people saving the
 * same version at the same moment) is refused like any stale version: 409 with the current state, read in a
 * transaction of its own because this one is rolled back.
 */
public final class Versieconflict {

    private Versieconflict() {
    }

    public static void schrijfOfWeiger(Supplier<Object> huidigeStand) {
        try {
            Panache.getEntityManager().flush();
        } catch (PersistenceException fout) {
            if (fout instanceof OptimisticLockException || fout.getCause() instanceof StaleStateException) {
                throw ApiFout.versieConflict(QuarkusTransaction.requiringNew().call(huidigeStand::get));
            }
            throw fout;
        }
    }
}
