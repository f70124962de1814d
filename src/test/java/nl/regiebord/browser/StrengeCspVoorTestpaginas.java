package nl.regiebord.browser;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The test pages under /browsertest/ come with a Content-Security-Policy as strict as the product's pages may get
 * (no inline script or style), to show that Selenium and axe-core still work there.
 */
@ApplicationScoped
class StrengeCspVoorTestpaginas {

    static final String CSP = "default-src 'self'; script-src 'self'";

    void registreer(@Observes Filters filters) {
        filters.register(verzoek -> {
            if (verzoek.normalizedPath().startsWith("/browsertest/")) {
                verzoek.response().putHeader("Content-Security-Policy", CSP);
            }
            verzoek.next();
        }, 10);
    }
}
