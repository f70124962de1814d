package nl.regiebord.overzicht;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.regiebord.actie.ActieJson;
import nl.regiebord.actie.ActieWeergave;
import nl.regiebord.actie.BesluitStatus;
import nl.regiebord.actie.Laatheid;
import nl.regiebord.actie.PlanActie;
import nl.regiebord.actie.ThemaVoortgang;
import nl.regiebord.actie.Voortgangsberekening;
import nl.regiebord.api.ApiFout;
import nl.regiebord.pagina.Formulier;
import nl.regiebord.pagina.Formulierfout;
import nl.regiebord.pagina.Paginas;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.PlanJson;
import nl.regiebord.plan.Plannen;
import nl.regiebord.plannen.PlanService;
import nl.regiebord.projectkaart.Kaartoverzicht;
import nl.regiebord.risico.Risicooverzicht;
import nl.regiebord.stakeholder.Stakeholderoverzicht;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import nl.regiebord.transactie.AlleenLezen;

/**
 * A plan at a glance: progress per theme, what is late (grouped by how late, with who is responsible), what is due
 * next, decisions still open per gemeente.
 */
@Path("/plannen/{planId}")
@Produces(MediaType.TEXT_HTML)
public class DashboardPagina {

    static final int KOMENDE_DEADLINES = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Plan plan, Dashboard dashboard, Herplanning herplanning,
                                                 Formulierfout fout);
    }

    /** What the dashboard shows; every figure comes from the domain's own calculations. */
    public record Dashboard(List<ThemaVoortgang> themas, ThemaVoortgang totaal, List<ActieJson> teLaat,
                            List<Laatheid.Groep<ActieJson>> teLaatGroepen, List<ActieJson> komend, List<OpenBesluiten> openBesluiten,
                            Risicooverzicht.Overzicht risicos, List<Kaartoverzicht.Thema> projectkaarten,
                            Stakeholderoverzicht.Overzicht stakeholders) {
    }

    /** What moved when the inwerkingtreding changed. */
    public record Herplanning(List<PlanJson.Verplaatst> verplaatst) {
    }

    /** The actions on which a gemeente has not decided yet. */
    public record OpenBesluiten(String gemeente, List<ActieJson> acties) {
    }

    @Inject
    ActieWeergave weergave;
    @Inject
    Voortgangsberekening berekening;
    @Inject
    PlanService plannen;
    @Inject
    Risicooverzicht risicooverzicht;
    @Inject
    Kaartoverzicht kaartoverzicht;
    @Inject
    Stakeholderoverzicht stakeholderoverzicht;

    /** Rendered inside its read-only transaction: the template reads the plan's entities too. */
    @Toegestaan(Recht.LEZEN)
    @GET
    @AlleenLezen
    public String dashboard(@PathParam("planId") Long planId) {
        Plan plan = Plannen.vind(planId);
        return Templates.dashboard(plan, bouw(plan), null, Formulierfout.geen()).render();
    }

    @Toegestaan(Recht.PLAN_WIJZIGEN)
    @POST
    @Path("inwerkingtreding")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response inwerkingtreding(@PathParam("planId") Long planId, MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst("inwerkingtreding").versie();
        return Paginas.verwerk(formulier, "inwerkingtreding", () -> {
            PlanJson gewijzigd;
            try {
                gewijzigd = plannen.wijzig(planId, formulier.invoer());
            } catch (ApiFout fout) {
                if (fout.status() == 409 && Plannen.vind(planId).inwerkingtreding.toString()
                        .equals(formulier.waarde("inwerkingtreding"))) {
                    // the same date again, e.g. the browser re-posting after a refresh: nothing to do, nothing to refuse
                    return Paginas.naar("/plannen/" + planId);
                }
                throw fout;
            }
            Plan plan = Plannen.vind(planId);
            return Response.ok(Templates.dashboard(plan, bouw(plan), new Herplanning(gewijzigd.verplaatst()),
                    Formulierfout.geen())).build();
        }, fout -> {
            Plan plan = Plannen.vind(planId);
            return Templates.dashboard(plan, bouw(plan), null, fout);
        });
    }

    Dashboard bouw(Plan plan) {
        LocalDate vandaag = weergave.vandaag();
        List<PlanActie> acties = weergave.acties(plan);
        List<ActieJson> json = weergave.alsJson(plan, acties);
        List<ActieJson> teLaat = json.stream().filter(ActieJson::teLaat)
                .sorted(Comparator.comparing(ActieJson::deadline)).toList();
        List<ActieJson> komend = json.stream()
                .filter(a -> !a.status().isKlaar() && a.deadline() != null && !a.deadline().isBefore(vandaag))
                .sorted(Comparator.comparing(ActieJson::deadline)).limit(KOMENDE_DEADLINES).toList();
        List<OpenBesluiten> open = new ArrayList<>();
        if (plan.isSamenwerkingsverband()) {
            for (String gemeente : plan.gemeenten) {
                List<ActieJson> nogTeBesluiten = json.stream().filter(a -> a.besluiten() != null && a.status() != nl.regiebord.actie.ActieStatus.NVT)
                        .filter(a -> a.besluiten().stream().anyMatch(b -> b.gemeente().equals(gemeente)
                                && b.status() != BesluitStatus.BESLOTEN))
                        .sorted(Comparator.comparing(ActieJson::deadline, Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList();
                open.add(new OpenBesluiten(gemeente, nogTeBesluiten));
            }
        }
        return new Dashboard(berekening.perThema(acties, vandaag), berekening.totaal(acties, vandaag), teLaat,
                Laatheid.groepeer(teLaat, ActieJson::deadline, vandaag), komend,
                open, risicooverzicht.van(plan), kaartoverzicht.van(plan), stakeholderoverzicht.van(plan));
    }
}
