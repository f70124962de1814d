package nl.regiebord.risico;

import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import nl.regiebord.export.Downloadsoort;
import nl.regiebord.export.XlsxStroom;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/api/plannen/{planId}/export/risicos.xlsx")
@Tag(name = "Risico's")
public class RisicoExportResource {

    static final String XLSX = XlsxStroom.MEDIA_TYPE;

    @Inject
    RisicoExport export;

    @Toegestaan(Recht.EXPORTEREN)
    @GET
    @Produces(XLSX)
    @Operation(summary = "Het risicoregister als Excel",
            description = "Bladen: Risicoregister (de tabel van stap 7 van hoofdstuk 4), Risicomatrix (nu en na de "
                    + "maatregelen, gekleurd, met aantallen) en Legenda (de scoring). "
                    + "Bestandsnaam: Risicoregister-<plan>-<datum>.xlsx.")
    public Response risicos(@PathParam("planId") Long planId) {
        return download(export, planId);
    }

    static Response download(RisicoExport export, Long planId) {
        RisicoExport.Gegevens gegevens = export.gegevens(planId);
        return XlsxStroom.download(Downloadsoort.RISICOREGISTER, gegevens.plannaam(), gegevens.exportdatum(), werkmap -> RisicoWerkmap.schrijf(werkmap, gegevens));
    }

    /** The same download behind the register page's link, so a signed-in person needs no API credentials. */
    @Path("/plannen/{planId}/export/risicos.xlsx")
    public static class VoorPaginas {

        @Inject
        RisicoExport export;

        @Toegestaan(Recht.EXPORTEREN)
        @GET
        @Produces(XLSX)
        public Response risicos(@PathParam("planId") Long planId) {
            return download(export, planId);
        }
    }
}
