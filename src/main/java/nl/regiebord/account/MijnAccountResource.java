package nl.regiebord.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.regiebord.api.Invoer;
import nl.regiebord.beheer.GebruikerService;
import nl.regiebord.security.Aanmelding;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
    @Operation(summary = "Wie ben ik", description = """
            Je account en je rol in elk plan. Met wachtwoordWijzigen: \
            true gebruik je een tijdelijk wachtwoord van de beheerder; wijzig het eerst, tot dan antwoordt de rest \
            van de API 403.""")
    public MijnAccount.Mij mij() {
        return account.mij();
    }

    @PUT
    @Path("wachtwoord")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Wijzig je wachtwoord", description = """
            Velden: huidig en nieuw (minstens 12 tekens, niet \
            je gebruikersnaam of iets dat die bevat, en niet op de lijst van veelgebruikte en uitgelekte \
            wachtwoorden). Je andere sessies eindigen; volgende verzoeken gebruiken het nieuwe wachtwoord. Een \
            onjuist huidig wachtwoord telt als mislukte aanmelding: na 5 vanaf één adres binnen 15 minuten volgt 429.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WachtwoordWijziging.class)))
    public Response wachtwoord(JsonNode body, @Context HttpServerRequest verzoek) {
        gebruikers.wijzigEigenWachtwoord(Invoer.van(body), Aanmelding.adresVan(verzoek));
        return Response.noContent().build();
    }
}
