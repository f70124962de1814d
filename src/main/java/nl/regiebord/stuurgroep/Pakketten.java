package nl.regiebord.stuurgroep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import nl.regiebord.export.Downloadnaam;
import nl.regiebord.export.Downloadsoort;
import nl.regiebord.export.XlsxStroom;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;

/** The PDF and xlsx downloads of the meeting view: today's (from a day) and a frozen meeting's, for the pages and the API. */
@ApplicationScoped
public class Pakketten {

    @Inject
    Stuurgroepoverzicht overzicht;
    @Inject
    VergaderingService vergaderingen;

    public Response nu(Long planId, String sinds) {
        Plan plan = Plannen.vind(planId);
        StuurgroepJson beeld = overzicht.van(plan, sinds);
        return antwoord(plan, beeld, null, beeld.vandaag());
    }

    public Response van(Long planId, Long vergaderingId) {
        Plan plan = Plannen.vind(planId);
        Vergadering v = vergaderingen.vind(planId, vergaderingId);
        return antwoord(plan, vergaderingen.overzichtVan(v), vergaderingen.alsJson(v, false), v.datum);
    }

    public Response werkmapNu(Long planId, String sinds) {
        Plan plan = Plannen.vind(planId);
        StuurgroepJson beeld = overzicht.van(plan, sinds);
        return XlsxStroom.download(Downloadsoort.STUURGROEP, plan.naam, beeld.vandaag(),
                w -> Vergaderwerkmap.schrijf(w, plan.naam, beeld, null, beeld.vandaag()));
    }

    public Response werkmapVan(Long planId, Long vergaderingId) {
        Plan plan = Plannen.vind(planId);
        Vergadering v = vergaderingen.vind(planId, vergaderingId);
        StuurgroepJson beeld = vergaderingen.overzichtVan(v);
        VergaderingJson json = vergaderingen.alsJson(v, false);
        return XlsxStroom.download(Downloadsoort.STUURGROEP, plan.naam, v.datum,
                w -> Vergaderwerkmap.schrijf(w, plan.naam, beeld, json, v.datum));
    }

    private static Response antwoord(Plan plan, StuurgroepJson beeld, VergaderingJson vergadering, LocalDate dag) {
        byte[] pdf = Vergaderpakket.pdf(StuurgroepPagina.Templates.pakket(plan, beeld, vergadering).render());
        String naam = Downloadnaam.bestandsnaam(Downloadsoort.STUURGROEP.naam(), plan.naam, dag, "pdf");
        return Response.ok(pdf, Vergaderpakket.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloadnaam.contentDisposition(naam)).build();
    }
}
