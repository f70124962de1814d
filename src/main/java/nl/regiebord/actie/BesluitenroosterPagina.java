package nl.regiebord.actie;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import nl.regiebord.transactie.AlleenLezen;

/** The decisions grid on its own page, linked from the dashboard. */
@Path("/plannen/{planId}/besluiten")
@Produces(MediaType.TEXT_HTML)
public class BesluitenroosterPagina {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance besluiten(Plan plan, Besluitenrooster.Rooster rooster);
    }

    @Inject
    Besluitenrooster rooster;
    @Inject
    ActieWeergave weergave;

    @Toegestaan(Recht.LEZEN)
    @GET
    @AlleenLezen
    public String besluiten(@PathParam("planId") Long planId) {
        Plan plan = Plannen.vind(planId);
        return Templates.besluiten(plan, rooster.van(plan, weergave.acties(plan), weergave.vandaag())).render();
    }
}
