package nl.regiebord.product;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.regiebord.api.Invoer;
import nl.regiebord.api.Lijstgrootte;
import nl.regiebord.historie.HistorieJson;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/plannen/{planId}/producten")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Producten")
public class ProductResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    ProductService producten;

    @Toegestaan(Recht.LEZEN)
    @GET
    @Operation(summary = "De productenchecklist van een plan, in de volgorde van de checklist",
            description = """
                    Filters: thema (overkoepelend, aanpak, middelen, beleidsafstemming), status (open, \
                    in voorbereiding, geleverd, nvt).""")
    public List<ProductJson> lijst(@PathParam("planId") Long planId, @QueryParam("thema") String thema,
                                   @QueryParam("status") String status) {
        return producten.lijst(planId, thema, status);
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("{productId}")
    @Operation(summary = "Eén product van de checklist")
    public ProductJson product(@PathParam("planId") Long planId, @PathParam("productId") Long productId) {
        return producten.een(planId, productId);
    }

    @Toegestaan(Recht.ACTIES_WIJZIGEN)
    @PATCH
    @Path("{productId}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(summary = "Wijzig een product van de checklist",
            description = """
                    JSON Merge Patch. Schrijfbaar: status (open, in voorbereiding, geleverd, nvt), \
                    verantwoordelijke of verantwoordelijkeId (een lid van het plan), document (een webadres of de \
                    naam van het document, ten hoogste 500 tekens), toelichting (ten hoogste 4000 tekens). version \
                    is verplicht; een verouderde versie geeft 409 met de huidige stand.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProductWijziging.class)))
    public ProductJson wijzig(@PathParam("planId") Long planId, @PathParam("productId") Long productId,
                              JsonNode body) {
        return producten.wijzig(planId, productId, Invoer.van(body));
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("{productId}/historie")
    @Operation(summary = "Alle wijzigingen van een product, nieuwste eerst", description = "limit: standaard 100.")
    public List<HistorieJson> historie(@PathParam("planId") Long planId, @PathParam("productId") Long productId,
                                       @QueryParam("limit") String limit) {
        return producten.historie(planId, productId, Lijstgrootte.lees(limit)).stream().map(HistorieJson::van).toList();
    }
}
