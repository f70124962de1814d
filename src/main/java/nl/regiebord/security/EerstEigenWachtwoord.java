package nl.regiebord.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Foutscherm;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Someone signed in with a password a beheerder gave them (new user, reset) chooses their own before anything
 * else: every page sends them to the password change on the account page, and the API answers 403, except for
 * the change itself and "who am I" (which says why).
 */
public class EerstEigenWachtwoord {

    static final String WIJZIGPAGINA = "/account#wachtwoord";
    private static final Set<String> OPEN = Set.of("GET /account", "POST /account/wachtwoord", "POST /uitloggen",
            "GET /api/mij", "PUT /api/mij/wachtwoord");

    @Inject
    HuidigeGebruiker gebruiker;

    @ServerRequestFilter
    public Response controleer(ContainerRequestContext verzoek) {
        if (!gebruiker.aangemelde().map(Aangemelde::wachtwoordWijzigen).orElse(false)) {
            return null;
        }
        String pad = verzoek.getUriInfo().getPath();
        pad = pad.length() > 1 && pad.endsWith("/") ? pad.substring(0, pad.length() - 1) : pad;
        if (OPEN.contains(verzoek.getMethod() + " " + (pad.startsWith("/") ? pad : "/" + pad))) {
            return null;
        }
        if (Foutscherm.voorPagina(pad)) {
            return Response.seeOther(URI.create(WIJZIGPAGINA)).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
        }
        throw new ApiFout(403, "Je bent aangemeld met een tijdelijk wachtwoord van de beheerder. Kies eerst een eigen "
                + "wachtwoord met PUT /api/mij/wachtwoord (velden huidig en nieuw); daarna werkt de rest van de API.",
                null, null);
    }
}
