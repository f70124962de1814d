package nl.regiebord.stakeholder;

import com.fasterxml.jackson.databind.node.ArrayNode;
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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regiebord.pagina.Formulier;
import nl.regiebord.pagina.Formulierfout;
import nl.regiebord.pagina.Paginas;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;

/** The herijking: every stakeholder's belang and invloed scored again in one go, with the earlier ones. */
@Path("/plannen/{planId}")
@Produces(MediaType.TEXT_HTML)
public class HerijkingPagina {

    private static final Pattern SCOREVELD = Pattern.compile("scores\\[(\\d+)]\\.(\\w+)");

    @CheckedTemplate(basePath = "StakeholderPagina")
    static class Templates {
        static native TemplateInstance herijking(Plan plan, List<Herijkingsrij> rijen,
                                                 List<HerijkingJson> herijkingen, LocalDate vandaag,
                                                 StakeholderPagina.Keuzes keuzes, Formulierfout fout);
    }

    /**
     * A stakeholder's row on the herijking form: the scores to show selected (what was typed after a refusal,
     * otherwise the current ones), the reason typed and the message at it.
     */
    public record Herijkingsrij(StakeholderJson s, String belang, String invloed, String reden, String fout) {
    }

    @Inject
    StakeholderService stakeholders;
    @Inject
    HerijkingService herijkingen;
    @Inject
    Contactplanning planning;

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("stakeholders/herijking")
    @Transactional
    public TemplateInstance herijking(@PathParam("planId") Long planId) {
        return herijking(planId, Formulierfout.geen());
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("stakeholders/herijking")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response herijk(@PathParam("planId") Long planId, MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst("datum").lijst("aanwezigen");
        // each row carries its version as "version-<id>": the rows are known from those, in the page's order
        List<String> ids = velden.keySet().stream().filter(v -> v.matches("version-\\d{1,18}"))
                .map(v -> v.substring("version-".length())).sorted(Comparator.comparing(Long::valueOf)).toList();
        ArrayNode scores = formulier.json().putArray("scores");
        List<String> meegenomen = new ArrayList<>();
        for (String id : ids) {
            if (!formulier.ingevuld("belang-" + id) && !formulier.ingevuld("invloed-" + id)) {
                continue; // not scored before and not now: not part of this herijking
            }
            scores.add(Formulier.van(rij(velden, id)).nummer("stakeholder", "version")
                    .tekst("belang", "invloed", "reden").json());
            meegenomen.add(id);
        }
        return Paginas.verwerk(formulier, "herijking", () -> {
            herijkingen.leg(planId, formulier.json());
            return Paginas.naar("/plannen/" + planId + "/stakeholdermatrix");
        }, fout -> herijking(planId, perStakeholder(fout, meegenomen)));
    }

    private TemplateInstance herijking(Long planId, Formulierfout fout) {
        Plan plan = Plannen.vind(planId);
        List<Herijkingsrij> rijen = stakeholders.alsJson(plan, stakeholders.vanPlan(plan, false)).stream()
                .map(s -> rij(s, fout)).toList();
        return Templates.herijking(plan, rijen, herijkingen.vanPlan(plan.id).stream().map(herijkingen::alsJson).toList(),
                planning.vandaag(), StakeholderPagina.KEUZES, fout);
    }

    private static Herijkingsrij rij(StakeholderJson s, Formulierfout fout) {
        if (fout.voor("herijking")) {
            return new Herijkingsrij(s, fout.getypt("belang-" + s.id()), fout.getypt("invloed-" + s.id()),
                    fout.getypt("reden-" + s.id()), fout.bij("reden-" + s.id()));
        }
        return new Herijkingsrij(s, s.belang() == null ? "" : s.belang().tekst(),
                s.invloed() == null ? "" : s.invloed().tekst(), "", null);
    }

    /** The fields of one stakeholder's row on the herijking form ("belang-12") under their API names ("belang"). */
    private static MultivaluedMap<String, String> rij(MultivaluedMap<String, String> velden, String id) {
        MultivaluedMap<String, String> rij = new MultivaluedHashMap<>();
        rij.add("stakeholder", id);
        for (String veld : List.of("version", "belang", "invloed", "reden")) {
            String waarde = velden.getFirst(veld + "-" + id);
            if (waarde != null) {
                rij.add(veld, waarde);
            }
        }
        return rij;
    }

    /** Names the refused fields "scores[1].reden" after the row they belong to ("reden-12"), for the page. */
    private static Formulierfout perStakeholder(Formulierfout fout, List<String> ids) {
        Map<String, String> velden = new LinkedHashMap<>();
        fout.velden().forEach((veld, melding) -> {
            String naam = veld;
            Matcher m = SCOREVELD.matcher(veld);
            if (m.matches() && Integer.parseInt(m.group(1)) < ids.size()) {
                naam = m.group(2) + "-" + ids.get(Integer.parseInt(m.group(1)));
            }
            velden.merge(naam, melding, (a, b) -> a + "; " + b);
        });
        return new Formulierfout(fout.doel(), fout.status(), fout.melding(), velden, fout.getypt(), fout.huidigeStand());
    }
}
