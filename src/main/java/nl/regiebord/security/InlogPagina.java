package nl.regiebord.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Logging in and out of the pages. The API does not use these: it takes basic auth on every request. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class InlogPagina {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inloggen(String terug, String gebruikersnaam, String melding, boolean uitgelogd);
    }

    /** Fetch metadata: what the browser says about where a request comes from; clients like curl send none. */
    static final String HERKOMST = "Sec-Fetch-Site";
    static final String VAN_ANDERE_SITE = "Inloggen kan alleen met het inlogformulier van Regiebord zelf. "
            + "Open de inlogpagina en log daar in.";

    @Inject
    Aanmelding aanmelding;
    @Inject
    Sessiecookie sessiecookie;
    @Inject
    HuidigeGebruiker gebruiker;

    @GET
    @Path("inloggen")
    public Response formulier(@QueryParam("terug") String terug, @QueryParam("uitgelogd") String uitgelogd) {
        return Response.ok(Templates.inloggen(veilig(terug), "", null, uitgelogd != null))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @POST
    @Path("inloggen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response inloggen(MultivaluedMap<String, String> velden, @Context HttpServerRequest verzoek) {
        String naam = velden.getFirst("gebruikersnaam");
        String wachtwoord = velden.getFirst("wachtwoord");
        String terug = veilig(velden.getFirst("terug"));
        if (vanAndereSite(verzoek.getHeader(HERKOMST))) {
            return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .entity(Templates.inloggen(terug, "", VAN_ANDERE_SITE, false)).build();
        }
        Aanmelding.Uitslag uitslag = aanmelding.metWachtwoord(naam, wachtwoord, Aanmelding.adresVan(verzoek));
        if (uitslag instanceof Aanmelding.Gelukt gelukt) {
            Sessie sessie = sessiecookie.nieuw(gelukt.gebruiker().id(), gelukt.gebruiker().sessieversie());
            return Response.seeOther(URI.create(terug))
                    .header(HttpHeaders.SET_COOKIE, sessiecookie.alsCookie(sessie, isHttps(verzoek)).encode())
                    .build();
        }
        Aanmelding.Geweigerd geweigerd = (Aanmelding.Geweigerd) uitslag;
        Response.ResponseBuilder antwoord = Response.status(geweigerd.teVaak() ? 429 : 401);
        if (geweigerd.teVaak()) {
            antwoord.header(HttpHeaders.RETRY_AFTER, geweigerd.wacht().toSeconds());
        }
        return antwoord.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(Templates.inloggen(terug, naam == null ? "" : naam, geweigerd.melding(), false)).build();
    }

    @POST
    @Path("uitloggen")
    public Response uitloggen(@Context HttpServerRequest verzoek) {
        gebruiker.sessie().ifPresent(sessie -> aanmelding.afmelden(sessie, sessiecookie.uitersteEinde(sessie)));
        return Response.seeOther(URI.create(Aanmeldmechanisme.INLOGPAGINA + "?uitgelogd=ja"))
                .header(HttpHeaders.SET_COOKIE, sessiecookie.leeg(isHttps(verzoek)).encode()).build();
    }

    /**
     * A login posted from another site would sign this browser in as whoever that site chose (login CSRF); the
     * form carries no token, there being no session yet, so the browser's own statement of origin decides.
     */
    static boolean vanAndereSite(String herkomst) {
        return "cross-site".equalsIgnoreCase(herkomst) || "same-site".equalsIgnoreCase(herkomst);
    }

    /**
     * Only a path on this site: a login link can never send someone elsewhere. Whitespace and control characters
     * are refused too: browsers drop them, so "/\t/elders" would become "//elders".
     */
    static String veilig(String terug) {
        if (terug == null || !terug.startsWith("/") || terug.startsWith("//") || terug.contains("\\")
                || terug.startsWith(Aanmeldmechanisme.INLOGPAGINA) || terug.length() > 2000
                || terug.chars().anyMatch(c -> c <= ' ' || c == 0x7f || Character.isWhitespace(c))) {
            return "/";
        }
        try {
            return URI.create(terug).getRawPath() == null ? "/" : terug;
        } catch (IllegalArgumentException geenAdres) {
            return "/";
        }
    }

    private static boolean isHttps(HttpServerRequest verzoek) {
        return "https".equalsIgnoreCase(verzoek.scheme());
    }
}
