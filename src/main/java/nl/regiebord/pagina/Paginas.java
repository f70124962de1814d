package nl.regiebord.pagina;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.regiebord.api.ApiFout;

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

    /**
     * The one way a page handles a form post: carry out the change and answer what it answers (usually
     * {@link #naar} a page: post/redirect/get); when the rules refuse it, show the page again with the refusal's
     * status, the message at each field, what was typed, and on a 409 the other person's change beside it.
     *
     * @param doel     which form on the page was posted ("nieuw", "risico-12"), so only that one shows the refusal
     * @param wijziging the change and the answer after it
     * @param pagina   the page to show again, given the refusal
     */
    public static Response verwerk(Formulier formulier, String doel, Supplier<Response> wijziging,
                                   Function<Formulierfout, TemplateInstance> pagina) {
        try {
            return wijziging.get();
        } catch (ApiFout fout) {
            return opnieuw(fout, pagina.apply(Formulierfout.van(doel, fout, formulier)));
        }
    }

    /** Post/redirect/get: after a change, the browser asks for the page again, which confirms the save. */
    public static Response naar(String pad) {
        return Response.seeOther(URI.create(pad)).cookie(Opslagmelding.na()).build();
    }
}
