package nl.regiebord.opstart;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.regiebord.gebruiker.Gebruiker;
import nl.regiebord.modelplan.ModelActie;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.product.Planproduct;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Instances starting together on one database do the start-up work once, one after the other. */
@QuarkusTest
class OpstartTest {

    @Inject
    Opstart opstart;
    @Inject
    EntityManager em;

    @Test
    void twoStartsAtTheSameMomentWriteEverythingOnce() throws Exception {
        long plan = Testplannen.gemeente();
        // a plan from before the productenchecklist: without the lock both starts would fill it in
        QuarkusTransaction.requiringNew().run(() -> Planproduct.delete("plan.id", plan));
        long gebruikers = QuarkusTransaction.requiringNew().call(() -> Gebruiker.count());
        long acties = QuarkusTransaction.requiringNew().call(() -> ModelActie.count());

        CountDownLatch tegelijk = new CountDownLatch(1);
        CompletableFuture<Void> eerste = CompletableFuture.runAsync(() -> wachtEnStart(tegelijk));
        CompletableFuture<Void> tweede = CompletableFuture.runAsync(() -> wachtEnStart(tegelijk));
        tegelijk.countDown();
        eerste.get(60, TimeUnit.SECONDS);
        tweede.get(60, TimeUnit.SECONDS);

        assertEquals(33L, QuarkusTransaction.requiringNew().call(() -> Planproduct.count("plan.id", plan)));
        assertEquals(gebruikers, QuarkusTransaction.requiringNew().call(() -> Gebruiker.count()));
        assertEquals(acties, QuarkusTransaction.requiringNew().call(() -> ModelActie.count()));
        assertEquals(1L, tel("select count(*) from instelling where naam = 'sessiesleutel'"));
        assertEquals(1L, tel("select count(*) from seed_versie"));
    }

    @Test
    void aStartWaitsWhileAnotherInstanceHoldsTheLock() throws Exception {
        CountDownLatch vergrendeld = new CountDownLatch(1);
        CountDownLatch loslaten = new CountDownLatch(1);
        CompletableFuture<Void> andereInstantie = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    em.createNativeQuery("select id from opstartslot where id = 1 for update").getSingleResult();
                    vergrendeld.countDown();
                    wacht(loslaten);
                }));
        assertTrue(vergrendeld.await(30, TimeUnit.SECONDS));
        CompletableFuture<Void> start = CompletableFuture.runAsync(opstart::voerUit);
        Thread.sleep(500);
        assertFalse(start.isDone(), "de start wacht niet op de andere instantie");
        loslaten.countDown();
        andereInstantie.get(30, TimeUnit.SECONDS);
        start.get(60, TimeUnit.SECONDS);
    }

    private void wachtEnStart(CountDownLatch tegelijk) {
        wacht(tegelijk);
        opstart.voerUit();
    }

    private long tel(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult())
                .longValue());
    }

    private static void wacht(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException onderbroken) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(onderbroken);
        }
    }
}
