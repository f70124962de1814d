package nl.regiebord.importeren;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import nl.regiebord.api.ApiFout;

/**
 * How many uploaded workbooks this instance reads at once. Each may take tens of megabytes of memory while POI
 * holds it, so a burst of uploads waits its turn at the client (503 with Retry-After) instead of filling the heap.
 */
@ApplicationScoped
public class Importplaatsen {

    static final int TEGELIJK = 2;
    static final int OPNIEUW_NA_SECONDEN = 10;

    private final Semaphore plaatsen = new Semaphore(TEGELIJK);

    <T> T metPlaats(Supplier<T> werk) {
        if (!neem()) {
            throw ApiFout.bezet(Uploadverzoek.BESTAND, "kan nu niet worden verwerkt, probeer het zo opnieuw",
                    "Er worden nu al " + TEGELIJK + " werkmappen verwerkt. "
                    + "Probeer het over " + OPNIEUW_NA_SECONDEN + " seconden opnieuw; er is niets gewijzigd.",
                    OPNIEUW_NA_SECONDEN);
        }
        try {
            return werk.get();
        } finally {
            geefTerug();
        }
    }

    boolean neem() {
        return plaatsen.tryAcquire();
    }

    void geefTerug() {
        plaatsen.release();
    }
}
