package nl.regiebord.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;

/**
 * A refusal the API answers with a problem document: thrown by the rules, turned into
 * {@code application/problem+json} by {@link ProbleemMappers}. The detail is Dutch and meant for the user.
 */
public class ApiFout extends RuntimeException {

    private final int status;
    private final List<VeldFout> velden;
    private final transient Object huidig;
    private final Integer opnieuwNaSeconden;

    public ApiFout(int status, String detail, List<VeldFout> velden, Object huidig) {
        this(status, detail, velden, huidig, null);
    }

    private ApiFout(int status, String detail, List<VeldFout> velden, Object huidig, Integer opnieuwNaSeconden) {
        super(detail);
        this.status = status;
        this.velden = velden == null || velden.isEmpty() ? null : List.copyOf(velden);
        this.huidig = huidig;
        this.opnieuwNaSeconden = opnieuwNaSeconden;
    }

    public static ApiFout ongeldig(List<VeldFout> velden) {
        String detail = velden.size() == 1
                ? "Het veld '" + velden.get(0).veld() + "' is niet goed: " + velden.get(0).melding()
                : "Er zijn " + velden.size() + " velden niet goed ingevuld.";
        return new ApiFout(400, detail, velden, null);
    }

    public static ApiFout ongeldig(String veld, String melding) {
        return ongeldig(List.of(new VeldFout(veld, melding)));
    }

    public static ApiFout ongeldig(String veld, String melding, List<String> toegestaan) {
        return ongeldig(List.of(new VeldFout(veld, melding, toegestaan)));
    }

    public static ApiFout nietGevonden(String detail) {
        return new ApiFout(404, detail, null, null);
    }

    public static ApiFout versieConflict(Object huidig) {
        return new ApiFout(409, "Iemand anders heeft dit intussen gewijzigd. Bekijk de huidige stand en "
                + "voer je wijziging opnieuw uit met de nieuwe versie.", null, huidig);
    }

    /** 429: too many failed attempts; the field is the one whose value was tried, Retry-After says when again. */
    public static ApiFout teVaak(String veld, String melding, Duration wacht) {
        Integer seconden = wacht == null ? null : (int) Math.max(1, (wacht.toMillis() + 999) / 1000);
        return new ApiFout(429, melding, List.of(new VeldFout(veld, melding)), null, seconden);
    }

    /** 413: the field's value (an uploaded file) is larger than the service takes. */
    public static ApiFout teGroot(String veld, String melding, String detail) {
        return new ApiFout(413, detail, List.of(new VeldFout(veld, melding)), null);
    }

    /** 503: the service is busy with this kind of work; the answer says when to try again (Retry-After). */
    public static ApiFout bezet(String veld, String melding, String detail, int opnieuwNaSeconden) {
        return new ApiFout(503, detail, List.of(new VeldFout(veld, melding)), null, opnieuwNaSeconden);
    }

    public static ApiFout regel(String detail) {
        return new ApiFout(422, detail, null, null);
    }

    public int status() {
        return status;
    }

    public List<VeldFout> velden() {
        return velden;
    }

    public Object huidig() {
        return huidig;
    }

    /** The answer's own headers: Retry-After when the refusal is for now only. */
    public Response.ResponseBuilder metKoppen(Response.ResponseBuilder antwoord) {
        return opnieuwNaSeconden == null ? antwoord : antwoord.header(HttpHeaders.RETRY_AFTER, opnieuwNaSeconden);
    }
}
