package nl.regiebord.security;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import nl.regiebord.api.ApiFout;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses a state-changing request that the session cookie authenticated but that does not carry the session's
 * CSRF token: in the form field {@value Csrf#VELD}, or in the header {@value Csrf#KOP} for the pages' own
 * scripts. Requests with basic auth carry no cookie a third site could borrow, so they need no token.
 */
public class CsrfBewaker {

    private static final Set<String> VEILIG = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    HuidigeGebruiker gebruiker;
    @Inject
    Sessiecookie sessiecookie;

    @ServerRequestFilter
    @WithFormRead
    public void controleer(ResteasyReactiveContainerRequestContext verzoek) {
        if (VEILIG.contains(verzoek.getMethod())) {
            return;
        }
        var sessie = gebruiker.sessie();
        if (sessie.isEmpty()) {
            return;
        }
        String verwacht = sessiecookie.csrfToken(sessie.get());
        String gegeven = verzoek.getHeaderString(Csrf.KOP);
        if (gegeven == null) {
            var context = (ResteasyReactiveRequestContext) verzoek.getServerRequestContext();
            Object veld = context.getFormParameter(Csrf.VELD, true, false);
            gegeven = veld == null ? null : veld.toString();
        }
        if (gegeven == null || !MessageDigest.isEqual(verwacht.getBytes(StandardCharsets.US_ASCII),
                gegeven.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiFout(403, "Deze wijziging is niet uitgevoerd: het formulier kwam niet van een pagina van "
                    + "Regiebord in deze sessie (CSRF-controle). Laad de pagina opnieuw en probeer het nog eens.",
                    null, null);
        }
    }
}
