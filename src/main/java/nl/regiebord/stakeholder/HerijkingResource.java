package nl.regiebord.stakeholder;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/plannen/{planId}/stakeholderherijkingen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stakeholders")
public class HerijkingResource {

    @Inject
    HerijkingService herijkingen;

    @Toegestaan(Recht.LEZEN)
    @GET
    @Transactional
    @Operation(summary = "De herijkingen van de stakeholderanalyse, nieuwste eerst")
    public List<HerijkingJson> lijst(@PathParam("planId") Long planId) {
        return herijkingen.vanPlan(planId).stream().map(herijkingen::alsJson).toList();
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Leg een herijking vast",
            description = """
                    Velden: datum (niet in de toekomst), aanwezigen (namen), scores: per stakeholder {stakeholder, \
                    version, belang, invloed, reden}. Een reden is verplicht als belang of invloed wijzigt; een \
                    ongewijzigde score telt als bevestigd. De wijzigingen staan in de historie met bron 'herijking'.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = HerijkingInvoer.class)))
    public Response leg(@PathParam("planId") Long planId, JsonNode body, @Context UriInfo uri) {
        Herijking h = herijkingen.leg(planId, body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(h.id)).build())
                .entity(herijkingen.alsJson(h)).build();
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("{herijkingId}")
    @Transactional
    @Operation(summary = "Eén herijking met de scores ervoor en erna")
    public HerijkingJson herijking(@PathParam("planId") Long planId, @PathParam("herijkingId") Long herijkingId) {
        return herijkingen.alsJson(herijkingen.vind(planId, herijkingId));
    }
}
