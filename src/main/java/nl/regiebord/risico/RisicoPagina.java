package nl.regiebord.risico;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.pagina.Formulier;
import nl.regiebord.pagina.Formulierfout;
import nl.regiebord.pagina.Paginas;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;

/** The stuurgroep's risk matrix (current and residual side by side) and the project group's register. */
@Path("/plannen/{planId}")
@Produces(MediaType.TEXT_HTML)
public class RisicoPagina {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance matrix(Plan plan, Raster nu, Raster rest, Gekozen gekozen,
                                              java.time.LocalDate peildatum, Risicoreview review);

        static native TemplateInstance register(Plan plan, List<RisicoJson> risicos, List<RisicoJson> verwijderd,
                                                Keuzes keuzes, Formulierfout fout);
    }

    /** A matrix as rows of cells, for the page. */
    @io.quarkus.qute.TemplateData
    public record Raster(RisicomatrixJson matrix, List<Rij> rijen) {

        /** The column headers of the shared grid: impact from laag to hoog. */
        public List<String> kolommen() {
            return rijen.get(0).cellen().stream().map(c -> "impact " + c.impact().tekst()).toList();
        }
    }

    @io.quarkus.qute.TemplateData
    public record Rij(Risiconiveau kans, List<RisicomatrixJson.Cel> cellen) {

        /** The row header of the shared grid. */
        public String kop() {
            return "kans " + kans.tekst();
        }
    }

    /** The cell a visitor clicked, with its risks listed below the grids. */
    public record Gekozen(RisicomatrixJson.Cel cel, boolean rest) {
    }

    public record Keuzes(List<String> categorieen, List<String> niveaus, List<String> statussen,
                         List<Scoreveld> scorevelden) {
    }

    public record Scoreveld(String veld, String label) {
    }

    static final List<Scoreveld> SCOREVELDEN = List.of(new Scoreveld("kans", "Kans"), new Scoreveld("impact", "Impact"),
            new Scoreveld("restKans", "Rest-kans (na de maatregel)"), new Scoreveld("restImpact", "Rest-impact (na de maatregel)"));

    @Inject
    Risicomatrix matrix;
    @Inject
    RisicoService risicos;

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("risicomatrix")
    @Transactional
    public TemplateInstance matrix(@PathParam("planId") Long planId, @QueryParam("kans") String kans,
                                   @QueryParam("impact") String impact, @QueryParam("rest") String rest,
                                   @QueryParam("peildatum") String peildatum) {
        Plan plan = Plannen.vind(planId);
        java.time.LocalDate dag = RisicomatrixResource.peildatum(peildatum);
        Risicoreview review = Risicoreview.laatste(plan);
        List<Risicopositie> posities = dag == null ? matrix.nu(plan) : matrix.op(plan, dag);
        // movement since the last review is shown for today's matrix only
        Raster nu = raster(matrix.bouw(posities, false, dag, dag == null ? matrix.sinds(review, false) : null));
        Raster residu = raster(matrix.bouw(posities, true, dag, dag == null ? matrix.sinds(review, true) : null));
        Risiconiveau k = Keuzewaarde.filter(kans, "kans", Risiconiveau.class);
        Risiconiveau i = Keuzewaarde.filter(impact, "impact", Risiconiveau.class);
        boolean inRest = RisicoResource.waarheid("rest", rest);
        Gekozen gekozen = k == null || i == null ? null : new Gekozen((inRest ? residu : nu).matrix().cellen().stream()
                .filter(c -> c.kans() == k && c.impact() == i).findFirst().orElseThrow(), inRest);
        return Templates.matrix(plan, nu, residu, gekozen, dag, review);
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("risicos")
    public TemplateInstance register(@PathParam("planId") Long planId) {
        return register(Plannen.vind(planId), Formulierfout.geen());
    }

    @Toegestaan(Recht.RISICOS_WIJZIGEN)
    @POST
    @Path("risicos")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response voegToe(@PathParam("planId") Long planId, MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst("categorie", "omschrijving", "maatregel", "kans", "impact",
                "restKans", "restImpact", "eigenaar", "ingebrachtDoor");
        return Paginas.verwerk(formulier, "nieuw", () -> {
            Risico risico = risicos.voegToe(planId, formulier.invoer());
            return Paginas.naar("/plannen/" + planId + "/risicos#risico-" + risico.id);
        }, fout -> register(Plannen.vind(planId), fout));
    }

    @Toegestaan(Recht.RISICOS_WIJZIGEN)
    @POST
    @Path("risicos/voorbeelden")
    public Response voegVoorbeeldenToe(@PathParam("planId") Long planId) {
        return Paginas.verwerk(Formulier.leeg(), "voorbeelden", () -> {
            risicos.voegVoorbeeldenToe(planId);
            return Paginas.naar("/plannen/" + planId + "/risicos");
        }, fout -> register(Plannen.vind(planId), fout));
    }

    @Toegestaan(Recht.RISICOS_WIJZIGEN)
    @POST
    @Path("risicos/{risicoId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response wijzig(@PathParam("planId") Long planId, @PathParam("risicoId") Long risicoId,
                           MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst("kans", "impact", "restKans", "restImpact", "status",
                "eigenaar").versie();
        return Paginas.verwerk(formulier, "risico-" + risicoId, () -> {
            risicos.wijzig(planId, risicoId, formulier.invoer());
            return Paginas.naar("/plannen/" + planId + "/risicos#risico-" + risicoId);
        }, fout -> register(Plannen.vind(planId), fout));
    }

    @Toegestaan(Recht.RISICOS_WIJZIGEN)
    @POST
    @Path("risicos/{risicoId}/cluster")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cluster(@PathParam("planId") Long planId, @PathParam("risicoId") Long risicoId,
                            MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).nummer("in");
        return Paginas.verwerk(formulier, "risico-" + risicoId, () -> {
            if (formulier.ingevuld("in")) {
                risicos.cluster(planId, risicoId, formulier.invoer());
            } else {
                risicos.ontcluster(planId, risicoId);
            }
            return Paginas.naar("/plannen/" + planId + "/risicos#risico-" + risicoId);
        }, fout -> register(Plannen.vind(planId), fout));
    }

    @Toegestaan(Recht.RISICOS_WIJZIGEN)
    @POST
    @Path("risicos/{risicoId}/verwijder")
    public Response verwijder(@PathParam("planId") Long planId, @PathParam("risicoId") Long risicoId) {
        return Paginas.verwerk(Formulier.leeg(), "risico-" + risicoId, () -> {
            risicos.verwijder(planId, risicoId);
            return Paginas.naar("/plannen/" + planId + "/risicos");
        }, fout -> register(Plannen.vind(planId), fout));
    }

    @Toegestaan(Recht.RISICOS_WIJZIGEN)
    @POST
    @Path("risicos/{risicoId}/herstel")
    public Response herstel(@PathParam("planId") Long planId, @PathParam("risicoId") Long risicoId) {
        return Paginas.verwerk(Formulier.leeg(), "verwijderd-" + risicoId, () -> {
            risicos.herstel(planId, risicoId);
            return Paginas.naar("/plannen/" + planId + "/risicos#risico-" + risicoId);
        }, fout -> register(Plannen.vind(planId), fout));
    }

    private TemplateInstance register(Plan plan, Formulierfout fout) {
        return Templates.register(plan, risicos.alsJson(plan, risicos.vanPlan(plan, false)),
                risicos.alsJson(plan, risicos.vanPlan(plan, true)),
                new Keuzes(Keuzewaarde.toegestaan(Categorie.class), Keuzewaarde.toegestaan(Risiconiveau.class),
                        Keuzewaarde.toegestaan(Risicostatus.class), SCOREVELDEN), fout);
    }

    static Raster raster(RisicomatrixJson matrix) {
        List<Rij> rijen = Risicomatrix.RIJEN.stream().map(kans -> new Rij(kans,
                matrix.cellen().stream().filter(c -> c.kans() == kans).toList())).toList();
        return new Raster(matrix, rijen);
    }
}
