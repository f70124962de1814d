package nl.regiebord.plannen;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.regiebord.api.Invoer;
import nl.regiebord.toegang.Leden;
import nl.regiebord.toegang.LidJson;
import nl.regiebord.toegang.Lidmaatschap;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/plannen/{planId}/leden")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Leden en rollen")
public class LedenResource {

    @Inject
    Leden leden;

    @GET
    @Toegestaan(Recht.LEDEN_BEKIJKEN)
    @Operation(summary = "De leden van het plan met hun rol")
    public List<LidJson> lijst(@PathParam("planId") Long planId) {
        return leden.van(planId).stream().map(LidJson::van).toList();
    }

    @POST
    @Toegestaan(Recht.LEDEN_BEHEREN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Voeg een lid toe (projectmanager of beheerder)",
            description = """
                    Velden: gebruikerId of gebruikersnaam, en rol: projectmanager, projectleider, stuurgroep \
                    of lezer.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LidInvoer.class)))
    public Response voegToe(@PathParam("planId") Long planId, JsonNode body, @Context UriInfo uri) {
        Lidmaatschap lid = leden.voegToe(planId, Invoer.van(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(lid.id)).build())
                .entity(LidJson.van(lid)).build();
    }

    @PATCH
    @Path("{lidId}")
    @Toegestaan(Recht.LEDEN_BEHEREN)
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Wijzig de rol van een lid", description = "Schrijfbaar: rol; version is verplicht.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LidWijziging.class)))
    public LidJson wijzig(@PathParam("planId") Long planId, @PathParam("lidId") Long lidId, JsonNode body) {
        return LidJson.van(leden.wijzig(planId, lidId, Invoer.van(body)));
    }

    @DELETE
    @Path("{lidId}")
    @Toegestaan(Recht.LEDEN_BEHEREN)
    @Operation(summary = "Haal een lid uit het plan")
    public Response verwijder(@PathParam("planId") Long planId, @PathParam("lidId") Long lidId) {
        leden.verwijder(planId, lidId);
        return Response.noContent().build();
    }
}
