package nl.regiebord.projectkaart;

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
import nl.regiebord.actie.PlanActie;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.gebruiker.Gebruiker;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.Historieweergave;
import nl.regiebord.modelplan.Modelcatalogus;
import nl.regiebord.pagina.Formulier;
import nl.regiebord.pagina.Formulierfout;
import nl.regiebord.pagina.Paginas;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.risico.Risico;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The projectkaarten of a plan grouped by theme, one card as a printable page in the model's four steps, and an
 * edit form per step. Forms become the API's JSON, so pages and API share every rule and message.
 */
@Path("/plannen/{planId}/projectkaarten")
@Produces(MediaType.TEXT_HTML)
public class ProjectkaartPagina {

    static final List<String> STAPPEN = List.of("Implementatie", "Omschrijving", "Mijlpalen", "Verandering");
    static final List<String> STAP_1 = List.of("titel", "thema", "projectmanager", "projectleider");
    static final List<String> STAP_2 = List.of("aanleiding", "doel", "aanpak", "risicosEnVoorwaarden", "investering");
    static final List<String> STAP_4 = List.of("inzetten", "informeren", "verbeteren", "betrekken", "borgen");
    /** The latest changes shown under a card; the API gives all of them. */
    static final int HISTORIE = 30;
    static final List<String> MIJLPAALVELDEN = List.of("omschrijving", "datum", "status", "nieuweDatum", "reden");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overzicht(Plan plan, List<Kaartoverzicht.Thema> themas,
                                                 List<KaartJson> verwijderd, Nieuw nieuw, Formulierfout fout);

        static native TemplateInstance kaart(Plan plan, KaartJson kaart, List<Historieweergave.Regel> historie);

        static native TemplateInstance stap(Plan plan, KaartJson kaart, Stapformulier formulier, Formulierfout fout);

        static native TemplateInstance mijlpalen(Plan plan, KaartJson kaart, List<Mijlpaalformulier> formulieren,
                                                 Mijlpaalformulier nieuw, Formulierfout fout);
    }

    /** An option of a select. */
    @io.quarkus.qute.TemplateData
    public record Optie(String waarde, String label, boolean gekozen) {
    }

    /** A checkbox of a group, with a note beside its label (a status). */
    public record Vinkje(String waarde, String label, String noot, boolean aan) {
    }

    /** The form for a new card. */
    public record Nieuw(List<Optie> themas, String titel) {
    }

    /** One step's form: what to show in each field (what was typed, after a refusal), its choices and version. */
    @io.quarkus.qute.TemplateData
    public record Stapformulier(int stap, String naam, Map<String, String> waarden, List<Optie> themas,
                                List<Optie> managers, List<Optie> leiders, List<Vinkje> smart, List<Vinkje> risicos,
                                List<Vinkje> acties, String version) {

        public String waarde(String veld) {
            String waarde = waarden.get(veld);
            return waarde == null ? "" : waarde;
        }
    }

    /** One milestone's form (id null: the form to add one). */
    @io.quarkus.qute.TemplateData
    public record Mijlpaalformulier(Long id, int volgorde, String doel, Map<String, String> waarden,
                                    List<Optie> statussen, String version) {

        public String waarde(String veld) {
            String waarde = waarden.get(veld);
            return waarde == null ? "" : waarde;
        }

        public String sleutel() {
            return id == null ? "nieuw" : String.valueOf(id);
        }
    }

    @Inject
    Historieweergave historieweergave;
    @Inject
    ProjectkaartService kaarten;
    @Inject
    Kaartoverzicht overzicht;
    @Inject
    MijlpaalService mijlpalen;
    @Inject
    Modelcatalogus catalogus;

    @Toegestaan(Recht.LEZEN)
    @GET
    @Transactional
    public TemplateInstance overzicht(@PathParam("planId") Long planId) {
        return overzicht(Plannen.vind(planId), null, null, Formulierfout.geen());
    }

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response voegToe(@PathParam("planId") Long planId, MultivaluedMap<String, String> velden) {
        Kaartformulier formulier = new Kaartformulier(velden).tekst(List.of("thema", "titel"));
        try {
            Projectkaart kaart = kaarten.voegToe(planId, formulier.invoer());
            return Paginas.naar(pad(planId, kaart.id) + "/stap/1");
        } catch (ApiFout fout) {
            Formulier getypt = Formulier.van(velden);
            return Paginas.opnieuw(fout, overzicht(Plannen.vind(planId), getypt.waarde("thema"), getypt.waarde("titel"),
                    Formulierfout.van("nieuw", fout, getypt)));
        }
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("{kaartId}")
    @Transactional
    public TemplateInstance kaart(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId) {
        return Templates.kaart(Plannen.vind(planId), kaarten.alsJson(planId, kaartId),
                historieweergave.leesbaar(Historie.PROJECTKAART, kaarten.historie(planId, kaartId, HISTORIE)));
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("{kaartId}/stap/{stap}")
    @Transactional
    public TemplateInstance stap(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId,
                                 @PathParam("stap") int stap) {
        return stapPagina(planId, kaartId, stap, Formulierfout.geen(), null);
    }

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @POST
    @Path("{kaartId}/stap/{stap}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response wijzigStap(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId,
                               @PathParam("stap") int stap, MultivaluedMap<String, String> velden) {
        Kaartformulier formulier = new Kaartformulier(velden);
        switch (stap) {
            case 1 -> formulier.tekst(STAP_1).nummer("projectmanagerId").nummer("projectleiderId");
            case 2 -> formulier.tekst(STAP_2).vinkjes("smart", false).vinkjes("risicoIds", true)
                    .vinkjes("actieIds", true).bedrag("investeringBedrag");
            case 4 -> formulier.tekst(STAP_4);
            default -> throw ApiFout.nietGevonden("Een projectkaart heeft de stappen 1 tot en met 4; stap 3 zijn de mijlpalen.");
        }
        formulier.versie();
        try {
            kaarten.wijzig(planId, kaartId, formulier.invoer());
            return Paginas.naar(pad(planId, kaartId) + "#stap-" + stap);
        } catch (ApiFout fout) {
            return Paginas.opnieuw(fout, stapPagina(planId, kaartId, stap,
                    Formulierfout.van("stap-" + stap, fout, Formulier.van(velden)), velden));
        }
    }

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @POST
    @Path("{kaartId}/mijlpalen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response voegMijlpaalToe(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId,
                                    MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst(MIJLPAALVELDEN.toArray(String[]::new));
        return mijlpaal(planId, kaartId, "mijlpaal-nieuw", formulier,
                () -> mijlpalen.voegToe(planId, kaartId, formulier.invoer()).id());
    }

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @POST
    @Path("{kaartId}/mijlpalen/{mijlpaalId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response wijzigMijlpaal(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId,
                                   @PathParam("mijlpaalId") Long mijlpaalId, MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst(MIJLPAALVELDEN.toArray(String[]::new)).versie();
        return mijlpaal(planId, kaartId, "mijlpaal-" + mijlpaalId, formulier,
                () -> mijlpalen.wijzig(planId, kaartId, mijlpaalId, formulier.invoer()).id());
    }

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @POST
    @Path("{kaartId}/mijlpalen/{mijlpaalId}/volgorde")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verplaatsMijlpaal(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId,
                                      @PathParam("mijlpaalId") Long mijlpaalId, MultivaluedMap<String, String> velden) {
        Kaartformulier formulier = new Kaartformulier(velden).nummer("volgorde").versie();
        return mijlpaal(planId, kaartId, "mijlpaal-" + mijlpaalId, Formulier.van(velden),
                () -> mijlpalen.wijzig(planId, kaartId, mijlpaalId, formulier.alsInvoer()).id());
    }

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @POST
    @Path("{kaartId}/mijlpalen/{mijlpaalId}/verwijder")
    public Response verwijderMijlpaal(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId,
                                      @PathParam("mijlpaalId") Long mijlpaalId) {
        return mijlpaal(planId, kaartId, "mijlpaal-" + mijlpaalId, Formulier.van(new MultivaluedHashMap<>()), () -> {
            mijlpalen.verwijder(planId, kaartId, mijlpaalId);
            return null;
        });
    }

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @POST
    @Path("{kaartId}/verwijder")
    public Response verwijder(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId) {
        kaarten.verwijder(planId, kaartId);
        return Paginas.naar("/plannen/" + planId + "/projectkaarten");
    }

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @POST
    @Path("{kaartId}/herstel")
    public Response herstel(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId) {
        kaarten.herstel(planId, kaartId);
        return Paginas.naar(pad(planId, kaartId));
    }

    private Response mijlpaal(Long planId, Long kaartId, String doel, Formulier formulier, Supplier<Long> wijziging) {
        try {
            Long id = wijziging.get();
            return Paginas.naar(pad(planId, kaartId) + "/stap/3#" + (id == null ? "mijlpalen" : "mijlpaal-" + id));
        } catch (ApiFout fout) {
            return Paginas.opnieuw(fout, stapPagina(planId, kaartId, 3, Formulierfout.van(doel, fout, formulier), null));
        }
    }

    TemplateInstance stapPagina(Long planId, Long kaartId, int stap, Formulierfout fout,
                                MultivaluedMap<String, String> getypt) {
        Plan plan = Plannen.vind(planId);
        KaartJson kaart = kaarten.alsJson(planId, kaartId);
        if (stap == 3) {
            List<Mijlpaalformulier> formulieren = kaart.mijlpalen().stream()
                    .map(m -> mijlpaalformulier(m, fout)).toList();
            return Templates.mijlpalen(plan, kaart, formulieren, mijlpaalformulier(null, fout), fout);
        }
        if (stap < 1 || stap > 4) {
            throw ApiFout.nietGevonden("Een projectkaart heeft de stappen 1 tot en met 4.");
        }
        boolean opnieuw = getypt != null;
        Map<String, String> waarden = opnieuw ? getypt(getypt) : huidig(kaart);
        String version = fout.isConflict() ? fout.huidig("version") : String.valueOf(kaart.version());
        Set<String> smart = opnieuw ? new HashSet<>(getypt.getOrDefault("smart", List.of()))
                : new HashSet<>(kaart.smart().stream().map(Keuzewaarde::tekst).toList());
        Set<String> risicos = opnieuw ? new HashSet<>(getypt.getOrDefault("risicoIds", List.of()))
                : new HashSet<>(kaart.risicoIds().stream().map(String::valueOf).toList());
        Set<String> acties = opnieuw ? new HashSet<>(getypt.getOrDefault("actieIds", List.of()))
                : new HashSet<>(kaart.actieIds().stream().map(String::valueOf).toList());
        List<Gebruiker> leden = kaarten.leden(plan);
        String thema = waarden.getOrDefault("thema", kaart.thema());
        return Templates.stap(plan, kaart, new Stapformulier(stap, STAPPEN.get(stap - 1), waarden,
                themas(waarden.get("thema")), leden(leden, waarden.get("projectmanagerId")),
                leden(leden, waarden.get("projectleiderId")),
                java.util.Arrays.stream(Smart.values()).map(s -> new Vinkje(s.tekst(), s.tekst(), null,
                        smart.contains(s.tekst()))).toList(),
                Risico.<Risico>list("plan = ?1 and verwijderd = false order by id", plan).stream()
                        .map(r -> new Vinkje(String.valueOf(r.id), r.omschrijving, r.status.tekst(),
                                risicos.contains(String.valueOf(r.id)))).toList(),
                PlanActie.<PlanActie>list("plan = ?1 and thema = ?2 order by volgorde, id", plan, thema).stream()
                        .map(a -> new Vinkje(String.valueOf(a.id), a.actie, a.status.tekst(),
                                acties.contains(String.valueOf(a.id)))).toList(),
                version), fout);
    }

    private TemplateInstance overzicht(Plan plan, String thema, String titel, Formulierfout fout) {
        return Templates.overzicht(plan, overzicht.van(plan), kaarten.alsJson(plan, true),
                new Nieuw(themas(thema), titel == null ? "" : titel), fout);
    }

    private Mijlpaalformulier mijlpaalformulier(MijlpaalJson m, Formulierfout fout) {
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
        List<Optie> statussen = Keuzewaarde.toegestaan(Mijlpaalstatus.class).stream()
                .map(s -> new Optie(s, s, s.equals(waarden.get("status")))).toList();
        return new Mijlpaalformulier(m == null ? null : m.id(), m == null ? 0 : m.volgorde(), doel, waarden,
                statussen, version);
    }

    private List<Optie> themas(String gekozen) {
        return catalogus.inhoud().themas().stream()
                .map(t -> new Optie(t.sleutel(), t.naam(), t.sleutel().equals(gekozen))).toList();
    }

    private static List<Optie> leden(List<Gebruiker> leden, String gekozen) {
        List<Optie> opties = new ArrayList<>();
        opties.add(new Optie("", "geen: alleen de naam hierboven", gekozen == null || gekozen.isEmpty()));
        leden.forEach(g -> opties.add(new Optie(String.valueOf(g.id), g.naam, String.valueOf(g.id).equals(gekozen))));
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

    static String pad(Long planId, Long kaartId) {
        return "/plannen/" + planId + "/projectkaarten/" + kaartId;
    }
}
