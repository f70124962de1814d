package nl.regiebord.projectkaart;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regiebord.actie.ActieService;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.gebruiker.Gebruiker;
import nl.regiebord.modelplan.Modelcatalogus;
import nl.regiebord.pagina.Formulier;
import nl.regiebord.pagina.Formulierfout;
import nl.regiebord.pagina.Paginas;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.risico.RisicoService;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;

/**
 * The edit form of one of a projectkaart's steps 1, 2 and 4 (step 3, the milestones, is {@link MijlpalenPagina}).
 * Forms become the API's JSON, so pages and API share every rule and message.
 */
@Path("/plannen/{planId}/projectkaarten")
@Produces(MediaType.TEXT_HTML)
public class KaartstapPagina {

    static final List<String> STAPPEN = List.of("Implementatie", "Omschrijving", "Mijlpalen", "Verandering");
    static final List<String> STAP_1 = List.of("titel", "thema", "projectmanager", "projectleider");
    static final List<String> STAP_2 = List.of("aanleiding", "doel", "aanpak", "risicosEnVoorwaarden", "investering");
    static final List<String> STAP_4 = List.of("inzetten", "informeren", "verbeteren", "betrekken", "borgen");

    @CheckedTemplate(basePath = "ProjectkaartPagina")
    static class Templates {
        static native TemplateInstance stap(Plan plan, KaartJson kaart, Stapformulier formulier, Formulierfout fout);
    }

    /** A checkbox of a group, with a note beside its label (a status). */
    public record Vinkje(String waarde, String label, String noot, boolean aan) {
    }

    /** One step's form: what to show in each field (what was typed, after a refusal), its choices and version. */
    @TemplateData
    public record Stapformulier(int stap, String naam, Map<String, String> waarden,
                                List<ProjectkaartPagina.Optie> themas, List<ProjectkaartPagina.Optie> managers,
                                List<ProjectkaartPagina.Optie> leiders, List<Vinkje> smart, List<Vinkje> risicos,
                                List<Vinkje> acties, String version) {

        public String waarde(String veld) {
            String waarde = waarden.get(veld);
            return waarde == null ? "" : waarde;
        }
    }

    @Inject
    ProjectkaartService kaarten;
    @Inject
    Modelcatalogus catalogus;
    @Inject
    RisicoService risicos;
    @Inject
    ActieService acties;
    @Inject
    MijlpalenPagina mijlpalen;

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("{kaartId}/stap/{stap}")
    @Transactional
    public TemplateInstance stap(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId,
                                 @PathParam("stap") int stap) {
        if (stap == 3) {
            return mijlpalen.pagina(planId, kaartId, Formulierfout.geen());
        }
        return stapPagina(planId, kaartId, stap, Formulierfout.geen(), null);
    }

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @POST
    @Path("{kaartId}/stap/{stap}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response wijzigStap(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId,
                               @PathParam("stap") int stap, MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden);
        switch (stap) {
            case 1 -> formulier.tekst(STAP_1).nummer("projectmanagerId", "projectleiderId");
            case 2 -> formulier.tekst(STAP_2).vinkjes("smart", false).vinkjes("risicoIds", true)
                    .vinkjes("actieIds", true).bedrag("investeringBedrag");
            case 4 -> formulier.tekst(STAP_4);
            default -> throw ApiFout.nietGevonden("Een projectkaart heeft de stappen 1 tot en met 4; stap 3 zijn de mijlpalen.");
        }
        formulier.versie();
        return Paginas.verwerk(formulier, "stap-" + stap, () -> {
            kaarten.wijzig(planId, kaartId, Kaartinvoer.van(formulier.json()));
            return Paginas.naar(ProjectkaartPagina.pad(planId, kaartId) + "#stap-" + stap);
        }, fout -> stapPagina(planId, kaartId, stap, fout, velden));
    }

    private TemplateInstance stapPagina(Long planId, Long kaartId, int stap, Formulierfout fout,
                                        MultivaluedMap<String, String> getypt) {
        Plan plan = Plannen.vind(planId);
        KaartJson kaart = kaarten.alsJson(planId, kaartId);
        if (stap < 1 || stap > 4) {
            throw ApiFout.nietGevonden("Een projectkaart heeft de stappen 1 tot en met 4.");
        }
        boolean opnieuw = getypt != null;
        Map<String, String> waarden = opnieuw ? getypt(getypt) : huidig(kaart);
        String version = fout.isConflict() ? fout.huidig("version") : String.valueOf(kaart.version());
        Set<String> smart = opnieuw ? new HashSet<>(getypt.getOrDefault("smart", List.of()))
                : kaart.smart().stream().map(Keuzewaarde::tekst).collect(Collectors.toSet());
        Set<String> gekozenRisicos = opnieuw ? new HashSet<>(getypt.getOrDefault("risicoIds", List.of()))
                : kaart.risicoIds().stream().map(String::valueOf).collect(Collectors.toSet());
        Set<String> gekozenActies = opnieuw ? new HashSet<>(getypt.getOrDefault("actieIds", List.of()))
                : kaart.actieIds().stream().map(String::valueOf).collect(Collectors.toSet());
        List<Gebruiker> leden = kaarten.leden(plan);
        String thema = waarden.getOrDefault("thema", kaart.thema());
        return Templates.stap(plan, kaart, new Stapformulier(stap, STAPPEN.get(stap - 1), waarden,
                ProjectkaartPagina.themas(catalogus, waarden.get("thema")), leden(leden, waarden.get("projectmanagerId")),
                leden(leden, waarden.get("projectleiderId")),
                Arrays.stream(Smart.values()).map(s -> new Vinkje(s.tekst(), s.tekst(), null,
                        smart.contains(s.tekst()))).toList(),
                risicos.vanPlan(plan, false).stream()
                        .map(r -> new Vinkje(String.valueOf(r.id), r.nummer() + " " + r.omschrijving, r.status.tekst(),
                                gekozenRisicos.contains(String.valueOf(r.id)))).toList(),
                acties.vanThema(plan, thema).stream()
                        .map(a -> new Vinkje(String.valueOf(a.id), a.actie, a.status.tekst(),
                                gekozenActies.contains(String.valueOf(a.id)))).toList(),
                version), fout);
    }

    private static List<ProjectkaartPagina.Optie> leden(List<Gebruiker> leden, String gekozen) {
        List<ProjectkaartPagina.Optie> opties = new ArrayList<>();
        opties.add(new ProjectkaartPagina.Optie("", "geen: alleen de naam hierboven", gekozen == null || gekozen.isEmpty()));
        leden.forEach(g -> opties.add(new ProjectkaartPagina.Optie(String.valueOf(g.id), g.naam,
                String.valueOf(g.id).equals(gekozen))));
        return opties;
    }

    private static Map<String, String> getypt(MultivaluedMap<String, String> velden) {
        Map<String, String> waarden = new HashMap<>();
        velden.forEach((naam, lijst) -> waarden.put(naam, lijst.isEmpty() ? "" : lijst.get(0)));
        return waarden;
    }

    private static Map<String, String> huidig(KaartJson k) {
        Map<String, String> w = new HashMap<>();
        w.put("titel", k.titel());
        w.put("thema", k.thema());
        w.put("projectmanager", k.projectmanager());
        w.put("projectmanagerId", k.projectmanagerId() == null ? "" : String.valueOf(k.projectmanagerId()));
        w.put("projectleider", k.projectleider());
        w.put("projectleiderId", k.projectleiderId() == null ? "" : String.valueOf(k.projectleiderId()));
        w.put("aanleiding", k.aanleiding());
        w.put("doel", k.doel());
        w.put("aanpak", k.aanpak());
        w.put("risicosEnVoorwaarden", k.risicosEnVoorwaarden());
        w.put("investering", k.investering());
        w.put("investeringBedrag", k.investeringBedrag() == null ? "" : Kaartweergave.bedrag(k.investeringBedrag()));
        w.put("inzetten", k.inzetten());
        w.put("informeren", k.informeren());
        w.put("verbeteren", k.verbeteren());
        w.put("betrekken", k.betrekken());
        w.put("borgen", k.borgen());
        w.values().removeIf(Objects::isNull);
        return w;
    }
}
