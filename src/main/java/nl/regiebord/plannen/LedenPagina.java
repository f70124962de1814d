package nl.regiebord.plannen;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import nl.regiebord.gebruiker.Gebruiker;
import nl.regiebord.pagina.Formulier;
import nl.regiebord.pagina.Formulierfout;
import nl.regiebord.pagina.Paginas;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Leden;
import nl.regiebord.toegang.Lidmaatschap;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Rol;
import nl.regiebord.toegang.Toegang;
import nl.regiebord.toegang.Toegestaan;

/** Who works on a plan, with which role; the projectmanager (or a beheerder) adds, changes and removes them. */
@Path("/plannen/{planId}/leden")
@Produces(MediaType.TEXT_HTML)
public class LedenPagina {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance leden(Plan plan, Plan lidplan, List<Lidmaatschap> leden, boolean beheren,
                                             List<Rol> rollen, List<Gebruiker> kandidaten, String aangemaakt,
                                             Formulierfout fout);
    }

    @Inject
    Leden leden;
    @Inject
    Toegang toegang;

    @GET
    @Toegestaan(Recht.LEDEN_BEKIJKEN)
    public TemplateInstance pagina(@PathParam("planId") Long planId, @QueryParam("aangemaakt") boolean aangemaakt) {
        return pagina(planId, aangemaakt, Formulierfout.geen());
    }

    @POST
    @Toegestaan(Recht.LEDEN_BEHEREN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response voegToe(@PathParam("planId") Long planId, MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst("gebruikersnaam", "rol");
        return Paginas.verwerk(formulier, "nieuw", () -> {
            Lidmaatschap lid = leden.voegToe(planId, formulier.invoer());
            return Paginas.naar("/plannen/" + planId + "/leden#lid-" + lid.id);
        }, fout -> pagina(planId, false, fout));
    }

    @POST
    @Path("{lidId}")
    @Toegestaan(Recht.LEDEN_BEHEREN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response wijzig(@PathParam("planId") Long planId, @PathParam("lidId") Long lidId,
                           MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst("rol").versie();
        return Paginas.verwerk(formulier, "lid-" + lidId, () -> {
            leden.wijzig(planId, lidId, formulier.invoer());
            return Paginas.naar("/plannen/" + planId + "/leden#lid-" + lidId);
        }, fout -> pagina(planId, false, fout));
    }

    @POST
    @Path("{lidId}/verwijder")
    @Toegestaan(Recht.LEDEN_BEHEREN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verwijder(@PathParam("planId") Long planId, @PathParam("lidId") Long lidId,
                              MultivaluedMap<String, String> velden) {
        return Paginas.verwerk(Formulier.van(velden), "lid-" + lidId, () -> {
            leden.verwijder(planId, lidId);
            return Paginas.naar("/plannen/" + planId + "/leden");
        }, fout -> pagina(planId, false, fout));
    }

    private TemplateInstance pagina(Long planId, boolean aangemaakt, Formulierfout fout) {
        Plan plan = Plannen.vind(planId);
        boolean beheren = toegang.mag(planId, Recht.LEDEN_BEHEREN);
        List<Gebruiker> kandidaten = beheren ? leden.kandidaten(planId) : List.of();
        // a beheerder without a role in the plan manages its members but does not get the plan's menu
        Plan metMenu = toegang.rolIn(planId).isPresent() ? plan : null;
        List<Lidmaatschap> lijst = leden.van(planId);
        return Templates.leden(metMenu, plan, lijst, beheren, Arrays.asList(Rol.values()), kandidaten,
                aangemaakt ? bevestiging(plan, lijst, metMenu == null) : null, fout);
    }

    /** After a plan was made, who now has it: its projectmanager sees it, a beheerder without a role does not. */
    private static String bevestiging(Plan plan, List<Lidmaatschap> leden, boolean zelfGeenRol) {
        List<String> managers = leden.stream().filter(l -> l.rol == Rol.PROJECTMANAGER).map(l -> l.gebruiker.naam)
                .toList();
        String wie = managers.isEmpty() ? "Er is nog geen projectmanager; wijs die hieronder aan."
                : (managers.size() == 1 ? "Projectmanager " : "Projectmanagers ") + String.join(", ", managers)
                + (managers.size() == 1 ? " is lid en ziet het plan" : " zijn lid en zien het plan")
                + " nu onder Plannen.";
        return "Plan " + plan.naam + " is aangemaakt. " + wie
                + (zelfGeenRol ? " Zelf heb je geen rol in dit plan: je ziet en beheert alleen de leden." : "");
    }
}
