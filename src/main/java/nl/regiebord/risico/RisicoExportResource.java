package nl.regiebord.risico;

import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;

@Path("/api/plannen/{planId}/export/risicos.xlsx")
@Tag(name = "Risico's")
public class RisicoExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    RisicoExport export;
    @Inject
    Clock klok;

    @Toegestaan(Recht.EXPORTEREN)
    @GET
    @Produces(XLSX)
    @Transactional
    @Operation(summary = "Het risicoregister als Excel",
            description = "Bladen: Risicoregister (de tabel van stap 7 van hoofdstuk 4), Risicomatrix (nu en na de "
                    + "maatregelen, gekleurd, met aantallen) en Legenda (de scoring).")
    public Response risicos(@PathParam("planId") Long planId) {
        return download(export, klok, planId);
    }

    static Response download(RisicoExport export, Clock klok, Long planId) {
        Plan plan = Plannen.vind(planId);
        return Response.ok(export.maak(plan), XLSX)
                .header("Content-Disposition", "attachment; filename=\""
                        + RisicoExport.bestandsnaam(plan, LocalDate.now(klok)) + "\"")
                .build();
    }

    /** The same download behind the register page's link, so a signed-in person needs no API credentials. */
    @Path("/plannen/{planId}/export/risicos.xlsx")
    public static class VoorPaginas {

        @Inject
        RisicoExport export;
        @Inject
        Clock klok;

        @Toegestaan(Recht.EXPORTEREN)
        @GET
        @Produces(XLSX)
        @Transactional
        public Response risicos(@PathParam("planId") Long planId) {
            return download(export, klok, planId);
        }
    }
}
