package nl.regiebord.projectkaart;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.pagina.Formulier;
import nl.regiebord.pagina.Formulierfout;
import nl.regiebord.pagina.Paginas;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;

/**
 * Step 3 of a projectkaart, its milestones: a form per milestone, one to add, moving and removing. Shown at
 * {@code stap/3} by {@link KaartstapPagina}.
 */
@Path("/plannen/{planId}/projectkaarten")
@Produces(MediaType.TEXT_HTML)
public class MijlpalenPagina {

    static final List<String> MIJLPAALVELDEN = List.of("omschrijving", "datum", "status", "nieuweDatum", "reden");

    @CheckedTemplate(basePath = "ProjectkaartPagina")
    static class Templates {
        static native TemplateInstance mijlpalen(Plan plan, KaartJson kaart, List<Mijlpaalformulier> formulieren,
                                                 Mijlpaalformulier nieuw, Formulierfout fout);
    }

    /** One milestone's form (id null: the form to add one). */
    @TemplateData
    public record Mijlpaalformulier(Long id, int volgorde, String doel, Map<String, String> waarden,
                                    List<ProjectkaartPagina.Optie> statussen, String version) {

        public String waarde(String veld) {
            String waarde = waarden.get(veld);
            return waarde == null ? "" : waarde;
        }

        public String sleutel() {
            return id == null ? "nieuw" : String.valueOf(id);
        }
    }

    @Inject
    ProjectkaartService kaarten;
    @Inject
    MijlpaalService mijlpalen;

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @POST
    @Path("{kaartId}/mijlpalen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response voegMijlpaalToe(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId,
                                    MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst(MIJLPAALVELDEN);
        return mijlpaal(planId, kaartId, "mijlpaal-nieuw", formulier,
                () -> mijlpalen.voegToe(planId, kaartId, formulier.invoer()).id());
    }

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @POST
    @Path("{kaartId}/mijlpalen/{mijlpaalId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response wijzigMijlpaal(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId,
                                   @PathParam("mijlpaalId") Long mijlpaalId, MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst(MIJLPAALVELDEN).versie();
        return mijlpaal(planId, kaartId, "mijlpaal-" + mijlpaalId, formulier,
                () -> mijlpalen.wijzig(planId, kaartId, mijlpaalId, formulier.invoer()).id());
    }

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @POST
    @Path("{kaartId}/mijlpalen/{mijlpaalId}/volgorde")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verplaatsMijlpaal(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId,
                                      @PathParam("mijlpaalId") Long mijlpaalId, MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).nummer("volgorde").versie();
        return mijlpaal(planId, kaartId, "mijlpaal-" + mijlpaalId, formulier,
                () -> mijlpalen.wijzig(planId, kaartId, mijlpaalId, formulier.invoer()).id());
    }

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @POST
    @Path("{kaartId}/mijlpalen/{mijlpaalId}/verwijder")
    public Response verwijderMijlpaal(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId,
                                      @PathParam("mijlpaalId") Long mijlpaalId) {
        return mijlpaal(planId, kaartId, "mijlpaal-" + mijlpaalId, Formulier.leeg(), () -> {
            mijlpalen.verwijder(planId, kaartId, mijlpaalId);
            return null;
        });
    }

    private Response mijlpaal(Long planId, Long kaartId, String doel, Formulier formulier, Supplier<Long> wijziging) {
        return Paginas.verwerk(formulier, doel, () -> {
            Long id = wijziging.get();
            return Paginas.naar(ProjectkaartPagina.pad(planId, kaartId) + "/stap/3#"
                    + (id == null ? "mijlpalen" : "mijlpaal-" + id));
        }, fout -> pagina(planId, kaartId, fout));
    }

    /** The milestones step, after a refusal with what was typed in the refused form. */
    TemplateInstance pagina(Long planId, Long kaartId, Formulierfout fout) {
        Plan plan = Plannen.vind(planId);
        KaartJson kaart = kaarten.alsJson(planId, kaartId);
        List<Mijlpaalformulier> formulieren = kaart.mijlpalen().stream().map(m -> formulier(m, fout)).toList();
        return Templates.mijlpalen(plan, kaart, formulieren, formulier(null, fout), fout);
    }

    private static Mijlpaalformulier formulier(MijlpaalJson m, Formulierfout fout) {
        String doel = "mijlpaal-" + (m == null ? "nieuw" : m.id());
        Map<String, String> waarden = new HashMap<>();
        if (fout.voor(doel)) {
            MIJLPAALVELDEN.forEach(v -> waarden.put(v, fout.getypt(v)));
        } else if (m != null) {
            waarden.put("omschrijving", m.omschrijving());
            waarden.put("datum", m.datum().toString());
            waarden.put("status", m.status().tekst());
            waarden.put("nieuweDatum", m.nieuweDatum() == null ? "" : m.nieuweDatum().toString());
            waarden.put("reden", m.reden() == null ? "" : m.reden());
        } else {
            waarden.put("status", Mijlpaalstatus.GEPLAND.tekst());
        }
        String version = m == null ? null
                : fout.voor(doel) && fout.isConflict() ? fout.huidig("version") : String.valueOf(m.version());
        List<ProjectkaartPagina.Optie> statussen = Keuzewaarde.toegestaan(Mijlpaalstatus.class).stream()
                .map(s -> new ProjectkaartPagina.Optie(s, s, s.equals(waarden.get("status")))).toList();
        return new Mijlpaalformulier(m == null ? null : m.id(), m == null ? 0 : m.volgorde(), doel, waarden,
                statussen, version);
    }
}
