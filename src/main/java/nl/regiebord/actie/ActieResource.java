package nl.regiebord.actie;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
import java.util.List;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.api.Lijstgrootte;
import nl.regiebord.historie.HistorieJson;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import nl.regiebord.transactie.AlleenLezen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/plannen/{planId}/acties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Acties")
public class ActieResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    ActieService acties;
    @Inject
    ActieWeergave weergave;

    @Toegestaan(Recht.LEZEN)
    @GET
    @AlleenLezen
    @Operation(summary = "De acties van een plan, in de volgorde van het model",
            description = """
                    Filters: thema (keuze, beleid, financien, inkoop, werkprocessen, communicatie), status \
                    (open, bezig, afgerond, nvt), teLaat (true of false).""")
    public List<ActieJson> lijst(@PathParam("planId") Long planId, @QueryParam("thema") String thema,
                                 @QueryParam("status") String status, @QueryParam("teLaat") String teLaat) {
        Plan plan = Plannen.vind(planId);
        if (thema != null && !thema.isBlank() && !weergave.bestaatThema(thema)) {
            throw ApiFout.ongeldig("thema", "'" + thema + "' is geen thema van het model",
                    weergave.model().themaSleutels());
        }
        ActieStatus statusFilter = Keuzewaarde.filter(status, "status", ActieStatus.class);
        Boolean teLaatFilter = waarheid(teLaat);
        LocalDate vandaag = weergave.vandaag();
        List<PlanActie> gekozen = weergave.acties(plan).stream()
                .filter(a -> thema == null || thema.isBlank() || a.thema.equals(thema))
                .filter(a -> statusFilter == null || a.status == statusFilter)
                .filter(a -> teLaatFilter == null || a.isTeLaat(vandaag) == teLaatFilter)
                .toList();
        return weergave.alsJson(plan, gekozen);
    }

    @Toegestaan(Recht.ACTIES_WIJZIGEN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Voeg een eigen actie toe",
            description = """
                    Velden: thema, onderdeel (alleen bij beleid en communicatie), fase, actie, deadline, \
                    status, verantwoordelijke, toelichting.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ActieInvoer.class)))
    public Response voegToe(@PathParam("planId") Long planId, JsonNode body, @Context UriInfo uri) {
        PlanActie actie = acties.voegToe(planId, Invoer.van(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(actie.id)).build())
                .entity(weergave.alsJson(actie)).build();
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("{actieId}")
    @Operation(summary = "Eén actie met stappen, besluiten per gemeente en de aandachtspunten van het thema")
    public ActieJson actie(@PathParam("planId") Long planId, @PathParam("actieId") Long actieId) {
        return weergave.alsJson(acties.vind(planId, actieId));
    }

    @Toegestaan(Recht.ACTIES_WIJZIGEN)
    @PATCH
    @Path("{actieId}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(summary = "Wijzig een actie",
            description = """
                    JSON Merge Patch. Schrijfbaar: status, verantwoordelijke, toelichting (ten hoogste 10 000 \
                    tekens), deadline (met de hand; null zet de datum van het model terug), en bij eigen acties \
                    actie en fase. version is verplicht; een verouderde versie geeft 409 met de huidige stand.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ActieWijziging.class)))
    public ActieJson wijzig(@PathParam("planId") Long planId, @PathParam("actieId") Long actieId, JsonNode body) {
        return acties.wijzig(planId, actieId, Invoer.van(body));
    }

    @Toegestaan(Recht.ACTIES_WIJZIGEN)
    @PATCH
    @Path("{actieId}/stappen/{stapId}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(summary = "Vink een stap af of aan",
            description = "Velden: afgevinkt (true of false) en version van de stap. Antwoord: de hele actie.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = StapWijziging.class)))
    public ActieJson vinkStap(@PathParam("planId") Long planId, @PathParam("actieId") Long actieId,
                              @PathParam("stapId") Long stapId, JsonNode body) {
        return acties.vinkStap(planId, actieId, stapId, Invoer.van(body));
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("{actieId}/besluiten")
    @Operation(summary = "De besluiten per gemeente (alleen in een samenwerkingsverband, besluitvormende fase)")
    public List<ActieJson.BesluitJson> besluiten(@PathParam("planId") Long planId, @PathParam("actieId") Long actieId) {
        return acties.besluiten(planId, actieId);
    }

    @Toegestaan(Recht.ACTIES_WIJZIGEN)
    @PATCH
    @Path("{actieId}/besluiten/{besluitId}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(summary = "Leg het besluit van een gemeente vast",
            description = """
                    Velden: status (open, geagendeerd, besloten, verworpen), datum, orgaan (college, raad), \
                    toelichting, version. Als elke gemeente besloten heeft, is de actie afgerond. Antwoord: de \
                    hele actie.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BesluitWijziging.class)))
    public ActieJson wijzigBesluit(@PathParam("planId") Long planId, @PathParam("actieId") Long actieId,
                                   @PathParam("besluitId") Long besluitId, JsonNode body) {
        return acties.wijzigBesluit(planId, actieId, besluitId, Invoer.van(body));
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("{actieId}/historie")
    @Operation(summary = "Alle wijzigingen van een actie, nieuwste eerst", description = "limit: standaard 100.")
    public List<HistorieJson> historie(@PathParam("planId") Long planId, @PathParam("actieId") Long actieId,
                                       @QueryParam("limit") String limit) {
        return acties.historie(planId, actieId, Lijstgrootte.lees(limit)).stream().map(HistorieJson::van).toList();
    }

    private static Boolean waarheid(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        return switch (tekst) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiFout.ongeldig("teLaat", "'" + tekst + "' is geen toegestane waarde",
                    List.of("true", "false"));
        };
    }
}
