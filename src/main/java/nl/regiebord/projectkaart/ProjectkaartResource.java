package nl.regiebord.projectkaart;

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

@Path("/api/plannen/{planId}/projectkaarten")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projectkaarten")
public class ProjectkaartResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    ProjectkaartService kaarten;
    @Inject
    Kaartoverzicht overzicht;
    @Inject
    MijlpaalService mijlpalen;

    @Toegestaan(Recht.LEZEN)
    @GET
    @Transactional
    @Operation(summary = "De projectkaarten van een plan",
            description = """
                    Filters: thema (de sleutel van het thema, zoals bij de acties); verwijderd=true toont de \
                    verwijderde kaarten, die te herstellen zijn.""")
    public List<KaartJson> lijst(@PathParam("planId") Long planId, @QueryParam("thema") String thema,
                                 @QueryParam("verwijderd") String verwijderd) {
        Plan plan = Plannen.vind(planId);
        return kaarten.alsJson(kaarten.vanPlan(plan, waarheid("verwijderd", verwijderd)).stream()
                .filter(k -> thema == null || thema.isBlank() || k.thema.equals(thema)).toList());
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("themas")
    @Transactional
    @Operation(summary = "Per thema: de kaarten, hoe volledig en de volgende mijlpaal",
            description = "Alle thema's van het model in hun volgorde; een thema zonder kaart heeft zonderKaart=true.")
    public List<Kaartoverzicht.Thema> themas(@PathParam("planId") Long planId) {
        return overzicht.van(Plannen.vind(planId));
    }

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Maak een projectkaart",
            description = """
                    Verplicht: thema, titel. Verder de velden van de vier stappen: projectmanager, \
                    projectmanagerId, projectleider, projectleiderId (een lid van het plan), aanleiding, doel, smart \
                    (lijst van specifiek, meetbaar, acceptabel, realistisch, tijdgebonden), aanpak, \
                    risicosEnVoorwaarden, risicoIds, investering, investeringBedrag (euro), inzetten, informeren, \
                    verbeteren, betrekken, borgen, actieIds (acties van het thema) en mijlpalen: \
                    [{\"omschrijving\":\"Gunning\",\"datum\":\"2021-06-30\"}].""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProjectkaartInvoer.class)))
    public Response voegToe(@PathParam("planId") Long planId, JsonNode body, @Context UriInfo uri) {
        Projectkaart kaart = kaarten.voegToe(planId, Kaartinvoer.van(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(kaart.id)).build())
                .entity(kaarten.alsJson(planId, kaart.id)).build();
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("{kaartId}")
    @Transactional
    @Operation(summary = "Eén projectkaart, met voortgang en wat nog ontbreekt")
    public KaartJson kaart(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId) {
        return kaarten.alsJson(kaarten.vind(planId, kaartId));
    }

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @PATCH
    @Path("{kaartId}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(summary = "Wijzig een projectkaart",
            description = """
                    JSON Merge Patch; alleen de meegestuurde velden veranderen, null maakt een veld leeg. \
                    version is verplicht; een verouderde versie geeft 409 met de huidige stand. Mijlpalen wijzigen \
                    via /mijlpalen.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProjectkaartWijziging.class)))
    public KaartJson wijzig(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId, JsonNode body) {
        return kaarten.wijzig(planId, kaartId, Kaartinvoer.van(body));
    }

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @DELETE
    @Path("{kaartId}")
    @Operation(summary = "Verwijder een projectkaart",
            description = "De kaart blijft bewaard: ze staat in de lijst met verwijderd=true en is te herstellen.")
    public Response verwijder(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId) {
        kaarten.verwijder(planId, kaartId);
        return Response.noContent().build();
    }

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @POST
    @Path("{kaartId}/herstel")
    @Operation(summary = "Herstel een verwijderde projectkaart")
    public KaartJson herstel(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId) {
        return kaarten.herstel(planId, kaartId);
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("{kaartId}/historie")
    @Transactional
    @Operation(summary = "Alle wijzigingen van een projectkaart en haar mijlpalen, nieuwste eerst",
            description = "limit: standaard 100.")
    public List<HistorieJson> historie(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId,
                                       @QueryParam("limit") String limit) {
        return kaarten.historie(planId, kaartId, Lijstgrootte.lees(limit)).stream().map(HistorieJson::van).toList();
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("{kaartId}/mijlpalen")
    @Transactional
    @Operation(summary = "De mijlpalen van een projectkaart, in hun volgorde")
    public List<MijlpaalJson> mijlpalen(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId) {
        return mijlpalen.vanKaart(planId, kaartId);
    }

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @POST
    @Path("{kaartId}/mijlpalen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Voeg een mijlpaal toe (achteraan)",
            description = """
                    Verplicht: omschrijving, datum. status: gepland (standaard), behaald of uitgesteld; bij \
                    uitgesteld zijn nieuweDatum (na de datum) en reden verplicht.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MijlpaalInvoer.class)))
    public Response voegMijlpaalToe(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId,
                                    JsonNode body, @Context UriInfo uri) {
        MijlpaalJson m = mijlpalen.voegToe(planId, kaartId, Invoer.van(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(m.id())).build()).entity(m).build();
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("{kaartId}/mijlpalen/{mijlpaalId}")
    @Transactional
    @Operation(summary = "Eén mijlpaal")
    public MijlpaalJson mijlpaal(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId,
                                 @PathParam("mijlpaalId") Long mijlpaalId) {
        return mijlpalen.alsJson(planId, kaartId, mijlpaalId);
    }

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @PATCH
    @Path("{kaartId}/mijlpalen/{mijlpaalId}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(summary = "Wijzig een mijlpaal (uitstellen: status uitgesteld met nieuweDatum en reden)",
            description = "JSON Merge Patch; version is verplicht, een verouderde versie geeft 409 met de huidige stand.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MijlpaalWijziging.class)))
    public MijlpaalJson wijzigMijlpaal(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId,
                                       @PathParam("mijlpaalId") Long mijlpaalId, JsonNode body) {
        return mijlpalen.wijzig(planId, kaartId, mijlpaalId, Invoer.van(body));
    }

    @Toegestaan(Recht.KAARTEN_WIJZIGEN)
    @DELETE
    @Path("{kaartId}/mijlpalen/{mijlpaalId}")
    @Operation(summary = "Verwijder een mijlpaal", description = "De verwijderde mijlpaal staat in de historie van de kaart.")
    public Response verwijderMijlpaal(@PathParam("planId") Long planId, @PathParam("kaartId") Long kaartId,
                                      @PathParam("mijlpaalId") Long mijlpaalId) {
        mijlpalen.verwijder(planId, kaartId, mijlpaalId);
        return Response.noContent().build();
    }

    static boolean waarheid(String veld, String tekst) {
        return Registerfilters.waarheid(veld, tekst);
    }
}
