package nl.regiebord.stuurgroep;

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
import nl.regiebord.export.XlsxStroom;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import nl.regiebord.transactie.AlleenLezen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/plannen/{planId}/vergaderingen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stuurgroep")
public class VergaderingResource {

    @Inject
    VergaderingService vergaderingen;
    @Inject
    Pakketten pakketten;

    @Toegestaan(Recht.LEZEN)
    @GET
    @AlleenLezen
    @Operation(summary = "De vastgelegde stuurgroepvergaderingen, de laatste eerst (zonder het bevroren overzicht)")
    public List<VergaderingJson> lijst(@PathParam("planId") Long planId) {
        return vergaderingen.lijst(planId);
    }

    @Toegestaan(Recht.VERGADERING_VASTLEGGEN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = """
            Legt een stuurgroepvergadering vast: datum (niet in de toekomst), aanwezigen, besluiten (regels tekst), \
            notitie, optioneel sinds (de dag waar het overzicht vanaf telt) en review (id; anders de review van \
            dezelfde dag). Het overzicht van dat moment wordt bevroren. Elk actiepunt (actie, thema, deadline, \
            verantwoordelijke of verantwoordelijkeId, optioneel fase) wordt een eigen actie van het plan.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = VergaderingInvoer.class)))
    public Response leg(@PathParam("planId") Long planId, JsonNode body, @Context UriInfo uri) {
        Vergadering v = vergaderingen.leg(planId, body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(v.id)).build())
                .entity(vergaderingen.alsJson(v, true)).build();
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("{vergaderingId}")
    @AlleenLezen
    @Operation(summary = "Eén vergadering met het overzicht zoals de stuurgroep het zag")
    public VergaderingJson vergadering(@PathParam("planId") Long planId,
                                       @PathParam("vergaderingId") Long vergaderingId) {
        return vergaderingen.alsJson(vergaderingen.vind(planId, vergaderingId), true);
    }

    @Toegestaan(Recht.EXPORTEREN)
    @GET
    @Path("{vergaderingId}/pakket.pdf")
    @Produces(Vergaderpakket.MEDIA_TYPE)
    @AlleenLezen
    @Operation(summary = "De vergadering als PDF (A4, met paginanummers): het bevroren overzicht met besluiten en actiepunten")
    public Response pakket(@PathParam("planId") Long planId, @PathParam("vergaderingId") Long vergaderingId) {
        return pakketten.van(planId, vergaderingId);
    }

    @Toegestaan(Recht.EXPORTEREN)
    @GET
    @Path("{vergaderingId}/stuurgroep.xlsx")
    @Produces(XlsxStroom.MEDIA_TYPE)
    @AlleenLezen
    @Operation(summary = "De vergadering als werkmap: de vergadering, voortgang, te laat, besluiten, risico's")
    public Response werkmap(@PathParam("planId") Long planId, @PathParam("vergaderingId") Long vergaderingId) {
        return pakketten.werkmapVan(planId, vergaderingId);
    }
}
