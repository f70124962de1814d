package nl.regiebord.planwerkmap;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import nl.regiebord.actie.Bijlage1;
import nl.regiebord.export.Downloadsoort;
import nl.regiebord.actie.Stappenkeuze;
import nl.regiebord.export.XlsxStroom;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/plannen/{planId}/export/plan.xlsx")
@Tag(name = "Export")
public class PlanExportResource {

    /** The same download behind the dashboard's button, so a signed-in person needs no API credentials. */
    @Path("/plannen/{planId}/export/plan.xlsx")
    public static class VoorPaginas {

        @Inject
        PlanExport plan;

        @Toegestaan(Recht.EXPORTEREN)
        @GET
        @Produces(XlsxStroom.MEDIA_TYPE)
        public Response plan(@PathParam("planId") Long planId, @QueryParam(Stappenkeuze.PARAMETER) String stappen) {
            return download(plan, planId, stappen);
        }
    }

    @Inject
    PlanExport plan;

    @Toegestaan(Recht.EXPORTEREN)
    @GET
    @Produces(XlsxStroom.MEDIA_TYPE)
    @Operation(summary = "Het hele plan als één Excel-werkmap",
            description = "Bladen: Voorblad (plan, gemeenten, inwerkingtreding, exportdatum, voortgang per thema), "
                    + "Checklist (Bijlage 1), Productenchecklist, Projectkaarten en een blad per kaart, Risicoregister, "
                    + "Risicomatrix, Stakeholderanalyse, Stakeholdermatrix, Contactplan en Legenda (statussen, "
                    + "risicoscoring, kwadranten). Elk deel is hetzelfde als in zijn eigen export; de bladen Checklist "
                    + "en Productenchecklist houden hun verborgen kolommen id en versie, dus een ingevulde werkmap kan "
                    + "ook via /import/bijlage1 en /import/producten terug. Bestandsnaam: Plan-<plan>-<datum>.xlsx.")
    public Response plan(@PathParam("planId") Long planId,
                         @Parameter(description = Stappenkeuze.BESCHRIJVING) @QueryParam(Stappenkeuze.PARAMETER) String stappen) {
        return download(plan, planId, stappen);
    }

    static Response download(PlanExport plan, Long planId, String stappen) {
        Stappenkeuze keuze = Stappenkeuze.van(stappen);
        Planinhoud inhoud = plan.gegevens(planId, keuze);
        Bijlage1 bijlage = inhoud.bijlage1();
        return XlsxStroom.download(Downloadsoort.PLAN, bijlage.plannaam(), bijlage.exportdatum(), werkmap -> Planwerkmap.schrijf(werkmap, inhoud));
    }
}
