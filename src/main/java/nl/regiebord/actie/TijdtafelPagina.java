package nl.regiebord.actie;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.modelplan.Fase;
import nl.regiebord.modelplan.Modelinhoud;
import nl.regiebord.pagina.Formulier;
import nl.regiebord.pagina.Formulierfout;
import nl.regiebord.pagina.Paginas;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import nl.regiebord.transactie.AlleenLezen;

/** The tijdtafel: per theme the plan's actions in the model's order, each changeable in place. */
@Path("/plannen/{planId}/tijdtafel")
@Produces(MediaType.TEXT_HTML)
public class TijdtafelPagina {

    /** Header of the page's own script when it saves a row without reloading the page. */
    static final String INLINE = "X-Regiebord";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tijdtafel(Plan plan, Tijdtafel tijdtafel, Filter filter, Keuzes keuzes,
                                                 Formulierfout fout);
    }

    /** The filters of the page, kept in its address. */
    public record Filter(String thema, String status, boolean teLaat) {

        public boolean actief() {
            return thema != null || status != null || teLaat;
        }

        public String query() {
            List<String> delen = new ArrayList<>();
            if (thema != null) {
                delen.add("thema=" + URLEncoder.encode(thema, StandardCharsets.UTF_8));
            }
            if (status != null) {
                delen.add("status=" + URLEncoder.encode(status, StandardCharsets.UTF_8));
            }
            if (teLaat) {
                delen.add("teLaat=true");
            }
            return delen.isEmpty() ? "" : "?" + String.join("&", delen);
        }
    }

    public record Tijdtafel(List<ThemaGroep> themas, int aantal) {
    }

    public record ThemaGroep(String sleutel, String naam, List<Rij> rijen) {
    }

    /**
     * A row; {@code onderdeelKop} names the part (Verordening, ...) on the first row of each part, {@code mijn} says
     * the refused form on the page is this row's, and {@code statussen} holds the status options with the one to show
     * chosen: what was typed on a refusal, else the action's own. Worked out here rather than in the template, where
     * each name looked up inside the nested option loop cost a scan of all value resolvers per enclosing loop.
     */
    public record Rij(ActieJson actie, String onderdeelKop, boolean mijn, List<Statuskeuze> statussen) {
    }

    public record Statuskeuze(String waarde, boolean gekozen) {
    }

    /** The choices the forms on the page offer. */
    public record Keuzes(List<String> statussen, List<String> fasen, List<Modelinhoud.Thema> themas) {
    }

    @Inject
    ActieWeergave weergave;
    @Inject
    ActieService acties;

    /** Rendered inside its read-only transaction: the template reads the plan's entities too. */
    @Toegestaan(Recht.LEZEN)
    @GET
    @AlleenLezen
    public String tijdtafel(@PathParam("planId") Long planId, @QueryParam("thema") String thema,
                            @QueryParam("status") String status, @QueryParam("teLaat") String teLaat) {
        Plan plan = Plannen.vind(planId);
        Filter filter = filter(thema, status, teLaat);
        Formulierfout geenFout = Formulierfout.geen();
        return Templates.tijdtafel(plan, bouw(plan, filter, geenFout), filter, keuzes(), geenFout).render();
    }

    @Toegestaan(Recht.ACTIES_WIJZIGEN)
    @POST
    @Path("acties/{actieId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response wijzig(@PathParam("planId") Long planId, @PathParam("actieId") Long actieId,
                           @HeaderParam(INLINE) String inline, MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst("status", "verantwoordelijke").versie();
        Filter filter = veiligFilter(formulier);
        if (inline != null) {
            try {
                return Response.ok(acties.wijzig(planId, actieId, formulier.invoer()), MediaType.APPLICATION_JSON_TYPE)
                        .build();
            } catch (ApiFout fout) {
                // not a page: the page's script then posts the form the ordinary way, which shows the refusal
                return Response.status(fout.status()).build();
            }
        }
        return Paginas.verwerk(formulier, String.valueOf(actieId), () -> {
            acties.wijzig(planId, actieId, formulier.invoer());
            return Paginas.naar("/plannen/" + planId + "/tijdtafel" + filter.query() + "#actie-" + actieId);
        }, fout -> tijdtafel(planId, filter, fout));
    }

    @Toegestaan(Recht.ACTIES_WIJZIGEN)
    @POST
    @Path("acties")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response voegToe(@PathParam("planId") Long planId, MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden)
                .tekst("thema", "onderdeel", "fase", "actie", "deadline", "verantwoordelijke");
        return Paginas.verwerk(formulier, "nieuw", () -> {
            PlanActie actie = acties.voegToe(planId, formulier.invoer());
            return Paginas.naar("/plannen/" + planId + "/tijdtafel#actie-" + actie.id);
        }, fout -> tijdtafel(planId, new Filter(null, null, false), fout));
    }

    private TemplateInstance tijdtafel(Long planId, Filter filter, Formulierfout fout) {
        Plan plan = Plannen.vind(planId);
        return Templates.tijdtafel(plan, bouw(plan, filter, fout), filter, keuzes(), fout);
    }

    private Tijdtafel bouw(Plan plan, Filter filter, Formulierfout fout) {
        LocalDate vandaag = weergave.vandaag();
        ActieStatus status = filter.status() == null ? null : Keuzewaarde.filter(filter.status(), "status", ActieStatus.class);
        List<PlanActie> gekozen = weergave.acties(plan).stream()
                .filter(a -> filter.thema() == null || a.thema.equals(filter.thema()))
                .filter(a -> status == null || a.status == status)
                .filter(a -> !filter.teLaat() || a.isTeLaat(vandaag))
                .toList();
        List<ActieJson> json = weergave.alsJson(plan, gekozen);
        List<String> statussen = Keuzewaarde.toegestaan(ActieStatus.class);
        List<ThemaGroep> groepen = new ArrayList<>();
        for (Modelinhoud.Thema thema : weergave.model().themas()) {
            List<Rij> rijen = new ArrayList<>();
            String vorigOnderdeel = null;
            for (ActieJson actie : json) {
                if (!actie.thema().equals(thema.sleutel())) {
                    continue;
                }
                boolean nieuwOnderdeel = actie.onderdeel() != null && !Objects.equals(actie.onderdeel(), vorigOnderdeel);
                boolean mijn = fout.voor(actie.id());
                String getoond = mijn ? fout.getypt("status") : actie.status().tekst();
                List<Statuskeuze> opties = statussen.stream().map(s -> new Statuskeuze(s, s.equals(getoond))).toList();
                rijen.add(new Rij(actie, nieuwOnderdeel ? actie.onderdeelNaam() : null, mijn, opties));
                vorigOnderdeel = actie.onderdeel();
            }
            if (!rijen.isEmpty()) {
                groepen.add(new ThemaGroep(thema.sleutel(), thema.naam(), rijen));
            }
        }
        return new Tijdtafel(groepen, json.size());
    }

    private Keuzes keuzes() {
        return new Keuzes(Keuzewaarde.toegestaan(ActieStatus.class), Keuzewaarde.toegestaan(Fase.class),
                weergave.model().themas());
    }

    private Filter filter(String thema, String status, String teLaat) {
        String gekozenThema = thema == null || thema.isBlank() ? null : thema;
        if (gekozenThema != null && !weergave.bestaatThema(gekozenThema)) {
            throw ApiFout.ongeldig("thema", "'" + thema + "' is geen thema van het model", weergave.model().themaSleutels());
        }
        String gekozenStatus = status == null || status.isBlank() ? null : status;
        if (gekozenStatus != null) {
            Keuzewaarde.filter(gekozenStatus, "status", ActieStatus.class);
        }
        return new Filter(gekozenThema, gekozenStatus, "true".equals(teLaat) || "on".equals(teLaat));
    }

    /** The filters to return to after a change; only known values, so the redirect stays on this page. */
    private Filter veiligFilter(Formulier formulier) {
        try {
            return filter(formulier.waarde("filterThema"), formulier.waarde("filterStatus"), formulier.waarde("filterTeLaat"));
        } catch (ApiFout e) {
            return new Filter(null, null, false);
        }
    }
}
