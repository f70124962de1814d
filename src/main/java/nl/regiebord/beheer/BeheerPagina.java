package nl.regiebord.beheer;

import io.quarkus.qute.CheckedTemplate;
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
import java.util.Map;
import nl.regiebord.backup.Backup;
import nl.regiebord.gebruiker.Gebruiker;
import nl.regiebord.pagina.Formulier;
import nl.regiebord.pagina.Formulierfout;
import nl.regiebord.pagina.Paginas;
import nl.regiebord.plan.Plan;
import nl.regiebord.plannen.PlanService;
import nl.regiebord.toegang.Leden;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;

/**
 * The beheerder's page: users (new, changed, blocked, a new password, a lock after failed logins lifted), every plan with its projectmanagers, and the
 * backup button (its download is {@link nl.regiebord.backup.BackupResource.VoorPaginas}).
 */
@Path("/beheer")
@Produces(MediaType.TEXT_HTML)
@Toegestaan(Recht.GEBRUIKERS_BEHEREN)
public class BeheerPagina {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance beheer(List<Gebruiker> gebruikers, List<BlokkadeJson> blokkades,
                                              List<PlanRegel> plannen, Melding melding, Formulierfout fout,
                                              boolean backupMogelijk);
    }

    /** A plan as the beheerder sees it: its name and who manages it, not its contents. */
    public record PlanRegel(Plan plan, String projectmanagers) {
    }

    /** A password made by Regiebord, shown once to the beheerder to pass on. */
    public record Melding(String gebruiker, String wachtwoord) {
    }

    @Inject
    GebruikerService gebruikers;
    @Inject
    PlanService plannen;
    @Inject
    Backup backup;

    @GET
    public TemplateInstance pagina() {
        return pagina(null, Formulierfout.geen());
    }

    @POST
    @Path("gebruikers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response maak(MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst("gebruikersnaam", "naam", "email").vinkje("beheerder");
        return Paginas.verwerk(formulier, "nieuw", () -> {
            GebruikerJson nieuw = gebruikers.maak(formulier.invoer());
            // no redirect: the made password is shown this once and is kept nowhere
            return Response.status(201).entity(pagina(new Melding(nieuw.naam() + " (" + nieuw.gebruikersnaam() + ")",
                    nieuw.tijdelijkWachtwoord()), Formulierfout.geen())).build();
        }, fout -> pagina(null, fout));
    }

    @POST
    @Path("gebruikers/{gebruikerId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response wijzig(@PathParam("gebruikerId") Long id, MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst("naam", "email").vinkje("beheerder").vinkje("actief").versie();
        return Paginas.verwerk(formulier, "gebruiker-" + id, () -> {
            gebruikers.wijzig(id, formulier.invoer());
            return Paginas.naar("/beheer#gebruiker-" + id);
        }, fout -> pagina(null, fout));
    }

    @POST
    @Path("gebruikers/{gebruikerId}/wachtwoord-herstel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response herstel(@PathParam("gebruikerId") Long id) {
        GebruikerJson gebruiker = gebruikers.herstelWachtwoord(id);
        return Response.ok(pagina(new Melding(gebruiker.naam() + " (" + gebruiker.gebruikersnaam() + ")",
                gebruiker.tijdelijkWachtwoord()), Formulierfout.geen())).build();
    }

    @POST
    @Path("gebruikers/{gebruikerId}/blokkade-opheffen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response hefBlokkadeOp(@PathParam("gebruikerId") Long id) {
        gebruikers.hefBlokkadeOp(id);
        return Paginas.naar("/beheer#blokkades");
    }

    private TemplateInstance pagina(Melding melding, Formulierfout fout) {
        Map<Long, String> managers = Leden.projectmanagersPerPlan();
        List<PlanRegel> regels = plannen.alle().stream()
                .map(p -> new PlanRegel(p, managers.getOrDefault(p.id, "–"))).toList();
        return Templates.beheer(gebruikers.lijst(null), gebruikers.blokkades(), regels, melding, fout,
                backup.mogelijk());
    }
}
