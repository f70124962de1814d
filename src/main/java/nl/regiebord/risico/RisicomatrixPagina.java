package nl.regiebord.risico;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.pagina.Formulier;
import nl.regiebord.pagina.Formulierfout;
import nl.regiebord.pagina.Paginas;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Leden;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;

/**
 * The stuurgroep's risk matrix (current and residual side by side, as of a peildatum) and, below it, the form in
 * which a stuurgroep member or the projectmanager records the review during the meeting: who was there, a
 * decision per risk in the matrix, a note. It posts to the same service as {@code POST …/risicoreviews}.
 */
@Path("/plannen/{planId}/risicomatrix")
@Produces(MediaType.TEXT_HTML)
public class RisicomatrixPagina {

    private static final Pattern BESLUITVELD = Pattern.compile("besluiten\\[(\\d+)]\\.(\\w+)");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance matrix(Plan plan, Raster nu, Raster rest, Gekozen gekozen, LocalDate peildatum,
                                              Risicoreview review, List<Legendaregel> legenda,
                                              Reviewformulier formulier, Formulierfout fout);
    }

    /** A matrix as rows of cells, for the page. */
    @TemplateData
    public record Raster(RisicomatrixJson matrix, List<Rij> rijen) {

        /** The column headers of the shared grid: impact from laag to hoog. */
        public List<String> kolommen() {
            return rijen.get(0).cellen().stream().map(c -> "impact " + c.impact().tekst()).toList();
        }
    }

    @TemplateData
    public record Rij(Risiconiveau kans, List<RisicomatrixJson.Cel> cellen) {

        /** The row header of the shared grid. */
        public String kop() {
            return "kans " + kans.tekst();
        }
    }

    /**
     * A risk of the matrix in the legend below the grids: its number, its full description, its cell now and after
     * the measures, and how it moved since the last review.
     */
    public record Legendaregel(Long id, String nummer, String omschrijving, String nu, String rest, String beweging) {
    }

    /** The cell a visitor clicked, with its risks listed below the grids. */
    public record Gekozen(RisicomatrixJson.Cel cel, boolean rest) {
    }

    /**
     * The review form as shown: empty, or after a refusal what was posted, with the messages per risk.
     *
     * @param aanwezig the members ticked as present, by name
     */
    public record Reviewformulier(String datum, List<String> leden, List<String> aanwezig, String gasten,
                                  String notitie, List<Besluitregel> regels, List<String> niveaus,
                                  List<String> statussen) {
    }

    /** One risk of the matrix in the review form, with what was chosen for it and a refusal's message. */
    public record Besluitregel(Long id, String nummer, String korteNaam, String stand, long version, String kans,
                               String impact, String reden, String maatregel, String status, String fout) {
    }

    @Inject
    Risicomatrix matrix;
    @Inject
    RisicoService risicos;
    @Inject
    RisicoreviewService reviews;
    @Inject
    Leden leden;
    @Inject
    Clock klok;

    @Toegestaan(Recht.LEZEN)
    @GET
    @Transactional
    public TemplateInstance matrix(@PathParam("planId") Long planId, @QueryParam("kans") String kans,
                                   @QueryParam("impact") String impact, @QueryParam("rest") String rest,
                                   @QueryParam("peildatum") String peildatum) {
        Plan plan = Plannen.vind(planId);
        LocalDate dag = RisicomatrixResource.peildatum(peildatum);
        Risiconiveau k = Keuzewaarde.filter(kans, "kans", Risiconiveau.class);
        Risiconiveau i = Keuzewaarde.filter(impact, "impact", Risiconiveau.class);
        boolean inRest = RisicoResource.waarheid("rest", rest);
        return pagina(plan, dag, k, i, inRest, leegFormulier(plan), Formulierfout.geen());
    }

    @Toegestaan(Recht.RISICOREVIEW_VASTLEGGEN)
    @POST
    @Path("review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response legReview(@PathParam("planId") Long planId, MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst("datum", "notitie");
        List<String> aanwezigen = new ArrayList<>(velden.getOrDefault("aanwezig", List.of()));
        String gasten = formulier.waarde("gasten");
        if (gasten != null) {
            gasten.lines().map(String::strip).filter(g -> !g.isEmpty()).forEach(aanwezigen::add);
        }
        ArrayNode lijst = formulier.json().putArray("aanwezigen");
        aanwezigen.forEach(lijst::add);
        // a decision only for the risks where something was chosen; the others are kept as they are
        List<Long> besproken = new ArrayList<>();
        ArrayNode besluiten = formulier.json().putArray("besluiten");
        for (String id : velden.getOrDefault("risico", List.of())) {
            Map<String, String> keuze = new LinkedHashMap<>();
            for (String veld : List.of("kans", "impact", "reden", "maatregel", "status")) {
                String waarde = formulier.waarde(veld + "-" + id);
                if (waarde != null && !waarde.isEmpty()) {
                    keuze.put(veld, waarde);
                }
            }
            if (keuze.isEmpty() || !id.matches("\\d{1,18}")) {
                continue;
            }
            ObjectNode besluit = besluiten.addObject();
            besluit.put("risico", Long.parseLong(id));
            String versie = formulier.waarde("version-" + id);
            if (versie != null && versie.matches("\\d{1,18}")) {
                besluit.put("version", Long.parseLong(versie));
            }
            keuze.forEach(besluit::put);
            besproken.add(Long.parseLong(id));
        }
        return Paginas.verwerk(formulier, "review", () -> {
            reviews.leg(planId, formulier.json());
            return Paginas.naar("/plannen/" + planId + "/risicomatrix#laatste-review");
        }, fout -> {
            Plan plan = Plannen.vind(planId);
            return pagina(plan, null, null, null, false, gepost(plan, velden, aanwezigen, besproken, fout), fout);
        });
    }

    private TemplateInstance pagina(Plan plan, LocalDate dag, Risiconiveau kans, Risiconiveau impact, boolean inRest,
                                    Reviewformulier formulier, Formulierfout fout) {
        Risicoreview review = Risicoreview.laatste(plan);
        List<Risicopositie> posities = dag == null ? matrix.nu(plan) : matrix.op(plan, dag);
        // movement since the last review is shown for today's matrix only
        Raster nu = raster(matrix.bouw(posities, false, dag, dag == null ? matrix.sinds(review, false) : null));
        Raster residu = raster(matrix.bouw(posities, true, dag, dag == null ? matrix.sinds(review, true) : null));
        Gekozen gekozen = kans == null || impact == null ? null : new Gekozen((inRest ? residu : nu).matrix().cellen()
                .stream().filter(c -> c.kans() == kans && c.impact() == impact).findFirst().orElseThrow(), inRest);
        return Templates.matrix(plan, nu, residu, gekozen, dag, review, legenda(nu.matrix(), residu.matrix()), formulier,
                fout);
    }

    static List<Legendaregel> legenda(RisicomatrixJson nu, RisicomatrixJson rest) {
        Map<Long, String> naMaatregelen = new LinkedHashMap<>();
        for (RisicomatrixJson.Cel c : rest.cellen()) {
            for (RisicomatrixJson.RisicoInCel r : c.risicos()) {
                naMaatregelen.put(r.id(), plaats(c) + (Boolean.TRUE.equals(r.zonderRest()) ? ", geen rest-score" : ""));
            }
        }
        List<Legendaregel> regels = new ArrayList<>();
        for (RisicomatrixJson.Cel c : nu.cellen()) {
            for (RisicomatrixJson.RisicoInCel r : c.risicos()) {
                regels.add(new Legendaregel(r.id(), r.nummer(), r.omschrijving(), plaats(c), naMaatregelen.get(r.id()),
                        r.beweging() == null ? null : r.beweging().tekst()));
            }
        }
        regels.sort(Comparator.comparing(Legendaregel::nummer, Risico.OP_NUMMER));
        return regels;
    }

    private static String plaats(RisicomatrixJson.Cel c) {
        return c.kwalificatie().tekst() + " (" + c.score() + ")";
    }

    private Reviewformulier leegFormulier(Plan plan) {
        List<Besluitregel> regels = inMatrix(plan).stream().map(r -> regel(r, Map.of(), null)).toList();
        return new Reviewformulier(LocalDate.now(klok).toString(), ledenVan(plan), List.of(), "", "", regels,
                Keuzewaarde.toegestaan(Risiconiveau.class), Keuzewaarde.toegestaan(Risicostatus.class));
    }

    /** The form as it was posted, each refusal of a decision at its risk ("besluiten[1].reden" → the second one). */
    private Reviewformulier gepost(Plan plan, MultivaluedMap<String, String> velden, List<String> aanwezigen,
                                   List<Long> besproken, Formulierfout fout) {
        Map<Long, String> fouten = new LinkedHashMap<>();
        fout.velden().forEach((veld, melding) -> {
            Matcher m = BESLUITVELD.matcher(veld);
            if (m.matches() && Integer.parseInt(m.group(1)) < besproken.size()) {
                fouten.merge(besproken.get(Integer.parseInt(m.group(1))), m.group(2) + ": " + melding,
                        (a, b) -> a + "; " + b);
            }
        });
        List<String> lidnamen = ledenVan(plan);
        List<Besluitregel> regels = inMatrix(plan).stream().map(r -> regel(r, velden, fouten.get(r.id))).toList();
        return new Reviewformulier(eerste(velden, "datum"), lidnamen,
                aanwezigen.stream().filter(lidnamen::contains).toList(), eerste(velden, "gasten"),
                eerste(velden, "notitie"), regels, Keuzewaarde.toegestaan(Risiconiveau.class),
                Keuzewaarde.toegestaan(Risicostatus.class));
    }

    private static Besluitregel regel(Risico r, Map<String, List<String>> velden, String fout) {
        Risicoscore score = r.score();
        String stand = score.kwalificatie().tekst() + " (" + score.score() + "): kans " + r.kans.tekst() + ", impact "
                + r.impact.tekst();
        return new Besluitregel(r.id, r.nummer(), r.korteNaam(), stand, r.version, eerste(velden, "kans-" + r.id),
                eerste(velden, "impact-" + r.id), eerste(velden, "reden-" + r.id), eerste(velden, "maatregel-" + r.id),
                eerste(velden, "status-" + r.id), fout);
    }

    private List<Risico> inMatrix(Plan plan) {
        return risicos.vanPlan(plan, false).stream().filter(Risico::inMatrix)
                .sorted(Comparator.comparingInt(r -> r.volgnummer)).toList();
    }

    private List<String> ledenVan(Plan plan) {
        return leden.van(plan.id).stream().map(l -> l.gebruiker.naam).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private static String eerste(Map<String, List<String>> velden, String naam) {
        List<String> waarden = velden.get(naam);
        return waarden == null || waarden.isEmpty() ? "" : waarden.get(0);
    }

    static Raster raster(RisicomatrixJson matrix) {
        List<Rij> rijen = Risicomatrix.RIJEN.stream().map(kans -> new Rij(kans,
                matrix.cellen().stream().filter(c -> c.kans() == kans).toList())).toList();
        return new Raster(matrix, rijen);
    }
}
