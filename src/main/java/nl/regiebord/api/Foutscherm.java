package nl.regiebord.api;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The error page a person sees in the browser; API clients get problem+json instead. */
public final class Foutscherm {

    @CheckedTemplate(basePath = "Foutscherm")
    static class Templates {
        static native TemplateInstance fout(int status, String titel, String detail);
    }

    private Foutscherm() {
    }

    public static boolean voorPagina(String pad) {
        if (pad == null) {
            return false;
        }
        String zonderSlash = pad.startsWith("/") ? pad.substring(1) : pad;
        return !(zonderSlash.equals("api") || zonderSlash.startsWith("api/") || zonderSlash.startsWith("q/"));
    }

    public static Response antwoord(int status, String titel, String detail) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.fout(status, titel, detail)).build();
    }
}
