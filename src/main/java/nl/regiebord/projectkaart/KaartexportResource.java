package nl.regiebord.projectkaart;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import nl.regiebord.export.Downloadsoort;
import nl.regiebord.export.XlsxStroom;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/plannen/{planId}/export/projectkaarten.xlsx")
@Tag(name = "Projectkaarten")
public class KaartexportResource {

    /** The same download behind the pages' button, so a signed-in person needs no API credentials. */
    @Path("/plannen/{planId}/export/projectkaarten.xlsx")
    public static class VoorPaginas {

        @Inject
        Kaartexport export;

        @Toegestaan(Recht.EXPORTEREN)
        @GET
        @Produces(XlsxStroom.MEDIA_TYPE)
        public Response projectkaarten(@PathParam("planId") Long planId) {
            return download(export, planId);
        }
    }

    @Inject
    Kaartexport export;

    @Toegestaan(Recht.EXPORTEREN)
    @GET
    @Produces(XlsxStroom.MEDIA_TYPE)
    @Operation(summary = "De projectkaarten als Excel-werkmap",
            description = "Blad Projectkaarten: per thema de kaarten met projectmanager, projectleider, hoe volledig, "
                    + "wat nog leeg is en de volgende mijlpaal; een thema zonder kaart staat er als 'geen projectkaart'. "
                    + "Daarna per kaart een blad in de vier stappen van het model, de mijlpalen met echte datums. "
                    + "Bestandsnaam: Projectkaarten-<plan>-<datum>.xlsx.")
    public Response projectkaarten(@PathParam("planId") Long planId) {
        return download(export, planId);
    }

    static Response download(Kaartexport export, Long planId) {
        Kaartexport.Gegevens gegevens = export.gegevens(planId);
        return XlsxStroom.download(Downloadsoort.PROJECTKAARTEN, gegevens.plannaam(), gegevens.exportdatum(), werkmap -> Kaartwerkmap.schrijf(werkmap, gegevens));
    }
}
