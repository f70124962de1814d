package nl.regiebord.stakeholder;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/plannen/{planId}/stakeholders/{stakeholderId}/contacten")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stakeholders")
public class ContactResource {

    @Inject
    ContactService contacten;

    @Toegestaan(Recht.LEZEN)
    @GET
    @Transactional
    @Operation(summary = "Het contactlog van een stakeholder, nieuwste eerst",
            description = "verwijderd=true toont de verwijderde contacten, die te herstellen zijn.")
    public List<ContactJson> lijst(@PathParam("planId") Long planId, @PathParam("stakeholderId") Long stakeholderId,
                                   @QueryParam("verwijderd") String verwijderd) {
        return contacten.van(planId, stakeholderId, StakeholderResource.waarheid("verwijderd", verwijderd)).stream()
                .map(ContactJson::van).toList();
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Leg een contact vast",
            description = """
                    Velden: datum (standaard vandaag, niet in de toekomst), door (naam; standaard wie is \
                    aangemeld) of doorId (een lid van het plan), vorm (live, algemene mail, persoonlijke mail, app, \
                    telefoon, overleg), samenvatting. Het volgende contact wordt gepland vanaf het laatste.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ContactInvoer.class)))
    public Response voegToe(@PathParam("planId") Long planId, @PathParam("stakeholderId") Long stakeholderId,
                            JsonNode body, @Context UriInfo uri) {
        Contact c = contacten.voegToe(planId, stakeholderId, body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(c.id)).build())
                .entity(ContactJson.van(c)).build();
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @DELETE
    @Path("{contactId}")
    @Operation(summary = "Verwijder een contact", description = "Het blijft bewaard en is te herstellen.")
    public Response verwijder(@PathParam("planId") Long planId, @PathParam("stakeholderId") Long stakeholderId,
                              @PathParam("contactId") Long contactId) {
        contacten.verwijder(planId, stakeholderId, contactId);
        return Response.noContent().build();
    }

    @Toegestaan(Recht.STAKEHOLDERS_WIJZIGEN)
    @POST
    @Path("{contactId}/herstel")
    @Operation(summary = "Herstel een verwijderd contact")
    public ContactJson herstel(@PathParam("planId") Long planId, @PathParam("stakeholderId") Long stakeholderId,
                               @PathParam("contactId") Long contactId) {
        return ContactJson.van(contacten.herstel(planId, stakeholderId, contactId));
    }
}
