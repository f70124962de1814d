package nl.regiebord.risico;

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

@Path("/api/plannen/{planId}/risicoreviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risico's")
public class RisicoreviewResource {

    @Inject
    RisicoreviewService reviews;

    @Toegestaan(Recht.LEZEN)
    @GET
    @Transactional
    @Operation(summary = "De risicoreviews van de stuurgroep, nieuwste eerst")
    public List<RisicoreviewJson> lijst(@PathParam("planId") Long planId) {
        return reviews.vanPlan(planId).stream().map(r -> reviews.alsJson(r, false)).toList();
    }

    @Toegestaan(Recht.RISICOREVIEW_VASTLEGGEN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Leg een risicoreview vast",
            description = """
                    Velden: datum (niet in de toekomst), aanwezigen (namen), besluiten: per risico {risico, \
                    version, maatregel (vastgesteld), kans, impact, reden (verplicht bij een scorewijziging), \
                    status}. De besluiten worden doorgevoerd (in de historie met bron 'review'), de matrix wordt \
                    bevroren en elk risico in de matrix telt als besproken voor de reviewplanning.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RisicoreviewInvoer.class)))
    public Response leg(@PathParam("planId") Long planId, JsonNode body, @Context UriInfo uri) {
        Risicoreview review = reviews.leg(planId, body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(review.id)).build())
                .entity(reviews.alsJson(review, true)).build();
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("{reviewId}")
    @Transactional
    @Operation(summary = "Eén risicoreview met de matrix zoals die toen bevroren werd")
    public RisicoreviewJson review(@PathParam("planId") Long planId, @PathParam("reviewId") Long reviewId) {
        return reviews.alsJson(reviews.vind(planId, reviewId), true);
    }
}
