package nl.regiebord.security;

import io.vertx.core.http.HttpServerRequest;
import java.util.Locale;
import nl.regiebord.api.ApiFout;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a path that means something else once decoded, before it is matched to any page or API operation:
 * an encoded dot ({@code %2e}: "/mijlpalen/%2e%2e" is resolved to the card itself), an encoded slash or
 * backslash, a dot segment, and {@code ;} path parameters. Nothing in Regiebord has such a path, so a request
 * with one is a mistake or a trick; it gets a 400 and nothing runs. The raw path is read, as the client sent it.
 */
public class Padcontrole {

    static final String MELDING = "Dit adres is niet toegestaan: het pad bevat een gecodeerde punt of schuine streep "
            + "(%2e, %2f, %5c), een segment '.' of '..', of een ';'. Gebruik het adres zonder deze tekens.";

    @ServerRequestFilter(preMatching = true)
    public void controleer(HttpServerRequest verzoek) {
        if (!toegestaan(verzoek.path())) {
            throw new ApiFout(400, MELDING, null, null);
        }
    }

    static boolean toegestaan(String pad) {
        if (pad == null) {
            return true;
        }
        String klein = pad.toLowerCase(Locale.ROOT);
        if (klein.contains("%2e") || klein.contains("%2f") || klein.contains("%5c") || klein.contains(";")
                || klein.contains("\\")) {
            return false;
        }
        for (String segment : klein.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
