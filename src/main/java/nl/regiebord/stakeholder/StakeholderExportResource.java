package nl.regiebord.stakeholder;

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

@Path("/api/plannen/{planId}/export/stakeholders.xlsx")
@Tag(name = "Stakeholders")
public class StakeholderExportResource {

    /** The same download behind the pages' button, so a signed-in person needs no API credentials. */
    @Path("/plannen/{planId}/export/stakeholders.xlsx")
    public static class VoorPaginas {

        @Inject
        StakeholderExport export;

        @Toegestaan(Recht.EXPORTEREN)
        @GET
        @Produces(XlsxStroom.MEDIA_TYPE)
        public Response stakeholders(@PathParam("planId") Long planId) {
            return download(export, planId);
        }
    }

    @Inject
    StakeholderExport export;

    @Toegestaan(Recht.EXPORTEREN)
    @GET
    @Produces(XlsxStroom.MEDIA_TYPE)
    @Operation(summary = "De stakeholderanalyse als Excel-werkmap",
            description = "Bladen: Stakeholderanalyse (zoals de checklist van Bijlage 4 wordt ingevuld, met keuzelijsten), "
                    + "Stakeholdermatrix (belang × invloed, de kwadranten gekleurd en benoemd, met de namen per cel) en "
                    + "Contactplan (laatste en volgend contact als datum, te laat bovenaan, belangrijke spelers eerst). "
                    + "Bestandsnaam: Stakeholders-<plan>-<datum>.xlsx.")
    public Response stakeholders(@PathParam("planId") Long planId) {
        return download(export, planId);
    }

    static Response download(StakeholderExport export, Long planId) {
        StakeholderExport.Gegevens gegevens = export.gegevens(planId);
        return XlsxStroom.download(Downloadsoort.STAKEHOLDERS, gegevens.plannaam(), gegevens.exportdatum(), werkmap -> StakeholderWerkmap.schrijf(werkmap, gegevens));
    }
}
