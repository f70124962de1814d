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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.Historieweergave;
import nl.regiebord.pagina.Formulier;
import nl.regiebord.pagina.Formulierfout;
import nl.regiebord.pagina.Paginas;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Leden;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;

/**
 * The project group's risk register and a page per risk. The register's rows and the risk's page post to the same change; {@code _vanaf=risico} brings the user
 * back to the risk's page.
 */
@Path("/plannen/{planId}")
@Produces(MediaType.TEXT_HTML)
public class RisicoPagina {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(Plan plan, List<RisicoJson> risicos, List<RisicoJson> verwijderd,
                                                Map<Long, String> nummers, Keuzes keuzes, Formulierfout fout);

        static native TemplateInstance risico(Plan plan, RisicoJson r, Map<Long, String> nummers, List<Lid> leden,
                                              List<Historieweergave.Regel> historie, List<Bespreking> besprekingen,
                                              Keuzes keuzes, Formulierfout fout);
    }

    /** A plan member who can own the risk. */
    public record Lid(Long id, String naam) {
    }

    public record Keuzes(List<String> categorieen, List<String> niveaus, List<String> statussen,
                         List<Scoreveld> scorevelden) {
    }

    public record Scoreveld(String veld, String label) {
    }

    static final List<Scoreveld> SCOREVELDEN = List.of(new Scoreveld("kans", "Kans"), new Scoreveld("impact", "Impact"),
            new Scoreveld("restKans", "Rest-kans (na de maatregel)"), new Scoreveld("restImpact", "Rest-impact (na de maatregel)"));
    static final Keuzes KEUZES = new Keuzes(Keuzewaarde.toegestaan(Categorie.class),
            Keuzewaarde.toegestaan(Risiconiveau.class), Keuzewaarde.toegestaan(Risicostatus.class), SCOREVELDEN);

    static final String[] VELDEN = {"categorie", "omschrijving", "maatregel", "kans", "impact", "restKans",
            "restImpact", "status", "eigenaar"};
    static final String VANAF_RISICO = "risico";

    @Inject
    RisicoService risicos;
    @Inject
    RisicoreviewService reviews;
    @Inject
    Historieweergave historieweergave;
    @Inject
    Leden leden;

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

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("risicos/{risicoId}")
    @Transactional
    public TemplateInstance risico(@PathParam("planId") Long planId, @PathParam("risicoId") Long risicoId) {
        return risico(planId, risicoId, Formulierfout.geen());
    }

    @Toegestaan(Recht.RISICOS_WIJZIGEN)
    @POST
    @Path("risicos/{risicoId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response wijzig(@PathParam("planId") Long planId, @PathParam("risicoId") Long risicoId,
                           MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst(VELDEN).nummer("eigenaarId").versie();
        if (formulier.ingevuld("eigenaarId")) {
            // a member chosen from the list names the owner; the typed name is only for people who are not members
            formulier.json().remove("eigenaar");
        }
        boolean vanRisico = VANAF_RISICO.equals(formulier.waarde("_vanaf"));
        return Paginas.verwerk(formulier, "risico-" + risicoId, () -> {
            risicos.wijzig(planId, risicoId, formulier.invoer());
            return Paginas.naar(vanRisico ? "/plannen/" + planId + "/risicos/" + risicoId
                    : "/plannen/" + planId + "/risicos#risico-" + risicoId);
        }, fout -> vanRisico ? risico(planId, risicoId, fout) : register(Plannen.vind(planId), fout));
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
        List<RisicoJson> register = risicos.alsJson(plan, risicos.vanPlan(plan, false));
        return Templates.register(plan, register, risicos.alsJson(plan, risicos.vanPlan(plan, true)),
                nummers(register), KEUZES, fout);
    }

    private TemplateInstance risico(Long planId, Long risicoId, Formulierfout fout) {
        Risico risico = risicos.vind(planId, risicoId);
        List<Lid> lijst = leden.van(planId).stream().map(l -> new Lid(l.gebruiker.id, l.gebruiker.naam))
                .sorted(Comparator.comparing(Lid::naam, String.CASE_INSENSITIVE_ORDER)).toList();
        RisicoJson json = risicos.alsJson(risico);
        return Templates.risico(risico.plan, json, Risico.nummers(json.geclusterd()), lijst,
                historieweergave.leesbaar(Historie.RISICO, risicos.historie(planId, risicoId, 100)),
                reviews.besprekingen(risico), KEUZES, fout);
    }

    /** The numbers of the register's risks by id, to name the risks clustered into one. */
    private static Map<Long, String> nummers(List<RisicoJson> register) {
        return register.stream().collect(Collectors.toMap(RisicoJson::id, RisicoJson::nummer));
    }
}
