package nl.regiebord.plannen;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.regiebord.api.Invoer;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.PlanJson;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/plannen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plannen")
public class PlanResource {

    @Inject
    PlanService plannen;

    @GET
    @Operation(summary = "Alle plannen")
    public List<PlanJson> lijst() {
        return plannen.zichtbaar().stream().map(PlanJson::van).toList();
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("{planId}")
    @Operation(summary = "Eén plan")
    public PlanJson plan(@PathParam("planId") Long planId) {
        return PlanJson.van(Plannen.vind(planId));
    }

    @Toegestaan(Recht.PLANNEN_AANMAKEN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Maak een plan uit het model",
            description = """
                    Velden: naam, gemeenten (lijst), inwerkingtreding (JJJJ-MM-DD), uitvoering (lokaal, \
                    subregionaal, regionaal of leeg), modelstatusOvernemen (true: acties die het model als \
                    afgerond noemt, beginnen als afgerond).""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PlanInvoer.class)))
    public Response maak(JsonNode body, @Context UriInfo uri) {
        Plan plan = plannen.maak(Invoer.van(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(plan.id)).build())
                .entity(PlanJson.van(plan)).build();
    }

    @Toegestaan(Recht.PLAN_WIJZIGEN)
    @PATCH
    @Path("{planId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Wijzig een plan",
            description = """
                    JSON Merge Patch. Schrijfbaar: naam, gemeenten, inwerkingtreding, uitvoering; version is \
                    verplicht. Een nieuwe inwerkingtreding verplaatst elke deadline die niet met de hand is gezet; \
                    het antwoord noemt ze in 'verplaatst'.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PlanWijziging.class)))
    public PlanJson wijzig(@PathParam("planId") Long planId, JsonNode body) {
        return plannen.wijzig(planId, Invoer.van(body));
    }
}
