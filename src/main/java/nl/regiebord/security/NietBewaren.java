package nl.regiebord.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code Cache-Control: no-store} on every answer that does not choose its own caching: pages, API answers, the
 * xlsx downloads, the backup (password hashes and the session key), refusals and the login page. None of them
 * may stay behind in a browser's cache or a proxy on a shared computer. The static files under {@value #STATISCH}
 * keep the long caching the static file handler gives them.
 */
@ApplicationScoped
public class NietBewaren {

    /** Before every other route of the application, so that even an early refusal (413) carries it. */
    static final int VOLGORDE = -100;
    static final String STATISCH = "/static/";
    static final String NIET_BEWAREN = "no-store";

    void registreer(@Observes Router router) {
        router.route().order(VOLGORDE).handler(this::zetKop);
    }

    private void zetKop(RoutingContext verzoek) {
        if (!verzoek.normalizedPath().startsWith(STATISCH)) {
            verzoek.addHeadersEndHandler(klaar -> {
                if (!verzoek.response().headers().contains(HttpHeaders.CACHE_CONTROL)) {
                    verzoek.response().putHeader(HttpHeaders.CACHE_CONTROL, NIET_BEWAREN);
                }
            });
        }
        verzoek.next();
    }
}
