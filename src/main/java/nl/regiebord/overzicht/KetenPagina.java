package nl.regiebord.overzicht;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.regiebord.modelplan.Modelcatalogus;
import nl.regiebord.modelplan.Modelinhoud;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;

/** The inburgeringsketen as reference: the five schakels and the gemeente's role in each. */
@Path("/keten")
@Produces(MediaType.TEXT_HTML)
public class KetenPagina {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance keten(Plan plan, List<Modelinhoud.SchakelInfo> schakels);
    }

    @Inject
    Modelcatalogus catalogus;

    @GET
    public TemplateInstance keten() {
        return Templates.keten(null, catalogus.inhoud().keten());
    }

    /** The same page within a plan, with the plan's navigation. */
    @Path("/plannen/{planId}/keten")
    @Produces(MediaType.TEXT_HTML)
    public static class VanPlan {

        @Inject
        Modelcatalogus catalogus;

        @Toegestaan(Recht.LEZEN)
        @GET
        public TemplateInstance keten(@PathParam("planId") Long planId) {
            return Templates.keten(Plannen.vind(planId), catalogus.inhoud().keten());
        }
    }
}
