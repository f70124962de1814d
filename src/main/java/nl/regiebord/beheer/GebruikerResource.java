package nl.regiebord.beheer;

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
import nl.regiebord.api.Invoer;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/gebruikers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gebruikers")
@Toegestaan(Recht.GEBRUIKERS_BEHEREN)
public class GebruikerResource {

    @Inject
    GebruikerService gebruikers;

    @GET
    @Operation(summary = "Alle gebruikers (beheerder)", description = "Met ?gebruikersnaam=… één gebruiker.")
    public List<GebruikerJson> lijst(@QueryParam("gebruikersnaam") String gebruikersnaam) {
        return gebruikers.lijst(gebruikersnaam).stream().map(GebruikerJson::van).toList();
    }

    @GET
    @Path("blokkades")
    @Operation(summary = "Gebruikers die mislukte aanmeldingen tegenhouden (beheerder)",
            description = """
                    Per gebruiker: mislukte pogingen in het laatste kwartier, van hoeveel adressen, hoeveel \
                    adressen voor deze naam geblokkeerd zijn, of de naam vertraagd wordt, en tot wanneer uiterlijk.""")
    public List<BlokkadeJson> blokkades() {
        return gebruikers.blokkades();
    }

    @DELETE
    @Path("{gebruikerId}/blokkade")
    @Operation(summary = "Hef de blokkade na mislukte aanmeldingen op (beheerder)",
            description = """
                    Vergeet de mislukte pogingen voor deze gebruiker vanaf elk adres. Een nieuw wachtwoord \
                    (wachtwoord-herstel) doet dat ook.""")
    public Response hefBlokkadeOp(@PathParam("gebruikerId") Long id) {
        gebruikers.hefBlokkadeOp(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{gebruikerId}")
    @Operation(summary = "Eén gebruiker (beheerder)")
    public GebruikerJson gebruiker(@PathParam("gebruikerId") Long id) {
        return GebruikerJson.van(gebruikers.vind(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Maak een gebruiker (beheerder)",
            description = """
                    Velden: gebruikersnaam, naam, email, wachtwoord (minstens 12 tekens, niet de \
                    gebruikersnaam en geen bekend wachtwoord; zonder wachtwoord maakt Regiebord er een en noemt \
                    het één keer in tijdelijkWachtwoord), beheerder. Het wachtwoord is tijdelijk: de gebruiker \
                    wijzigt het bij de eerste aanmelding, en het verloopt na 7 dagen.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = GebruikerInvoer.class)))
    public Response maak(JsonNode body, @Context UriInfo uri) {
        GebruikerJson nieuw = gebruikers.maak(Invoer.van(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(nieuw.id())).build())
                .entity(nieuw).build();
    }

    @PATCH
    @Path("{gebruikerId}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Wijzig een gebruiker (beheerder)",
            description = """
                    Schrijfbaar: naam, email, beheerder, actief (false blokkeert en beëindigt de sessies); \
                    version is verplicht.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = GebruikerWijziging.class)))
    public GebruikerJson wijzig(@PathParam("gebruikerId") Long id, JsonNode body) {
        return GebruikerJson.van(gebruikers.wijzig(id, Invoer.van(body)));
    }

    @POST
    @Path("{gebruikerId}/wachtwoord-herstel")
    @Operation(summary = "Geef een gebruiker een nieuw wachtwoord (beheerder)",
            description = """
                    Het nieuwe, tijdelijke wachtwoord staat één keer in tijdelijkWachtwoord; oude sessies \
                    eindigen en een blokkade na mislukte aanmeldingen wordt opgeheven.""")
    public GebruikerJson herstel(@PathParam("gebruikerId") Long id) {
        return gebruikers.herstelWachtwoord(id);
    }
}
