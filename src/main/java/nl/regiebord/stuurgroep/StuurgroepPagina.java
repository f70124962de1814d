package nl.regiebord.stuurgroep;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import nl.regiebord.transactie.AlleenLezen;

/** The meeting view: what changed since the last meeting, on one screen, for the stuurgroep. */
@Path("/plannen/{planId}/stuurgroep")
@Produces(MediaType.TEXT_HTML)
public class StuurgroepPagina {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance stuurgroep(Plan plan, StuurgroepJson overzicht);
    }

    @Inject
    Stuurgroepoverzicht overzicht;

    @Toegestaan(Recht.LEZEN)
    @GET
    @AlleenLezen
    public String stuurgroep(@PathParam("planId") Long planId, @QueryParam("sinds") String sinds) {
        Plan plan = Plannen.vind(planId);
        return Templates.stuurgroep(plan, overzicht.van(plan, sinds)).render();
    }
}
