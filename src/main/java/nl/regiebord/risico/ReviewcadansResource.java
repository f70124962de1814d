package nl.regiebord.risico;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.regiebord.api.Invoer;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/plannen/{planId}/risicocadans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risico's")
public class ReviewcadansResource {

    @Inject
    Reviewcadans cadans;

    @Toegestaan(Recht.LEZEN)
    @GET
    @Operation(summary = "Hoe vaak de stuurgroep een risico opnieuw bekijkt, in maanden per kwalificatie",
            description = "Standaard: hoog elke maand, midden elk kwartaal, laag elk half jaar.")
    public Reviewcadans.CadansJson cadans(@PathParam("planId") Long planId) {
        return cadans.van(planId);
    }

    @Toegestaan(Recht.PLAN_WIJZIGEN)
    @PATCH
    @Consumes({MediaType.APPLICATION_JSON, RisicoResource.MERGE_PATCH})
    @Operation(summary = "Stel de reviewcadans van het plan in",
            description = "Velden: hoogMaanden, middenMaanden, laagMaanden (1 tot en met 24), version.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CadansWijziging.class)))
    public Reviewcadans.CadansJson wijzig(@PathParam("planId") Long planId, JsonNode body) {
        return cadans.wijzig(planId, Invoer.van(body));
    }
}
