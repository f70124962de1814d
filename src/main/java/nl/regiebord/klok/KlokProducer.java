package nl.regiebord.klok;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** Time for every rule ('te laat', export dates) comes from this clock, so tests can fix it. */
@ApplicationScoped
public class KlokProducer {

    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Produces
    @ApplicationScoped
    Clock klok() {
        return Clock.system(NEDERLAND);
    }
}
