package nl.regiebord.risico;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
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

@Path("/api/plannen/{planId}/risicos")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risico's")
public class RisicoResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    RisicoService risicos;

    @Toegestaan(Recht.LEZEN)
    @GET
    @Operation(summary = "Het risicoregister van een plan",
            description = """
                    Filters: categorie (strategisch, operationeel, financieel, compliance), kwalificatie \
                    (laag, midden, hoog), status (open, beheerst, opgetreden, vervallen); verwijderd=true toont \
                    de verwijderde risico's, die te herstellen zijn.""")
    public List<RisicoJson> lijst(@PathParam("planId") Long planId, @QueryParam("categorie") String categorie,
                                  @QueryParam("kwalificatie") String kwalificatie, @QueryParam("status") String status,
                                  @QueryParam("verwijderd") String verwijderd) {
        Plan plan = Plannen.vind(planId);
        Categorie c = Keuzewaarde.filter(categorie, "categorie", Categorie.class);
        Kwalificatie k = Keuzewaarde.filter(kwalificatie, "kwalificatie", Kwalificatie.class);
        Risicostatus s = Keuzewaarde.filter(status, "status", Risicostatus.class);
        List<Risico> gekozen = risicos.vanPlan(plan, waarheid("verwijderd", verwijderd)).stream()
                .filter(r -> c == null || r.categorie == c)
                .filter(r -> k == null || (r.score() != null && r.score().kwalificatie() == k))
                .filter(r -> s == null || r.status == s)
                .toList();
        return risicos.alsJson(plan, gekozen);
    }

    @Toegestaan(Recht.RISICOS_WIJZIGEN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Breng een risico in",
            description = """
                    Verplicht: categorie, omschrijving, ingebrachtDoor. Verder: maatregel, kans en impact \
                    (laag, midden, hoog), restKans en restImpact (na de maatregel), status, eigenaar. Ten \
                    hoogste 5 risico's per deelnemer (hoofdletters tellen niet); een zesde geeft 422.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RisicoInvoer.class)))
    public Response voegToe(@PathParam("planId") Long planId, JsonNode body, @Context UriInfo uri) {
        Risico risico = risicos.voegToe(planId, Invoer.van(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(risico.id)).build())
                .entity(risicos.alsJson(risico)).build();
    }

    @Toegestaan(Recht.RISICOS_WIJZIGEN)
    @POST
    @Path("voorbeelden")
    @Operation(summary = "Neem de 11 voorbeeldrisico's van Tabel 6 over",
            description = """
                    Ongescoord, door niemand ingebracht (ze tellen voor geen deelnemer) en buiten de matrix \
                    tot kans en impact zijn ingevuld. Eén keer per plan; daarna 422.""")
    public Response voegVoorbeeldenToe(@PathParam("planId") Long planId, @Context UriInfo uri) {
        List<Risico> toegevoegd = risicos.voegVoorbeeldenToe(planId);
        return Response.created(uri.getBaseUriBuilder().path("api/plannen/" + planId + "/risicos").build())
                .entity(risicos.alsJson(Plannen.vind(planId), toegevoegd)).build();
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("{risicoId}")
    @Operation(summary = "Eén risico")
    public RisicoJson risico(@PathParam("planId") Long planId, @PathParam("risicoId") Long risicoId) {
        return risicos.alsJson(risicos.vind(planId, risicoId));
    }

    @Toegestaan(Recht.RISICOS_WIJZIGEN)
    @PATCH
    @Path("{risicoId}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(summary = "Wijzig een risico",
            description = """
                    JSON Merge Patch. Schrijfbaar: categorie, omschrijving, maatregel, kans, impact, restKans, \
                    restImpact, status, eigenaar, ingebrachtDoor; null maakt een veld leeg (kans of impact leeg: \
                    het risico is niet meer gescoord). version is verplicht; een verouderde versie geeft 409 \
                    met de huidige stand.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RisicoWijziging.class)))
    public RisicoJson wijzig(@PathParam("planId") Long planId, @PathParam("risicoId") Long risicoId, JsonNode body) {
        return risicos.wijzig(planId, risicoId, Invoer.van(body));
    }

    @Toegestaan(Recht.RISICOS_WIJZIGEN)
    @DELETE
    @Path("{risicoId}")
    @Operation(summary = "Verwijder een risico",
            description = "Het risico blijft bewaard: het staat in de lijst met verwijderd=true en is te herstellen.")
    public Response verwijder(@PathParam("planId") Long planId, @PathParam("risicoId") Long risicoId) {
        risicos.verwijder(planId, risicoId);
        return Response.noContent().build();
    }

    @Toegestaan(Recht.RISICOS_WIJZIGEN)
    @POST
    @Path("{risicoId}/herstel")
    @Operation(summary = "Herstel een verwijderd risico")
    public RisicoJson herstel(@PathParam("planId") Long planId, @PathParam("risicoId") Long risicoId) {
        return risicos.herstel(planId, risicoId);
    }

    @Toegestaan(Recht.RISICOS_WIJZIGEN)
    @POST
    @Path("{risicoId}/cluster")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cluster een risico in een ander",
            description = """
                    Veld: in (het id van het risico dat het cluster vormt). Het geclusterde risico \
                    verlaat de matrix en staat onder zijn cluster.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ClusterInvoer.class)))
    public RisicoJson cluster(@PathParam("planId") Long planId, @PathParam("risicoId") Long risicoId, JsonNode body) {
        return risicos.cluster(planId, risicoId, Invoer.van(body));
    }

    @Toegestaan(Recht.RISICOS_WIJZIGEN)
    @DELETE
    @Path("{risicoId}/cluster")
    @Operation(summary = "Haal een risico uit zijn cluster")
    public RisicoJson ontcluster(@PathParam("planId") Long planId, @PathParam("risicoId") Long risicoId) {
        return risicos.ontcluster(planId, risicoId);
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("{risicoId}/historie")
    @Operation(summary = "Alle wijzigingen van een risico, nieuwste eerst", description = "limit: standaard 100.")
    public List<HistorieJson> historie(@PathParam("planId") Long planId, @PathParam("risicoId") Long risicoId,
                                       @QueryParam("limit") String limit) {
        return risicos.historie(planId, risicoId, Lijstgrootte.lees(limit)).stream().map(HistorieJson::van).toList();
    }

    static boolean waarheid(String veld, String tekst) {
        return Registerfilters.waarheid(veld, tekst);
    }
}
