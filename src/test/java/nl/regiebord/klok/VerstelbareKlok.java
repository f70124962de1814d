package nl.regiebord.klok;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The clock of every test: fixed at 23 November 2026 unless a test sets another day. */
@Alternative
@Priority(1)
@Singleton
public class VerstelbareKlok extends Clock {

    public static final LocalDate STANDAARD = LocalDate.of(2026, 11, 23);

    private volatile Instant nu = op(STANDAARD);

    public void zet(LocalDate dag) {
        nu = op(dag);
    }

    public void herstel() {
        zet(STANDAARD);
    }

    private static Instant op(LocalDate dag) {
        return dag.atTime(10, 0).atZone(KlokProducer.NEDERLAND).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return KlokProducer.NEDERLAND;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(nu, zone);
    }

    @Override
    public Instant instant() {
        return nu;
    }
}
