package nl.regiebord.importeren;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.regiebord.api.Probleem;
import nl.regiebord.pagina.Foutpagina;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body larger than {@code quarkus.http.limits.max-body-size} is refused by the HTTP layer before any resource,
 * filter or exception mapper sees it, with an empty 413. This route runs just before that check and answers the
 * same refusal as a Dutch problem document (or, for a page, a short Dutch text). A body sent without a length
 * (chunked) that grows too large while being read is refused by Quarkus's reader, which ends the response itself
 * with an empty 413: still 413 and nothing changed, but without the Dutch text.
 */
@ApplicationScoped
public class TeGrootVerzoek {

    /** Just before Quarkus's own check of the length (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT, which is -2). */
    static final int VOLGORDE = -3;
    static final int STATUS = 413;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize grens;

    void registreer(@Observes Router router) {
        router.route().order(VOLGORDE).handler(this::controleerLengte);
    }

    private void controleerLengte(RoutingContext verzoek) {
        String lengte = verzoek.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (lengte != null && verzoek.request().method() != HttpMethod.GET && teGroot(lengte)) {
            // the rest of the body is not read: close the connection once the answer is out
            verzoek.response().putHeader(HttpHeaders.CONNECTION, "close");
            verzoek.response().endHandler(klaar -> verzoek.request().connection().close());
            weiger(verzoek);
            return;
        }
        verzoek.next();
    }

    private boolean teGroot(String lengte) {
        try {
            return Long.parseLong(lengte.strip()) > grens.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void weiger(RoutingContext verzoek) {
        String detail = "Het verzoek is te groot: ten hoogste " + grens.asLongValue() / (1024 * 1024)
                + " MB wordt aangenomen. Een ingevulde checklist mag ten hoogste "
                + Werkmapopener.MAX_BESTAND / (1024 * 1024) + " MB zijn; er is niets gewijzigd.";
        if (Foutpagina.voorPagina(verzoek.normalizedPath())) {
            verzoek.response().setStatusCode(STATUS).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8")
                    .end("Te groot\n\n" + detail + "\n");
            return;
        }
        JsonObject probleem = new JsonObject().put("type", "about:blank").put("title", "Te groot").put("status", STATUS)
                .put("detail", detail);
        verzoek.response().setStatusCode(STATUS).putHeader(HttpHeaders.CONTENT_TYPE, Probleem.MEDIA_TYPE)
                .end(probleem.encode());
    }
}
