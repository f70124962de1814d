package nl.regiebord.stakeholder;

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
import java.util.Set;
import nl.regiebord.actie.ActieService;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.Historieweergave;
import nl.regiebord.pagina.Formulier;
import nl.regiebord.pagina.Formulierfout;
import nl.regiebord.pagina.Paginas;
import nl.regiebord.plan.Plan;
import nl.regiebord.toegang.Leden;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;

/**
 * One stakeholder: its strategy form, linked actions and contact log. The register, the grid and the herijking
 * are pages of their own; all share the template folder {@code StakeholderPagina}.
 */
@Path("/plannen/{planId}")
@Produces(MediaType.TEXT_HTML)
public class StakeholderPagina {

    @CheckedTemplate(basePath = "StakeholderPagina")
    static class Templates {
        static native TemplateInstance stakeholder(Plan plan, StakeholderJson s, List<ContactJson> contacten,
                                                   List<ContactJson> verwijderdeContacten,
                                                   List<Historieweergave.Regel> historie, List<Lid> leden,
                                                   List<Actiekeuze> acties, Keuzes keuzes, Formulierfout fout);
    }

    /** The choices of the stakeholder forms' selects, shared by the register, this page and the herijking. */
    public record Keuzes(List<String> types, List<String> niveaus, List<String> frequenties,
                         List<String> communicatie) {
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
    Leden leden;
    @Inject
    ActieService acties;

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
        Formulier formulier = Formulier.van(velden).tekst(VELDEN).nummer("verantwoordelijkeId")
                .getoondeVinkjes("actieIds").versie();
        if (formulier.ingevuld("verantwoordelijkeId")) {
            // a member chosen from the list names the person; the typed name is only for people who are not
            formulier.json().remove("verantwoordelijke");
        }
        return Paginas.verwerk(formulier, "strategie", () -> {
            stakeholders.wijzig(planId, stakeholderId, formulier.json());
            return Paginas.naar(pad(planId, stakeholderId));
        }, fout -> stakeholder(planId, stakeholderId, fout));
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("stakeholders/{stakeholderId}/contacten")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response voegContactToe(@PathParam("planId") Long planId, @PathParam("stakeholderId") Long stakeholderId,
                                   MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst("datum", "door", "vorm", "samenvatting");
        return Paginas.verwerk(formulier, "contact", () -> {
            contacten.voegToe(planId, stakeholderId, formulier.json());
            return Paginas.naar(pad(planId, stakeholderId) + "#contactlog");
        }, fout -> stakeholder(planId, stakeholderId, fout));
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("stakeholders/{stakeholderId}/contacten/{contactId}/verwijder")
    @Transactional
    public Response verwijderContact(@PathParam("planId") Long planId, @PathParam("stakeholderId") Long stakeholderId,
                                     @PathParam("contactId") Long contactId) {
        contacten.verwijder(planId, stakeholderId, contactId);
        return Paginas.naar(pad(planId, stakeholderId) + "#contactlog");
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("stakeholders/{stakeholderId}/contacten/{contactId}/herstel")
    @Transactional
    public Response herstelContact(@PathParam("planId") Long planId, @PathParam("stakeholderId") Long stakeholderId,
                                   @PathParam("contactId") Long contactId) {
        contacten.herstel(planId, stakeholderId, contactId);
        return Paginas.naar(pad(planId, stakeholderId) + "#contactlog");
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("stakeholders/{stakeholderId}/verwijder")
    @Transactional
    public Response verwijder(@PathParam("planId") Long planId, @PathParam("stakeholderId") Long stakeholderId) {
        stakeholders.verwijder(planId, stakeholderId);
        return Paginas.naar("/plannen/" + planId + "/stakeholders");
    }

    private TemplateInstance stakeholder(Long planId, Long stakeholderId, Formulierfout fout) {
        Stakeholder s = stakeholders.vind(planId, stakeholderId);
        List<Lid> lidmaatschappen = leden.van(planId).stream().map(l -> new Lid(l.gebruiker.id, l.gebruiker.naam))
                .sorted(Comparator.comparing(Lid::naam, String.CASE_INSENSITIVE_ORDER)).toList();
        Set<Long> gekoppeld = s.actieIds;
        List<Actiekeuze> keuzes = acties.vanPlan(s.plan).stream()
                .filter(a -> Dekkingscontrole.COMMUNICATIETHEMA.equals(a.thema) || gekoppeld.contains(a.id))
                .map(a -> new Actiekeuze(a.id, a.actie, a.thema, gekoppeld.contains(a.id))).toList();
        return Templates.stakeholder(s.plan, stakeholders.alsJson(s),
                contacten.van(planId, stakeholderId, false).stream().map(ContactJson::van).toList(),
                contacten.van(planId, stakeholderId, true).stream().map(ContactJson::van).toList(),
                historieweergave.leesbaar(Historie.STAKEHOLDER, stakeholders.historie(planId, stakeholderId, 50)),
                lidmaatschappen, keuzes, KEUZES, fout);
    }

    private static String pad(Long planId, Long stakeholderId) {
        return "/plannen/" + planId + "/stakeholders/" + stakeholderId;
    }
}
