package nl.regiebord.overzicht;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.regiebord.api.Lijstgrootte;
import nl.regiebord.historie.Activiteit;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.Historieweergave;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;

/** What changed lately in a plan, by whom: the page a stuurgroep member checks before a meeting. */
@Path("/plannen/{planId}/activiteit")
@Produces(MediaType.TEXT_HTML)
public class ActiviteitPagina {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance activiteit(Plan plan, List<Activiteit.Wijziging> wijzigingen);
    }

    @Inject
    Activiteit activiteit;
    @Inject
    Historieweergave weergave;

    @GET
    @Toegestaan(Recht.LEZEN)
    public TemplateInstance pagina(@PathParam("planId") Long planId) {
        Plan plan = Plannen.vind(planId);
        return Templates.activiteit(plan, weergave.leesbaar(activiteit.van(planId, Lijstgrootte.STANDAARD)));
    }

    /** Where a change can be seen in context: {@code {w.adres}} in the template. */
    @TemplateExtension
    static String adres(Activiteit.Wijziging wijziging) {
        Long planId = wijziging.planId();
        return switch (wijziging.onderwerp()) {
            case Historie.ACTIE -> "/plannen/" + planId + "/acties/" + wijziging.onderwerpId();
            case Historie.RISICO -> "/plannen/" + planId + "/risicos#risico-" + wijziging.onderwerpId();
            case Historie.PROJECTKAART -> "/plannen/" + planId + "/projectkaarten/" + wijziging.onderwerpId();
            case Historie.STAKEHOLDER -> "/plannen/" + planId + "/stakeholders/" + wijziging.onderwerpId();
            case Historie.PRODUCT -> "/plannen/" + planId + "/producten#product-" + wijziging.onderwerpId();
            default -> "/plannen/" + planId;
        };
    }
}
