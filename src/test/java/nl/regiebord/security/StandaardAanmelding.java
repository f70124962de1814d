package nl.regiebord.security;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/** Before every Quarkus test: act as the test beheerder, whatever the previous test switched to. */
public class StandaardAanmelding implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        Testgebruikers.alsBeheerder();
    }
}
