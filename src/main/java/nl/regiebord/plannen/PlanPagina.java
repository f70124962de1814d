package nl.regiebord.plannen;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import nl.regiebord.actie.ActieWeergave;
import nl.regiebord.actie.Actiestand;
import nl.regiebord.actie.PlanActie;
import nl.regiebord.actie.ThemaVoortgang;
import nl.regiebord.actie.Voortgangsberekening;
import nl.regiebord.gebruiker.Gebruiker;
import nl.regiebord.pagina.Formulier;
import nl.regiebord.pagina.Formulierfout;
import nl.regiebord.pagina.Paginas;
import nl.regiebord.plan.Plan;
import nl.regiebord.security.HuidigeGebruiker;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegang;
import nl.regiebord.toegang.Toegestaan;

/** The start page: every plan with its progress, and the form to create one. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PlanPagina {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overzicht(List<PlanRegel> plannen, List<Gebruiker> kandidaten, String gekozen,
                                                Formulierfout fout);
    }

    /** A plan on the start page with its overall progress. */
    public record PlanRegel(Plan plan, ThemaVoortgang voortgang) {
    }

    @Inject
    PlanService plannen;
    @Inject
    ActieWeergave weergave;
    @Inject
    Voortgangsberekening voortgang;
    @Inject
    HuidigeGebruiker gebruiker;
    @Inject
    Toegang toegang;

    @GET
    public TemplateInstance overzicht() {
        return Templates.overzicht(regels(), kandidaten(), String.valueOf(gebruiker.id()), Formulierfout.geen());
    }

    @Toegestaan(Recht.PLANNEN_AANMAKEN)
    @POST
    @Path("plannen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response maak(MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst("naam", "inwerkingtreding", "uitvoering").lijst("gemeenten")
                .vinkje("modelstatusOvernemen").getal("projectmanagerId");
        return Paginas.verwerk(formulier, "nieuw", () -> {
            Plan plan = plannen.maak(formulier.invoer());
            if (toegang.rolIn(plan.id).isEmpty()) {
                // a beheerder who named someone else projectmanager cannot open the plan, only its members
                return Paginas.naar("/plannen/" + plan.id + "/leden?aangemaakt=true");
            }
            return Paginas.naar("/plannen/" + plan.id);
        }, fout -> Templates.overzicht(regels(), kandidaten(), formulier.waarde("projectmanagerId"), fout));
    }

    /** Who can be named projectmanager of a new plan; empty for whoever may not create plans. */
    private List<Gebruiker> kandidaten() {
        return gebruiker.isBeheerder() ? Gebruiker.actieve() : List.of();
    }

    private List<PlanRegel> regels() {
        Map<Long, List<Actiestand>> perPlan = PlanActie.standenPerPlan();
        return plannen.zichtbaar().stream()
                .map(p -> new PlanRegel(p, voortgang.totaalVan(perPlan.getOrDefault(p.id, List.of()), weergave.vandaag())))
                .toList();
    }
}
