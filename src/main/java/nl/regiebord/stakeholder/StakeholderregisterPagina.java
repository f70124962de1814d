package nl.regiebord.stakeholder;

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
import nl.regiebord.api.ApiFout;
import nl.regiebord.pagina.Formulier;
import nl.regiebord.pagina.Formulierfout;
import nl.regiebord.pagina.Paginas;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;

/** The stakeholder register: the list, the contact plan, the checklist, adding, merging and restoring. */
@Path("/plannen/{planId}")
@Produces(MediaType.TEXT_HTML)
public class StakeholderregisterPagina {

    @CheckedTemplate(basePath = "StakeholderPagina")
    static class Templates {
        static native TemplateInstance register(Plan plan, List<StakeholderJson> stakeholders,
                                                List<StakeholderJson> verwijderd, List<StakeholderJson> contactplan,
                                                Stakeholderoverzicht.Overzicht overzicht,
                                                List<StakeholderService.ChecklistItem> checklist,
                                                StakeholderPagina.Keuzes keuzes, Formulierfout fout);
    }

    @Inject
    StakeholderService stakeholders;
    @Inject
    Stakeholderoverzicht overzicht;

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("stakeholders")
    @Transactional
    public TemplateInstance register(@PathParam("planId") Long planId) {
        return register(planId, Formulierfout.geen());
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("stakeholders")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response voegToe(@PathParam("planId") Long planId, MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst(StakeholderPagina.VELDEN);
        return Paginas.verwerk(formulier, "nieuw", () -> {
            Stakeholder s = stakeholders.voegToe(planId, formulier.json());
            return Paginas.naar("/plannen/" + planId + "/stakeholders#stakeholder-" + s.id);
        }, fout -> register(planId, fout));
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("stakeholders/checklist")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response voegToeUitChecklist(@PathParam("planId") Long planId, MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).vinkjes("namen", false);
        return Paginas.verwerk(formulier, "checklist", () -> {
            stakeholders.voegToeUitChecklist(planId, formulier.invoer());
            return Paginas.naar("/plannen/" + planId + "/stakeholders");
        }, fout -> register(planId, fout));
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("stakeholders/samenvoegen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response voegSamen(@PathParam("planId") Long planId, MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).nummer("in");
        return Paginas.verwerk(formulier, "samenvoegen", () -> {
            String van = formulier.waarde("van");
            if (van == null || !van.matches("\\d{1,18}")) {
                throw ApiFout.ongeldig("van", "kies de stakeholder die wordt samengevoegd");
            }
            StakeholderJson blijft = stakeholders.voegSamen(planId, Long.parseLong(van), formulier.invoer());
            return Paginas.naar("/plannen/" + planId + "/stakeholders#stakeholder-" + blijft.id());
        }, fout -> register(planId, fout));
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("stakeholders/{stakeholderId}/herstel")
    @Transactional
    public Response herstel(@PathParam("planId") Long planId, @PathParam("stakeholderId") Long stakeholderId) {
        return Paginas.verwerk(Formulier.leeg(), "verwijderd-" + stakeholderId, () -> {
            stakeholders.herstel(planId, stakeholderId);
            return Paginas.naar("/plannen/" + planId + "/stakeholders#stakeholder-" + stakeholderId);
        }, fout -> register(planId, fout));
    }

    private TemplateInstance register(Long planId, Formulierfout fout) {
        Plan plan = Plannen.vind(planId);
        List<StakeholderJson> actief = stakeholders.alsJson(plan, stakeholders.vanPlan(plan, false));
        List<StakeholderJson> contactplan = actief.stream().filter(s -> s.volgendContact() != null)
                .sorted(Contactplanning.VOLGORDE).toList();
        return Templates.register(plan, actief, stakeholders.alsJson(plan, stakeholders.vanPlan(plan, true)),
                contactplan, overzicht.van(plan), stakeholders.checklist(plan), StakeholderPagina.KEUZES, fout);
    }
}
