package nl.regiebord.actie;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
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
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.api.Lijstgrootte;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.Historieweergave;
import nl.regiebord.modelplan.Besluitorgaan;
import nl.regiebord.pagina.Formulier;
import nl.regiebord.pagina.Formulierfout;
import nl.regiebord.pagina.Paginas;
import nl.regiebord.pagina.Weergaveformaten;
import nl.regiebord.plan.Plan;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;

/** One action: its steps to tick, the theme's aandachtspunten, the decisions per gemeente and its history. */
@Path("/plannen/{planId}/acties/{actieId}")
@Produces(MediaType.TEXT_HTML)
public class ActiePagina {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance actie(Plan plan, ActieJson actie, List<Historieweergave.Regel> historie, Keuzes keuzes,
                                             Formulierfout fout);
    }

    public record Keuzes(List<String> statussen, List<String> besluitStatussen, List<String> organen) {
    }

    @Inject
    Historieweergave historieweergave;
    @Inject
    ActieWeergave weergave;
    @Inject
    ActieService acties;

    @Toegestaan(Recht.LEZEN)
    @GET
    public TemplateInstance actie(@PathParam("planId") Long planId, @PathParam("actieId") Long actieId) {
        return pagina(planId, actieId, Formulierfout.geen());
    }

    @Toegestaan(Recht.ACTIES_WIJZIGEN)
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response wijzig(@PathParam("planId") Long planId, @PathParam("actieId") Long actieId,
                           MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst("status", "verantwoordelijke", "toelichting", "deadline").versie();
        return verwerk(planId, actieId, "actie", formulier, () -> acties.wijzig(planId, actieId, formulier.invoer()));
    }

    @Toegestaan(Recht.ACTIES_WIJZIGEN)
    @POST
    @Path("stappen/{stapId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response vinkStap(@PathParam("planId") Long planId, @PathParam("actieId") Long actieId,
                             @PathParam("stapId") Long stapId, MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).waarheid("afgevinkt").versie();
        return verwerk(planId, actieId, "stap-" + stapId, formulier,
                () -> acties.vinkStap(planId, actieId, stapId, formulier.invoer()));
    }

    @Toegestaan(Recht.ACTIES_WIJZIGEN)
    @POST
    @Path("besluiten/{besluitId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response wijzigBesluit(@PathParam("planId") Long planId, @PathParam("actieId") Long actieId,
                                  @PathParam("besluitId") Long besluitId, MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst("status", "datum", "orgaan").versie();
        return verwerk(planId, actieId, "besluit-" + besluitId, formulier,
                () -> acties.wijzigBesluit(planId, actieId, besluitId, formulier.invoer()));
    }

    private Response verwerk(Long planId, Long actieId, String doel, Formulier formulier, Runnable wijziging) {
        return Paginas.verwerk(formulier, doel, () -> {
            wijziging.run();
            return Paginas.naar("/plannen/" + planId + "/acties/" + actieId + "#" + doel);
        }, fout -> pagina(planId, actieId, fout));
    }

    private TemplateInstance pagina(Long planId, Long actieId, Formulierfout fout) {
        PlanActie actie = acties.vind(planId, actieId);
        return Templates.actie(actie.plan, weergave.alsJson(actie),
                historieweergave.leesbaar(Historie.ACTIE, acties.historie(planId, actieId, Lijstgrootte.STANDAARD)),
                new Keuzes(Keuzewaarde.toegestaan(ActieStatus.class), Keuzewaarde.toegestaan(BesluitStatus.class),
                        Keuzewaarde.toegestaan(Besluitorgaan.class)), fout);
    }

    /** The own deadline's field: the date set by hand, empty when the model's date applies. */
    @TemplateExtension
    static String eigenDeadline(ActieJson actie) {
        return actie.deadlineHandmatig() && actie.deadline() != null ? actie.deadline().toString() : "";
    }

    /** The hint at the own deadline's field: what leaving it empty means. */
    @TemplateExtension
    static String deadlineUitleg(ActieJson actie) {
        return "Leeg: de datum van het model"
                + (actie.modelDeadline() == null ? "" : " (" + Weergaveformaten.kort(actie.modelDeadline()) + ")") + ".";
    }
}
