package nl.regiebord.stakeholder;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import nl.regiebord.actie.PlanActie;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;
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

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The stakeholder register, the 4×4 grid, one stakeholder with its strategy and contact log, and the herijking. */
@Path("/plannen/{planId}")
@Produces(MediaType.TEXT_HTML)
public class StakeholderPagina {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(Plan plan, List<StakeholderJson> stakeholders,
                                                List<StakeholderJson> verwijderd, List<StakeholderJson> contactplan,
                                                Stakeholderoverzicht.Overzicht overzicht,
                                                List<StakeholderService.ChecklistItem> checklist, Keuzes keuzes,
                                                Formulierfout fout);

        static native TemplateInstance matrix(Plan plan, List<Rij> rijen, StakeholdermatrixJson matrix,
                                              LocalDate peildatum, Kwadrant[] kwadranten);

        static native TemplateInstance stakeholder(Plan plan, StakeholderJson s, List<ContactJson> contacten,
                                                   List<ContactJson> verwijderdeContacten, List<Historieweergave.Regel> historie, List<Lid> leden,
                                                   List<Actiekeuze> acties, Keuzes keuzes, Formulierfout fout);

        static native TemplateInstance herijking(Plan plan, List<Herijkingsrij> rijen,
                                                 List<HerijkingJson> herijkingen, LocalDate vandaag, Keuzes keuzes,
                                                 Formulierfout fout);
    }

    /** A row of the grid: one invloed, its four cells from belang laag to zeer hoog. */
    public record Rij(Stakeholderniveau invloed, List<StakeholdermatrixJson.Cel> cellen) {
    }

    public record Keuzes(List<String> types, List<String> niveaus, List<String> frequenties,
                         List<String> communicatie) {
    }

    /**
     * A stakeholder's row on the herijking form: the scores to show selected (what was typed after a refusal,
     * otherwise the current ones), the reason typed and the message at it.
     */
    public record Herijkingsrij(StakeholderJson s, String belang, String invloed, String reden, String fout) {
    }

    /** A plan member who can own a contact. */
    public record Lid(Long id, String naam) {
    }

    /** An action that can be linked, and whether it is. */
    public record Actiekeuze(Long id, String actie, String thema, boolean gekoppeld) {
    }

    static final Keuzes KEUZES = new Keuzes(Keuzewaarde.toegestaan(Stakeholdertype.class),
            Keuzewaarde.toegestaan(Stakeholderniveau.class), Keuzewaarde.toegestaan(Frequentie.class),
            Keuzewaarde.toegestaan(Communicatie.class));

    static final String[] VELDEN = {"naam", "type", "cluster", "belangen", "wensenEisen", "belang", "invloed",
            "frequentie", "communicatie", "verantwoordelijke"};

    @Inject
    Historieweergave historieweergave;
    @Inject
    StakeholderService stakeholders;
    @Inject
    ContactService contacten;
    @Inject
    HerijkingService herijkingen;
    @Inject
    Stakeholdermatrix matrix;
    @Inject
    Stakeholderoverzicht overzicht;
    @Inject
    Leden leden;
    @Inject
    Contactplanning planning;

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("stakeholders")
    @Transactional
    public TemplateInstance register(@PathParam("planId") Long planId) {
        return register(Plannen.vind(planId), Formulierfout.geen());
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("stakeholders")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response voegToe(@PathParam("planId") Long planId, MultivaluedMap<String, String> velden) {
        Paginaformulier formulier = Paginaformulier.van(velden).tekst(VELDEN);
        try {
            Stakeholder s = stakeholders.voegToe(planId, formulier.json());
            return Paginas.naar("/plannen/" + planId + "/stakeholders#stakeholder-" + s.id);
        } catch (ApiFout fout) {
            return Paginas.opnieuw(fout, register(Plannen.vind(planId), Formulierfout.van("nieuw", fout,
                    Formulier.van(velden))));
        }
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("stakeholders/checklist")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response voegToeUitChecklist(@PathParam("planId") Long planId, MultivaluedMap<String, String> velden) {
        try {
            stakeholders.voegToeUitChecklist(planId, Invoer.van(Paginaformulier.van(velden).teksten("namen").json()));
            return Paginas.naar("/plannen/" + planId + "/stakeholders");
        } catch (ApiFout fout) {
            return Paginas.opnieuw(fout, register(Plannen.vind(planId), Formulierfout.van("checklist", fout,
                    Formulier.van(velden))));
        }
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("stakeholders/samenvoegen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response voegSamen(@PathParam("planId") Long planId, MultivaluedMap<String, String> velden) {
        Paginaformulier formulier = Paginaformulier.van(velden).getal("in");
        try {
            String van = formulier.waarde("van");
            if (!van.matches("\\d{1,18}")) {
                throw ApiFout.ongeldig("van", "kies de stakeholder die wordt samengevoegd");
            }
            StakeholderJson blijft = stakeholders.voegSamen(planId, Long.parseLong(van), Invoer.van(formulier.json()));
            return Paginas.naar("/plannen/" + planId + "/stakeholders#stakeholder-" + blijft.id());
        } catch (ApiFout fout) {
            return Paginas.opnieuw(fout, register(Plannen.vind(planId), Formulierfout.van("samenvoegen", fout,
                    Formulier.van(velden))));
        }
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("stakeholders/{stakeholderId}/herstel")
    @Transactional
    public Response herstel(@PathParam("planId") Long planId, @PathParam("stakeholderId") Long stakeholderId) {
        try {
            stakeholders.herstel(planId, stakeholderId);
            return Paginas.naar("/plannen/" + planId + "/stakeholders#stakeholder-" + stakeholderId);
        } catch (ApiFout fout) {
            return Paginas.opnieuw(fout, register(Plannen.vind(planId), Formulierfout.van("verwijderd-" + stakeholderId,
                    fout, Formulier.van(new MultivaluedHashMap<>()))));
        }
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("stakeholdermatrix")
    @Transactional
    public TemplateInstance matrix(@PathParam("planId") Long planId, @QueryParam("peildatum") String peildatum) {
        Plan plan = Plannen.vind(planId);
        LocalDate dag = StakeholdermatrixResource.peildatum(peildatum);
        StakeholdermatrixJson m;
        if (dag != null) {
            m = matrix.bouw(matrix.op(plan, dag), dag, null, null);
        } else {
            Herijking laatste = Herijking.laatste(plan);
            m = matrix.bouw(matrix.nu(plan), null, laatste, matrix.sinds(laatste));
        }
        List<Rij> rijen = Stakeholdermatrix.RIJEN.stream().map(invloed -> new Rij(invloed,
                m.cellen().stream().filter(c -> c.invloed() == invloed).toList())).toList();
        return Templates.matrix(plan, rijen, m, dag, Kwadrant.values());
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("stakeholders/herijking")
    @Transactional
    public TemplateInstance herijking(@PathParam("planId") Long planId) {
        return herijking(Plannen.vind(planId), Formulierfout.geen());
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("stakeholders/herijking")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response herijk(@PathParam("planId") Long planId, MultivaluedMap<String, String> velden) {
        Paginaformulier formulier = Paginaformulier.van(velden).tekst("datum").regels("aanwezigen");
        // each row carries its version as "version-<id>": the rows are known from those, in the page's order
        List<String> ids = velden.keySet().stream().filter(v -> v.matches("version-\\d{1,18}"))
                .map(v -> v.substring("version-".length())).sorted(java.util.Comparator.comparing(Long::valueOf)).toList();
        var scores = formulier.json().putArray("scores");
        List<String> meegenomen = new java.util.ArrayList<>();
        for (String id : ids) {
            if (Paginaformulier.van(velden).waarde("belang-" + id).isEmpty()
                    && Paginaformulier.van(velden).waarde("invloed-" + id).isEmpty()) {
                continue; // not scored before and not now: not part of this herijking
            }
            ObjectNode score = JsonNodeFactory.instance.objectNode();
            Paginaformulier.van(hernoemd(velden, id)).getal("stakeholder", "version").tekst("belang", "invloed", "reden")
                    .json().fields().forEachRemaining(e -> score.set(e.getKey(), e.getValue()));
            scores.add(score);
            meegenomen.add(id);
        }
        try {
            herijkingen.leg(planId, formulier.json());
            return Paginas.naar("/plannen/" + planId + "/stakeholdermatrix");
        } catch (ApiFout fout) {
            return Paginas.opnieuw(fout, herijking(Plannen.vind(planId), perStakeholder(
                    Formulierfout.van("herijking", fout, Formulier.van(velden)), meegenomen)));
        }
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("stakeholders/{stakeholderId}")
    @Transactional
    public TemplateInstance stakeholder(@PathParam("planId") Long planId, @PathParam("stakeholderId") Long stakeholderId) {
        return stakeholder(planId, stakeholderId, Formulierfout.geen());
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("stakeholders/{stakeholderId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response wijzig(@PathParam("planId") Long planId, @PathParam("stakeholderId") Long stakeholderId,
                           MultivaluedMap<String, String> velden) {
        Paginaformulier formulier = Paginaformulier.van(velden).tekst(VELDEN).getal("verantwoordelijkeId")
                .getallen("actieIds").versie();
        if (velden.containsKey("verantwoordelijkeId") && !formulier.waarde("verantwoordelijkeId").isEmpty()) {
            // a member chosen from the list names the person; the typed name is only for people who are not
            formulier.json().remove("verantwoordelijke");
        }
        try {
            stakeholders.wijzig(planId, stakeholderId, formulier.json());
            return Paginas.naar("/plannen/" + planId + "/stakeholders/" + stakeholderId);
        } catch (ApiFout fout) {
            return Paginas.opnieuw(fout, stakeholder(planId, stakeholderId, Formulierfout.van("strategie", fout,
                    Formulier.van(velden))));
        }
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("stakeholders/{stakeholderId}/contacten")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response voegContactToe(@PathParam("planId") Long planId, @PathParam("stakeholderId") Long stakeholderId,
                                   MultivaluedMap<String, String> velden) {
        Paginaformulier formulier = Paginaformulier.van(velden).tekst("datum", "door", "vorm", "samenvatting");
        try {
            contacten.voegToe(planId, stakeholderId, formulier.json());
            return Paginas.naar("/plannen/" + planId + "/stakeholders/" + stakeholderId + "#contactlog");
        } catch (ApiFout fout) {
            return Paginas.opnieuw(fout, stakeholder(planId, stakeholderId, Formulierfout.van("contact", fout,
                    Formulier.van(velden))));
        }
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("stakeholders/{stakeholderId}/contacten/{contactId}/verwijder")
    @Transactional
    public Response verwijderContact(@PathParam("planId") Long planId, @PathParam("stakeholderId") Long stakeholderId,
                                     @PathParam("contactId") Long contactId) {
        contacten.verwijder(planId, stakeholderId, contactId);
        return Paginas.naar("/plannen/" + planId + "/stakeholders/" + stakeholderId + "#contactlog");
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("stakeholders/{stakeholderId}/contacten/{contactId}/herstel")
    @Transactional
    public Response herstelContact(@PathParam("planId") Long planId, @PathParam("stakeholderId") Long stakeholderId,
                                   @PathParam("contactId") Long contactId) {
        contacten.herstel(planId, stakeholderId, contactId);
        return Paginas.naar("/plannen/" + planId + "/stakeholders/" + stakeholderId + "#contactlog");
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("stakeholders/{stakeholderId}/verwijder")
    @Transactional
    public Response verwijder(@PathParam("planId") Long planId, @PathParam("stakeholderId") Long stakeholderId) {
        stakeholders.verwijder(planId, stakeholderId);
        return Paginas.naar("/plannen/" + planId + "/stakeholders");
    }

    private TemplateInstance register(Plan plan, Formulierfout fout) {
        List<StakeholderJson> actief = stakeholders.alsJson(plan, stakeholders.vanPlan(plan, false));
        List<StakeholderJson> contactplan = actief.stream().filter(s -> s.volgendContact() != null)
                .sorted(Contactplanning.VOLGORDE).toList();
        return Templates.register(plan, actief, stakeholders.alsJson(plan, stakeholders.vanPlan(plan, true)),
                contactplan, overzicht.van(plan), stakeholders.checklist(plan), KEUZES, fout);
    }

    private TemplateInstance stakeholder(Long planId, Long stakeholderId, Formulierfout fout) {
        Stakeholder s = stakeholders.vind(planId, stakeholderId);
        List<Lid> lidmaatschappen = leden.van(planId).stream().map(l -> new Lid(l.gebruiker.id, l.gebruiker.naam))
                .sorted(java.util.Comparator.comparing(Lid::naam, String.CASE_INSENSITIVE_ORDER)).toList();
        Set<Long> gekoppeld = s.actieIds;
        List<Actiekeuze> acties = PlanActie.<PlanActie>list("plan = ?1 order by thema, volgorde, id", s.plan).stream()
                .filter(a -> Dekkingscontrole.COMMUNICATIETHEMA.equals(a.thema) || gekoppeld.contains(a.id))
                .map(a -> new Actiekeuze(a.id, a.actie, a.thema, gekoppeld.contains(a.id))).toList();
        return Templates.stakeholder(s.plan, stakeholders.alsJson(s),
                contacten.van(planId, stakeholderId, false).stream().map(ContactJson::van).toList(),
                contacten.van(planId, stakeholderId, true).stream().map(ContactJson::van).toList(),
                historieweergave.leesbaar(Historie.STAKEHOLDER, stakeholders.historie(planId, stakeholderId, 50)),
                lidmaatschappen, acties, KEUZES, fout);
    }

    private TemplateInstance herijking(Plan plan, Formulierfout fout) {
        List<Herijkingsrij> rijen = stakeholders.alsJson(plan, stakeholders.vanPlan(plan, false)).stream()
                .map(s -> rij(s, fout)).toList();
        return Templates.herijking(plan, rijen, herijkingen.vanPlan(plan.id).stream().map(herijkingen::alsJson).toList(),
                planning.vandaag(), KEUZES, fout);
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
    private static MultivaluedMap<String, String> hernoemd(MultivaluedMap<String, String> velden, String id) {
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
            var m = java.util.regex.Pattern.compile("scores\\[(\\d+)]\\.(\\w+)").matcher(veld);
            if (m.matches() && Integer.parseInt(m.group(1)) < ids.size()) {
                naam = m.group(2) + "-" + ids.get(Integer.parseInt(m.group(1)));
            }
            velden.merge(naam, melding, (a, b) -> a + "; " + b);
        });
        return new Formulierfout(fout.doel(), fout.status(), fout.melding(), velden, fout.getypt(), fout.huidigeStand());
    }
}
