package nl.regiebord.security;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every {@code Location} the service answers (a page's redirect after a login, a logout or a form; an API's 201)
 * is a path on this site, never an absolute address. JAX-RS would build one from the request's {@code Host}
 * header, which the client writes: {@code Host: evil.example} would send the browser there after logging in.
 */
public class EigenAdres {

    @ServerResponseFilter
    public void maakRelatief(ContainerResponseContext antwoord) {
        Object locatie = antwoord.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (locatie != null) {
            antwoord.getHeaders().putSingle(HttpHeaders.LOCATION, pad(URI.create(locatie.toString())));
        }
    }

    static String pad(URI adres) {
        String pad = adres.getRawPath() == null || adres.getRawPath().isEmpty() ? "/" : adres.getRawPath();
        return pad + (adres.getRawQuery() == null ? "" : "?" + adres.getRawQuery())
                + (adres.getRawFragment() == null ? "" : "#" + adres.getRawFragment());
    }
}
