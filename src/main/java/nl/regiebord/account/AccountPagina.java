package nl.regiebord.account;

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
import nl.regiebord.api.ApiFout;
import nl.regiebord.beheer.GebruikerService;
import nl.regiebord.gebruiker.Gebruiker;
import nl.regiebord.pagina.Formulier;
import nl.regiebord.pagina.Formulierfout;
import nl.regiebord.pagina.Paginas;
import nl.regiebord.security.Aanmelding;
import nl.regiebord.security.Sessiecookie;

/** "Mijn account": who you are, your roles per plan, and changing your password. */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
public class AccountPagina {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(MijnAccount.Mij mij, boolean gewijzigd, Formulierfout fout);
    }

    @Inject
    MijnAccount account;
    @Inject
    GebruikerService gebruikers;
    @Inject
    Sessiecookie sessiecookie;

    @GET
    public TemplateInstance pagina(@QueryParam("gewijzigd") String gewijzigd) {
        return Templates.account(account.mij(), gewijzigd != null, Formulierfout.geen());
    }

    @POST
    @Path("wachtwoord")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response wachtwoord(MultivaluedMap<String, String> velden, @Context HttpServerRequest verzoek) {
        Formulier formulier = Formulier.van(velden).onbewerkt("huidig", "nieuw");
        return Paginas.verwerk(formulier, "wachtwoord", () -> {
            String herhaling = velden.getFirst("herhaling");
            if (herhaling == null || !herhaling.equals(velden.getFirst("nieuw"))) {
                throw ApiFout.ongeldig("herhaling", "de herhaling is niet gelijk aan het nieuwe wachtwoord");
            }
            Gebruiker gebruiker = gebruikers.wijzigEigenWachtwoord(formulier.invoer(), Aanmelding.adresVan(verzoek));
            // the change ended every session, this one too: the user carries on in a new one
            var sessie = sessiecookie.nieuw(gebruiker.id, gebruiker.sessieversie);
            return Response.seeOther(URI.create("/account?gewijzigd"))
                    .header(HttpHeaders.SET_COOKIE, sessiecookie.alsCookie(sessie, "https".equals(verzoek.scheme())).encode())
                    .build();
        }, fout -> Templates.account(account.mij(), false, fout));
    }
}
