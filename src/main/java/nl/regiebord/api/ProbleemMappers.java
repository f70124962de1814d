package nl.regiebord.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become answers: every error of the API is an
 * {@code application/problem+json} document with a Dutch detail, never a stack trace or a class name; a page
 * answers with the same detail as an HTML error page.
 */
public class ProbleemMappers {

    private static final Logger LOG = Logger.getLogger(ProbleemMappers.class);

    @ServerExceptionMapper
    public Response apiFout(ApiFout fout, UriInfo uri) {
        Response antwoord = antwoord(uri, new Probleem("about:blank", titel(fout.status()), fout.status(),
                fout.getMessage(), fout.velden(), fout.huidig()));
        return fout.metKoppen(Response.fromResponse(antwoord)).build();
    }

    @ServerExceptionMapper
    public Response onleesbareJson(JsonProcessingException fout, UriInfo uri) {
        String waar = fout.getLocation() == null ? ""
                : " (regel " + fout.getLocation().getLineNr() + ", kolom " + fout.getLocation().getColumnNr() + ")";
        return antwoord(uri, new Probleem("about:blank", titel(400), 400,
                "De inhoud is geen geldige JSON" + waar + ".", null, null));
    }

    @ServerExceptionMapper
    public Response webFout(WebApplicationException fout, UriInfo uri) {
        int status = fout.getResponse().getStatus();
        if (status >= 500) {
            return onverwacht(fout, uri);
        }
        if (fout.getCause() instanceof JsonProcessingException json) {
            return onleesbareJson(json, uri);
        }
        String uitleg = status == 415 && uri != null && uri.getPath().contains("/import/")
                ? "Stuur de werkmap als multipart/form-data, met het bestand in het veld 'bestand'." : uitleg(status);
        return antwoord(uri, new Probleem("about:blank", titel(status), status, uitleg, null, null));
    }

    @ServerExceptionMapper
    public Response onverwacht(Throwable fout, UriInfo uri) {
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause()) {
            if (oorzaak instanceof OptimisticLockException || oorzaak instanceof StaleStateException) {
                return apiFout(ApiFout.versieConflict(null), uri);
            }
            if (oorzaak instanceof ApiFout apiFout) {
                return apiFout(apiFout, uri);
            }
        }
        String kenmerk = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(fout, "Onverwachte fout (kenmerk %s)", kenmerk);
        return antwoord(uri, new Probleem("about:blank", titel(500), 500,
                "Er ging aan onze kant iets mis; er is niets gewijzigd. Meld het kenmerk " + kenmerk
                        + " aan de beheerder als het zich herhaalt.", null, null));
    }

    private static Response antwoord(UriInfo uri, Probleem probleem) {
        if (uri != null && Foutscherm.voorPagina(uri.getPath())) {
            return Foutscherm.antwoord(probleem.status(), probleem.title(), probleem.detail());
        }
        return Response.status(probleem.status()).type(Probleem.MEDIA_TYPE).entity(probleem).build();
    }

    static String titel(int status) {
        return switch (status) {
            case 400 -> "Ongeldige invoer";
            case 401 -> "Niet ingelogd";
            case 403 -> "Geen toestemming";
            case 404 -> "Niet gevonden";
            case 405 -> "Methode niet toegestaan";
            case 406 -> "Vorm niet beschikbaar";
            case 409 -> "Versieconflict";
            case 413 -> "Te groot";
            case 415 -> "Verkeerd bestandstype";
            case 422 -> "Niet toegestaan volgens de regels";
            case 429 -> "Te veel pogingen";
            case 503 -> "Even bezet";
            default -> status >= 500 ? "Interne fout" : "Fout";
        };
    }

    private static String uitleg(int status) {
        return switch (status) {
            case 400 -> "Het verzoek is niet goed opgebouwd.";
            case 401 -> "Log eerst in.";
            case 403 -> "Je hebt geen toestemming voor deze handeling.";
            case 404 -> "Dit adres of deze gegevens bestaan niet.";
            case 405 -> "Deze methode is hier niet toegestaan.";
            case 406 -> "Deze gegevens zijn niet beschikbaar in de gevraagde vorm.";
            case 413 -> "Het verzoek is te groot.";
            case 415 -> "Dit type inhoud wordt hier niet geaccepteerd; stuur JSON (application/json).";
            default -> "Het verzoek kon niet worden verwerkt.";
        };
    }
}
