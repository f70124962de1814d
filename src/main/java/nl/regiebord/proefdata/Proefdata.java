package nl.regiebord.proefdata;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Random;
import nl.regiebord.gebruiker.Gebruiker;
import nl.regiebord.gebruiker.Wachtwoorden;
import nl.regiebord.plan.Plan;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Test data at national scale, for measuring: with {@code regiebord.proefdata.plannen=N} (env
 * {@code REGIEBORD_PROEFDATA_PLANNEN}) the first start fills the database with N made-up plans before it serves. A
 * plan whose name is already there is skipped, so a restart adds nothing and an interrupted run goes on where it
 * stopped. Off (0) by default; never switch it on for a real installation.
 */
@ApplicationScoped
public class Proefdata {

    private static final Logger LOG = Logger.getLogger(Proefdata.class);

    /** What a run did. */
    public record Uitkomst(int gemaakt, int alAanwezig, long millis) {
    }

    @ConfigProperty(name = "regiebord.proefdata.plannen", defaultValue = "0")
    int plannen;
    /** The password of every generated user (gebruikersnaam e.g. {@code aaldam.projectmanager}). */
    @ConfigProperty(name = "regiebord.proefdata.wachtwoord", defaultValue = "proefdata-wachtwoord")
    String wachtwoord;
    @ConfigProperty(name = "regiebord.proefdata.zaad", defaultValue = "2021")
    long zaad;

    @Inject
    Proefplanmaker maker;
    @Inject
    Wachtwoorden wachtwoorden;

    /** After the model, the first beheerder and the product list are in place. */
    void bijStart(@Observes @Priority(5000) StartupEvent start) {
        if (plannen > 0) {
            vul(plannen);
        }
    }

    /** Makes the first {@code aantal} plans of the set that are not there yet, each in its own transaction. */
    public Uitkomst vul(int aantal) {
        long begin = System.nanoTime();
        List<Proefnamen.Proefplan> set = Proefnamen.plannen(aantal, zaad);
        String hash = null;
        int gemaakt = 0;
        int aanwezig = 0;
        for (Proefnamen.Proefplan proef : set) {
            boolean bestaat = QuarkusTransaction.requiringNew().call(() -> Plan.bestaatMetNaam(proef.naam()));
            if (bestaat) {
                aanwezig++;
                continue;
            }
            if (hash == null) {
                LOG.infof("Proefdata: %d plannen maken; elke proefgebruiker heeft het wachtwoord uit "
                        + "regiebord.proefdata.wachtwoord", aantal - aanwezig);
                hash = wachtwoorden.hash(wachtwoord);
            }
            String h = hash;
            QuarkusTransaction.requiringNew().timeout(600).run(() -> maker.maak(proef, h, beheerder(),
                    new Random(zaad * 1_000_003L + proef.nummer())));
            gemaakt++;
            if (gemaakt % 10 == 0 || proef.nummer() == aantal) {
                LOG.infof("Proefdata: plan %d van %d gemaakt (%s), %.1f s", proef.nummer(), aantal, proef.naam(),
                        (System.nanoTime() - begin) / 1e9);
            }
        }
        Uitkomst uitkomst = new Uitkomst(gemaakt, aanwezig, (System.nanoTime() - begin) / 1_000_000);
        if (gemaakt > 0) {
            LOG.infof("Proefdata: %d plannen gemaakt, %d waren er al, in %.1f s", gemaakt, aanwezig,
                    uitkomst.millis() / 1000.0);
        }
        return uitkomst;
    }

    private static Gebruiker beheerder() {
        return Gebruiker.eersteActieveBeheerder();
    }
}
