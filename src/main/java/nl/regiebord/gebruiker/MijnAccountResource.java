package nl.regiebord.gebruiker;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.regiebord.api.Invoer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/mij")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mijn account")
public class MijnAccountResource {

    @Inject
    MijnAccount account;
    @Inject
    GebruikerService gebruikers;

    @GET
    @Operation(summary = "Wie ben ik", description = "Je account en je rol in elk plan.")
    public MijnAccount.Mij mij() {
        return account.mij();
    }

    @PUT
    @Path("wachtwoord")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Wijzig je wachtwoord", description = "Velden: huidig en nieuw (minstens 12 tekens). "
            + "Je andere sessies eindigen; volgende verzoeken gebruiken het nieuwe wachtwoord.")
    public Response wachtwoord(JsonNode body) {
        gebruikers.wijzigEigenWachtwoord(Invoer.van(body));
        return Response.noContent().build();
    }
}
