package nl.regiebord.stakeholder;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.api.Lijstgrootte;
import nl.regiebord.historie.HistorieJson;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.register.Registerfilters;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/plannen/{planId}/stakeholders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stakeholders")
public class StakeholderResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    StakeholderService stakeholders;
    @Inject
    Dekkingscontrole dekking;

    @Toegestaan(Recht.LEZEN)
    @GET
    @Transactional
    @Operation(summary = "De stakeholders van een plan",
            description = """
                    Filters: type (extern, intern), kwadrant (belangrijke speler, tevreden houden, informeren, \
                    monitoren), cluster, teLaat=true (alleen wie een contact te laat is, belangrijke spelers eerst, \
                    dan het langst te laat); verwijderd=true toont de verwijderde stakeholders, die te herstellen zijn.""")
    public List<StakeholderJson> lijst(@PathParam("planId") Long planId, @QueryParam("type") String type,
                                       @QueryParam("kwadrant") String kwadrant, @QueryParam("cluster") String cluster,
                                       @QueryParam("teLaat") String teLaat, @QueryParam("verwijderd") String verwijderd) {
        Plan plan = Plannen.vind(planId);
        Stakeholdertype t = Keuzewaarde.filter(type, "type", Stakeholdertype.class);
        Kwadrant k = Keuzewaarde.filter(kwadrant, "kwadrant", Kwadrant.class);
        boolean alleenTeLaat = waarheid("teLaat", teLaat);
        List<StakeholderJson> gekozen = stakeholders.alsJson(plan, stakeholders.vanPlan(plan, waarheid("verwijderd", verwijderd)))
                .stream()
                .filter(s -> t == null || s.type() == t)
                .filter(s -> k == null || s.kwadrant() == k)
                .filter(s -> cluster == null || cluster.isBlank() || cluster.strip().equalsIgnoreCase(s.cluster()))
                .filter(s -> !alleenTeLaat || s.contactTeLaat())
                .toList();
        return alleenTeLaat ? gekozen.stream().sorted(Contactplanning.VOLGORDE).toList() : gekozen;
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Voeg een stakeholder toe",
            description = """
                    Verplicht: naam, type (extern, intern). Verder: cluster, belangen, wensenEisen, belang en \
                    invloed (laag, matig, hoog, zeer hoog), frequentie (wekelijks, maandelijks, per kwartaal, \
                    halfjaarlijks, jaarlijks, incidenteel), communicatie (live, algemene mail, persoonlijke mail, \
                    app, telefoon, overleg), verantwoordelijke (naam) of verantwoordelijkeId (een lid van het plan), \
                    actieIds (acties van het plan). Een tweede stakeholder met dezelfde naam geeft 422.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = StakeholderInvoer.class)))
    public Response voegToe(@PathParam("planId") Long planId, JsonNode body, @Context UriInfo uri) {
        Stakeholder s = stakeholders.voegToe(planId, body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(s.id)).build())
                .entity(stakeholders.alsJson(s)).build();
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("checklist")
    @Transactional
    @Operation(summary = "De checklist stakeholders van hoofdstuk 5",
            description = """
                    Extern en intern, in de volgorde van het model; inPlan zegt of het plan er al een stakeholder \
                    met die naam heeft.""")
    public List<StakeholderService.ChecklistItem> checklist(@PathParam("planId") Long planId) {
        return stakeholders.checklist(Plannen.vind(planId));
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("checklist")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Voeg aangevinkte stakeholders uit de checklist toe",
            description = """
                    Veld: namen (uit de checklist). Elke naam wordt een ongescoorde stakeholder van het type van \
                    zijn lijst; een naam die al in het plan staat wordt overgeslagen. Antwoordt de toegevoegde.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ChecklistInvoer.class)))
    public Response voegToeUitChecklist(@PathParam("planId") Long planId, JsonNode body, @Context UriInfo uri) {
        List<Stakeholder> toegevoegd = stakeholders.voegToeUitChecklist(planId, Invoer.van(body));
        return Response.created(uri.getBaseUriBuilder().path("api/plannen/" + planId + "/stakeholders").build())
                .entity(stakeholders.alsJson(Plannen.vind(planId), toegevoegd)).build();
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("dekking")
    @Transactional
    @Operation(summary = "Belangrijke spelers zonder gepland contact, verantwoordelijke of communicatieactie")
    public List<Dekkingscontrole.Gat> dekking(@PathParam("planId") Long planId) {
        return dekking.van(Plannen.vind(planId));
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("{stakeholderId}")
    @Transactional
    @Operation(summary = "Eén stakeholder")
    public StakeholderJson stakeholder(@PathParam("planId") Long planId, @PathParam("stakeholderId") Long stakeholderId) {
        return stakeholders.alsJson(stakeholders.vind(planId, stakeholderId));
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @PATCH
    @Path("{stakeholderId}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(summary = "Wijzig een stakeholder",
            description = """
                    JSON Merge Patch. Schrijfbaar: naam, type, cluster, belangen, wensenEisen, belang, invloed, \
                    frequentie, communicatie, verantwoordelijke, verantwoordelijkeId, actieIds; null maakt een veld \
                    leeg. version is verplicht; een verouderde versie geeft 409 met de huidige stand.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = StakeholderWijziging.class)))
    public StakeholderJson wijzig(@PathParam("planId") Long planId, @PathParam("stakeholderId") Long stakeholderId,
                                  JsonNode body) {
        return stakeholders.wijzig(planId, stakeholderId, body);
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @DELETE
    @Path("{stakeholderId}")
    @Operation(summary = "Verwijder een stakeholder",
            description = "De stakeholder blijft bewaard: hij staat in de lijst met verwijderd=true en is te herstellen.")
    public Response verwijder(@PathParam("planId") Long planId, @PathParam("stakeholderId") Long stakeholderId) {
        stakeholders.verwijder(planId, stakeholderId);
        return Response.noContent().build();
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("{stakeholderId}/herstel")
    @Operation(summary = "Herstel een verwijderde stakeholder")
    public StakeholderJson herstel(@PathParam("planId") Long planId, @PathParam("stakeholderId") Long stakeholderId) {
        return stakeholders.herstel(planId, stakeholderId);
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("{stakeholderId}/samenvoegen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Voeg een dubbele stakeholder samen met een andere",
            description = """
                    Veld: in (het nummer van de stakeholder die blijft). Contactlog, gekoppelde acties, belangen \
                    en wensen gaan naar die stakeholder; deze verlaat register en matrix en staat eronder als \
                    samengevoegd. Antwoordt de stakeholder die blijft.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SamenvoegInvoer.class)))
    public StakeholderJson voegSamen(@PathParam("planId") Long planId, @PathParam("stakeholderId") Long stakeholderId,
                                     JsonNode body) {
        return stakeholders.voegSamen(planId, stakeholderId, Invoer.van(body));
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("{stakeholderId}/historie")
    @Transactional
    @Operation(summary = "Alle wijzigingen van een stakeholder, nieuwste eerst", description = "limit: standaard 100.")
    public List<HistorieJson> historie(@PathParam("planId") Long planId, @PathParam("stakeholderId") Long stakeholderId,
                                       @QueryParam("limit") String limit) {
        return stakeholders.historie(planId, stakeholderId, Lijstgrootte.lees(limit)).stream().map(HistorieJson::van).toList();
    }

    static boolean waarheid(String veld, String tekst) {
        return Registerfilters.waarheid(veld, tekst);
    }
}
