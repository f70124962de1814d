package nl.regiebord.meting;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * For finding N+1 queries in a benchmark: with {@code regiebord.meting.sql-per-verzoek=true} every request logs
 * how many SQL statements were sent while it ran, login included. The count is of the whole service, so it is
 * exact only when requests come one at a time (as the benchmark script sends them). Off by default.
 */
@ApplicationScoped
public class SqlPerVerzoek {

    private static final Logger LOG = Logger.getLogger(SqlPerVerzoek.class);

    @ConfigProperty(name = "regiebord.meting.sql-per-verzoek", defaultValue = "false")
    boolean aan;

    void registreer(@Observes Filters filters) {
        if (!aan) {
            return;
        }
        filters.register(verzoek -> {
            long begin = Sqlteller.AANTAL.get();
            verzoek.addEndHandler(klaar -> LOG.infof("SQL %d: %s %s -> %d", Sqlteller.AANTAL.get() - begin,
                    verzoek.request().method(), verzoek.request().uri(), verzoek.response().getStatusCode()));
            verzoek.next();
        }, 10_000);
    }
}
