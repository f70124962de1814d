package nl.regiebord.product;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.pagina.Formulier;
import nl.regiebord.pagina.Formulierfout;
import nl.regiebord.pagina.Paginas;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;

/** The productenchecklist of a plan: per theme its products as an afvinklijst, each changeable in place. */
@Path("/plannen/{planId}/producten")
@Produces(MediaType.TEXT_HTML)
public class ProductPagina {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance producten(Plan plan, List<Productenchecklist.Themagroep> themas,
                                                 List<String> statussen, Formulierfout fout);
    }

    @Inject
    Productenchecklist checklist;
    @Inject
    ProductService producten;

    @Toegestaan(Recht.LEZEN)
    @GET
    public TemplateInstance producten(@PathParam("planId") Long planId) {
        return pagina(planId, Formulierfout.geen());
    }

    @Toegestaan(Recht.ACTIES_WIJZIGEN)
    @POST
    @Path("{productId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response wijzig(@PathParam("planId") Long planId, @PathParam("productId") Long productId,
                           MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst("status", "verantwoordelijke", "document").versie();
        return Paginas.verwerk(formulier, String.valueOf(productId), () -> {
            producten.wijzig(planId, productId, formulier.invoer());
            return Paginas.naar("/plannen/" + planId + "/producten#product-" + productId);
        }, fout -> pagina(planId, fout));
    }

    private TemplateInstance pagina(Long planId, Formulierfout fout) {
        Plan plan = Plannen.vind(planId);
        return Templates.producten(plan, checklist.perThema(planId), Keuzewaarde.toegestaan(Productstatus.class), fout);
    }
}
