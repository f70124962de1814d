package nl.regiebord.actie;

import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import nl.regiebord.export.Downloadsoort;
import nl.regiebord.export.XlsxStroom;

@Path("/api/plannen/{planId}/export")
@Tag(name = "Export")
public class Bijlage1Resource {

    /** The same downloads behind the pages' buttons, so a signed-in person needs no API credentials. */
    @Path("/plannen/{planId}/export")
    public static class VoorPaginas {

        @Inject
        Bijlage1Export bijlage1;

        @Toegestaan(Recht.EXPORTEREN)
        @GET
        @Path("bijlage1.xlsx")
        @Produces(XlsxStroom.MEDIA_TYPE)
        public Response bijlage1(@PathParam("planId") Long planId, @QueryParam(Stappenkeuze.PARAMETER) String stappen) {
            return bijlage1Download(bijlage1, planId, stappen);
        }
    }

    @Inject
    Bijlage1Export bijlage1;

    @Toegestaan(Recht.EXPORTEREN)
    @GET
    @Path("bijlage1.xlsx")
    @Produces(XlsxStroom.MEDIA_TYPE)
    @Operation(summary = "De Bijlage 1-checklist als Excel-werkmap",
            description = "Een voorblad met plan, gemeenten, data en voortgang per thema, en de checklist: per thema "
                    + "de acties in de volgorde van het model met deadline, status (keuzelijst), verantwoordelijke, "
                    + "toelichting, te laat, de stappen om af te vinken en in een samenwerkingsverband het besluit per "
                    + "gemeente. Bestandsnaam: Bijlage1-<plan>-<datum>.xlsx.")
    public Response bijlage1(@PathParam("planId") Long planId,
                             @Parameter(description = Stappenkeuze.BESCHRIJVING) @QueryParam(Stappenkeuze.PARAMETER) String stappen) {
        return bijlage1Download(bijlage1, planId, stappen);
    }

    static Response bijlage1Download(Bijlage1Export bijlage1, Long planId, String stappen) {
        Stappenkeuze keuze = Stappenkeuze.van(stappen);
        Bijlage1 bijlage = bijlage1.gegevens(planId, keuze);
        return XlsxStroom.download(Downloadsoort.BIJLAGE1, bijlage.plannaam(), bijlage.exportdatum(), werkmap -> Bijlage1Werkmap.schrijf(werkmap, bijlage));
    }
}
