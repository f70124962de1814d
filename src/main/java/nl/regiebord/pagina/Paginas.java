package nl.regiebord.pagina;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.regiebord.api.ApiFout;

import java.net.URI;

/** The answers a page gives after a form post. */
public final class Paginas {

    private Paginas() {
    }

    /** The form was refused: show the page again, with the refusal's status (400, 409, 422). A 404 stays a 404. */
    public static Response opnieuw(ApiFout fout, TemplateInstance pagina) {
        if (fout.status() == 404) {
            throw fout;
        }
        return fout.metKoppen(Response.status(fout.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(pagina)).build();
    }

    /** Post/redirect/get: after a change, the browser asks for the page again. */
    public static Response naar(String pad) {
        return Response.seeOther(URI.create(pad)).build();
    }
}
