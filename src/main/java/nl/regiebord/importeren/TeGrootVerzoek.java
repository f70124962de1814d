package nl.regiebord.importeren;

import io.netty.handler.codec.DecoderException;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import nl.regiebord.api.Foutscherm;
import nl.regiebord.api.Probleem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body larger than {@code quarkus.http.limits.max-body-size} is refused by the HTTP layer before any resource,
 * filter or exception mapper sees it, with an empty 413. This route runs just before that check and answers the
 * same refusal as a Dutch problem document (or, for a page, a short Dutch text). A body sent without a length
 * (chunked) is read here, counting, before any resource runs: past the limit it gets the same refusal. Left to
 * RESTEasy's own reader it would end the response itself with an empty 413 and log two stack traces. What is
 * read is handed on as Vert.x's parsed body (uploads in the uploads directory), which RESTEasy then takes.
 */
@ApplicationScoped
public class TeGrootVerzoek {

    /** Just before Quarkus's own check of the length (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT, which is -2). */
    static final int VOLGORDE = -3;
    static final int STATUS = 413;

    /** Set on a request whose refusal went out before its body was read: its cut-off connection is no error. */
    private static final String AFGEKAPT = "regiebord.afgekapt";

    private static final Set<HttpMethod> MET_INHOUD = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize grens;
    @ConfigProperty(name = "quarkus.http.body.uploads-directory")
    String uploadmap;

    private BodyHandler zonderLengte;

    void registreer(@Observes Router router) {
        zonderLengte = BodyHandler.create(uploadmap).setBodyLimit(grens.asLongValue()).setHandleFileUploads(true)
                .setDeleteUploadedFilesOnEnd(true).setMergeFormAttributes(true);
        router.route().order(VOLGORDE).handler(this::controleerLengte).failureHandler(this::gelezenMislukt);
    }

    private void controleerLengte(RoutingContext verzoek) {
        String lengte = verzoek.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (lengte != null && verzoek.request().method() != HttpMethod.GET && teGroot(lengte)) {
            sluitNaAntwoord(verzoek);
            weiger(verzoek);
            return;
        }
        if (lengte == null && MET_INHOUD.contains(verzoek.request().method())) {
            zonderLengte.handle(verzoek);
            return;
        }
        verzoek.next();
    }

    /**
     * The body handler above fails the request with 413 once a body without a length passes the limit, and with
     * the multipart decoder's exception when the form cannot be read: both answered here, in Dutch. Failures of
     * later handlers, after the body was read, go on to the application's own answers.
     */
    private void gelezenMislukt(RoutingContext verzoek) {
        if (verzoek.response().ended() && Boolean.TRUE.equals(verzoek.get(AFGEKAPT))) {
            return; // the refusal is out; the rest of the body fails because the connection closes, as intended
        } else if (verzoek.response().ended()) {
            verzoek.next();
        } else if (verzoek.statusCode() == STATUS) {
            sluitNaAntwoord(verzoek);
            weiger(verzoek);
        } else if (verzoek.failure() instanceof DecoderException) {
            sluitNaAntwoord(verzoek);
            antwoord(verzoek, 400, "Ongeldige invoer", "Het formulier kon niet worden gelezen: het is geen geldige "
                    + "multipart/form-data. Stuur de werkmap in het veld '" + Uploadverzoek.BESTAND + "'.", null);
        } else {
            verzoek.next();
        }
    }

    /** The rest of the body is not read: close the connection once the answer is out. */
    private static void sluitNaAntwoord(RoutingContext verzoek) {
        verzoek.put(AFGEKAPT, true);
        verzoek.response().putHeader(HttpHeaders.CONNECTION, "close");
        verzoek.response().endHandler(klaar -> verzoek.request().connection().close());
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
        JsonArray velden = verzoek.normalizedPath().contains("/import/") ? new JsonArray().add(new JsonObject()
                .put("veld", Uploadverzoek.BESTAND)
                .put("melding", "is groter dan " + grens.asLongValue() / (1024 * 1024) + " MB")) : null;
        antwoord(verzoek, STATUS, "Te groot", detail, velden);
    }

    /** A problem document, or for a page a short Dutch text: the application's error page is not reached here. */
    private static void antwoord(RoutingContext verzoek, int status, String titel, String detail, JsonArray velden) {
        if (Foutscherm.voorPagina(verzoek.normalizedPath())) {
            verzoek.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8")
                    .end(titel + "\n\n" + detail + "\n");
            return;
        }
        JsonObject probleem = new JsonObject().put("type", "about:blank").put("title", titel).put("status", status)
                .put("detail", detail);
        if (velden != null) {
            probleem.put("velden", velden);
        }
        verzoek.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Probleem.MEDIA_TYPE)
                .end(probleem.encode());
    }
}
