package nl.regiebord.projectkaart;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.Historieweergave;
import nl.regiebord.modelplan.Modelcatalogus;
import nl.regiebord.pagina.Paginas;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;

/**
 * One projectkaart as a printable page in the model's four steps, with its latest changes. The list of cards,
 * the form per step and the milestones are pages of their own; all share the template folder
 * {@code ProjectkaartPagina}.
 */
@Path("/plannen/{planId}/projectkaarten")
@Produces(MediaType.TEXT_HTML)
public class ProjectkaartPagina {

    /** The latest changes shown under a card; the API gives all of them. */
    static final int HISTORIE = 30;

    @CheckedTemplate(basePath = "ProjectkaartPagina")
    static class Templates {
        static native TemplateInstance kaart(Plan plan, KaartJson kaart, List<Historieweergave.Regel> historie);
    }

    /** An option of a select, on any of the card's forms. */
    @TemplateData
    public record Optie(String waarde, String label, boolean gekozen) {
    }

    @Inject
    Historieweergave historieweergave;
    @Inject
    ProjectkaartService kaarten;

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("{kaartId}")
    @Transactional
    public TemplateInstance kaart(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId) {
        return Templates.kaart(Plannen.vind(planId), kaarten.alsJson(planId, kaartId),
                historieweergave.leesbaar(Historie.PROJECTKAART, kaarten.historie(planId, kaartId, HISTORIE)));
    }

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @POST
    @Path("{kaartId}/verwijder")
    public Response verwijder(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId) {
        kaarten.verwijder(planId, kaartId);
        return Paginas.naar("/plannen/" + planId + "/projectkaarten");
    }

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @POST
    @Path("{kaartId}/herstel")
    public Response herstel(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId) {
        kaarten.herstel(planId, kaartId);
        return Paginas.naar(pad(planId, kaartId));
    }

    /** The model's themes as options, the chosen one selected. */
    static List<Optie> themas(Modelcatalogus catalogus, String gekozen) {
        return catalogus.inhoud().themas().stream()
                .map(t -> new Optie(t.sleutel(), t.naam(), t.sleutel().equals(gekozen))).toList();
    }

    static String pad(Long planId, Long kaartId) {
        return "/plannen/" + planId + "/projectkaarten/" + kaartId;
    }
}
