package nl.regiebord.projectkaart;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.regiebord.modelplan.Modelcatalogus;
import nl.regiebord.pagina.Formulier;
import nl.regiebord.pagina.Formulierfout;
import nl.regiebord.pagina.Paginas;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;

/** The projectkaarten of a plan grouped by theme, the removed ones, and the form for a new card. */
@Path("/plannen/{planId}/projectkaarten")
@Produces(MediaType.TEXT_HTML)
public class ProjectkaartenPagina {

    @CheckedTemplate(basePath = "ProjectkaartPagina")
    static class Templates {
        static native TemplateInstance overzicht(Plan plan, List<Kaartoverzicht.Thema> themas,
                                                 List<KaartJson> verwijderd, Nieuw nieuw, Formulierfout fout);
    }

    /** The form for a new card. */
    public record Nieuw(List<ProjectkaartPagina.Optie> themas, String titel) {
    }

    @Inject
    ProjectkaartService kaarten;
    @Inject
    Kaartoverzicht overzicht;
    @Inject
    Modelcatalogus catalogus;

    @Toegestaan(Recht.LEZEN)
    @GET
    @Transactional
    public TemplateInstance overzicht(@PathParam("planId") Long planId) {
        return overzicht(Plannen.vind(planId), null, null, Formulierfout.geen());
    }

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response voegToe(@PathParam("planId") Long planId, MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst("thema", "titel");
        return Paginas.verwerk(formulier, "nieuw", () -> {
            Projectkaart kaart = kaarten.voegToe(planId, Kaartinvoer.van(formulier.json()));
            return Paginas.naar(ProjectkaartPagina.pad(planId, kaart.id) + "/stap/1");
        }, fout -> overzicht(Plannen.vind(planId), formulier.waarde("thema"), formulier.waarde("titel"), fout));
    }

    private TemplateInstance overzicht(Plan plan, String thema, String titel, Formulierfout fout) {
        return Templates.overzicht(plan, overzicht.van(plan), kaarten.alsJson(plan, true),
                new Nieuw(ProjectkaartPagina.themas(catalogus, thema), titel == null ? "" : titel), fout);
    }
}
