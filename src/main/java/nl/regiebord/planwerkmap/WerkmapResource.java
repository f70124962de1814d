package nl.regiebord.planwerkmap;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import nl.regiebord.actie.Stappenkeuze;
import nl.regiebord.export.Werkmapdownloads;
import nl.regiebord.export.XlsxStroom;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The xlsx downloads of a plan in the API, each described for the OpenAPI document; what each answers is made
 * by {@link Werkmapdownloads}. A new download needs its export bean and one method here.
 */
@Path("/api/plannen/{planId}/export")
@Toegestaan(Recht.EXPORTEREN)
@Produces(XlsxStroom.MEDIA_TYPE)
public class WerkmapResource {

    /**
     * The same downloads behind the pages' buttons and links, so a signed-in person needs no API credentials: every
     * {@link nl.regiebord.export.Werkmapdownload} by its file name, {@code bijlage1.xlsx} included. Pages are left
     * out of the OpenAPI document.
     */
    @Path("/plannen/{planId}/export/{bestand}")
    @Toegestaan(Recht.EXPORTEREN)
    @Produces(XlsxStroom.MEDIA_TYPE)
    public static class VoorPaginas {

        @Inject
        Werkmapdownloads downloads;

        @GET
        public Response download(@PathParam("planId") Long planId, @PathParam("bestand") String bestand,
                                 @QueryParam(Stappenkeuze.PARAMETER) String stappen) {
            return downloads.download(bestand, planId, stappen);
        }
    }

    @Inject
    Werkmapdownloads downloads;

    @GET
    @Path("bijlage1.xlsx")
    @Tag(name = "Export")
    @Operation(summary = "De Bijlage 1-checklist als Excel-werkmap",
            description = """
                    Een voorblad met plan, gemeenten, data en voortgang per thema, en de checklist: per thema \
                    de acties in de volgorde van het model met deadline, status (keuzelijst), verantwoordelijke, \
                    toelichting, te laat, de stappen om af te vinken en in een samenwerkingsverband het besluit per \
                    gemeente. Bestandsnaam: Bijlage1-<plan>-<datum>.xlsx.""")
    public Response bijlage1(@PathParam("planId") Long planId,
                             @Parameter(description = Stappenkeuze.BESCHRIJVING) @QueryParam(Stappenkeuze.PARAMETER) String stappen) {
        return downloads.download("bijlage1.xlsx", planId, stappen);
    }

    @GET
    @Path("plan.xlsx")
    @Tag(name = "Export")
    @Operation(summary = "Het hele plan als één Excel-werkmap",
            description = """
                    Bladen: Voorblad (plan, gemeenten, inwerkingtreding, exportdatum, voortgang per thema), \
                    Checklist (Bijlage 1), Productenchecklist, Projectkaarten en een blad per kaart, Risicoregister, \
                    Risicomatrix, Stakeholderanalyse, Stakeholdermatrix, Contactplan en Legenda (statussen, \
                    risicoscoring, kwadranten). Elk deel is hetzelfde als in zijn eigen export; de bladen Checklist \
                    en Productenchecklist houden hun verborgen kolommen id en versie, dus een ingevulde werkmap kan \
                    ook via /import/bijlage1 en /import/producten terug. Bestandsnaam: Plan-<plan>-<datum>.xlsx.""")
    public Response plan(@PathParam("planId") Long planId,
                         @Parameter(description = Stappenkeuze.BESCHRIJVING) @QueryParam(Stappenkeuze.PARAMETER) String stappen) {
        return downloads.download("plan.xlsx", planId, stappen);
    }

    @GET
    @Path("producten.xlsx")
    @Tag(name = "Producten")
    @Operation(summary = "De productenchecklist als Excel-werkmap",
            description = """
                    Eén blad: per thema een kopregel met de voortgang en de producten in de volgorde van de \
                    checklist met toelichting, status (keuzelijst), verantwoordelijke en document. De laatste twee \
                    kolommen, verborgen, heten id en versie: het nummer en de versie van elk product, om een \
                    ingevuld blad terug te lezen. Bestandsnaam: Producten-<plan>-<datum>.xlsx.""")
    public Response producten(@PathParam("planId") Long planId) {
        return downloads.download("producten.xlsx", planId, null);
    }

    @GET
    @Path("projectkaarten.xlsx")
    @Tag(name = "Projectkaarten")
    @Operation(summary = "De projectkaarten als Excel-werkmap",
            description = """
                    Blad Projectkaarten: per thema de kaarten met projectmanager, projectleider, hoe volledig, \
                    wat nog leeg is en de volgende mijlpaal; een thema zonder kaart staat er als 'geen projectkaart'. \
                    Daarna per kaart een blad in de vier stappen van het model, de mijlpalen met echte datums. \
                    Bestandsnaam: Projectkaarten-<plan>-<datum>.xlsx.""")
    public Response projectkaarten(@PathParam("planId") Long planId) {
        return downloads.download("projectkaarten.xlsx", planId, null);
    }

    @GET
    @Path("risicos.xlsx")
    @Tag(name = "Risico's")
    @Operation(summary = "Het risicoregister als Excel",
            description = """
                    Bladen: Risicoregister (de tabel van stap 7 van hoofdstuk 4), Risicomatrix (nu en na de \
                    maatregelen, gekleurd, met aantallen) en Legenda (de scoring). \
                    Bestandsnaam: Risicoregister-<plan>-<datum>.xlsx.""")
    public Response risicos(@PathParam("planId") Long planId) {
        return downloads.download("risicos.xlsx", planId, null);
    }

    @GET
    @Path("stakeholders.xlsx")
    @Tag(name = "Stakeholders")
    @Operation(summary = "De stakeholderanalyse als Excel-werkmap",
            description = """
                    Bladen: Stakeholderanalyse (zoals de checklist van Bijlage 4 wordt ingevuld, met keuzelijsten), \
                    Stakeholdermatrix (belang × invloed, de kwadranten gekleurd en benoemd, met de namen per cel) en \
                    Contactplan (laatste en volgend contact als datum, te laat bovenaan, belangrijke spelers eerst). \
                    Bestandsnaam: Stakeholders-<plan>-<datum>.xlsx.""")
    public Response stakeholders(@PathParam("planId") Long planId) {
        return downloads.download("stakeholders.xlsx", planId, null);
    }
}
