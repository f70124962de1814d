package nl.regiebord.product;

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

@Path("/api/plannen/{planId}/export/producten.xlsx")
@Tag(name = "Producten")
public class ProductExportResource {

    /** The same download behind the page's button, so a signed-in person needs no API credentials. */
    @Path("/plannen/{planId}/export/producten.xlsx")
    public static class VoorPaginas {

        @Inject
        Productenexport export;

        @Toegestaan(Recht.EXPORTEREN)
        @GET
        @Produces(XlsxStroom.MEDIA_TYPE)
        public Response producten(@PathParam("planId") Long planId) {
            return download(export, planId);
        }
    }

    @Inject
    Productenexport export;

    @Toegestaan(Recht.EXPORTEREN)
    @GET
    @Produces(XlsxStroom.MEDIA_TYPE)
    @Operation(summary = "De productenchecklist als Excel-werkmap",
            description = "Eén blad: per thema een kopregel met de voortgang en de producten in de volgorde van de "
                    + "checklist met toelichting, status (keuzelijst), verantwoordelijke en document. De laatste twee "
                    + "kolommen, verborgen, heten id en versie: het nummer en de versie van elk product, om een "
                    + "ingevuld blad terug te lezen. Bestandsnaam: Producten-<plan>-<datum>.xlsx.")
    public Response producten(@PathParam("planId") Long planId) {
        return download(export, planId);
    }

    static Response download(Productenexport export, Long planId) {
        Productenexport.Gegevens gegevens = export.gegevens(planId);
        return XlsxStroom.download(Downloadsoort.PRODUCTEN, gegevens.plannaam(), gegevens.exportdatum(), werkmap -> Productenblad.schrijf(werkmap, gegevens));
    }
}
