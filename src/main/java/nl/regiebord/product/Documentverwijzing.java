package nl.regiebord.product;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a delivered document is: a web address (shown as a link) or just a document's name ("Visie op
 * inburgering, raadsbesluit 12-10-2021"). Only http and https addresses become links, so a typed
 * "javascript:" never does.
 */
final class Documentverwijzing {

    private Documentverwijzing() {
    }

    /** Whether the text means to be a web address: it starts with http:// or https://. */
    static boolean bedoeltLink(String document) {
        if (document == null) {
            return false;
        }
        String klein = document.toLowerCase(Locale.ROOT);
        return klein.startsWith("http://") || klein.startsWith("https://");
    }

    /** A web address that can be followed: http or https with a host. */
    static boolean isLink(String document) {
        if (!bedoeltLink(document)) {
            return false;
        }
        try {
            URI adres = new URI(document);
            return adres.getHost() != null && !adres.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
