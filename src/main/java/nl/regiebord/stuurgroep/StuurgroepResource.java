package nl.regiebord.stuurgroep;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.regiebord.export.XlsxStroom;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import nl.regiebord.transactie.AlleenLezen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/plannen/{planId}/stuurgroep")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stuurgroep")
public class StuurgroepResource {

    @Inject
    Stuurgroepoverzicht overzicht;
    @Inject
    Pakketten pakketten;

    @Toegestaan(Recht.LEZEN)
    @GET
    @AlleenLezen
    @Operation(summary = """
            Het overzicht voor de stuurgroep: voortgang per thema nu en op 'sinds' met het verschil, acties afgerond \
            en nieuw te laat sinds, alle te late acties gegroepeerd naar hoe laat, deadlines in de komende acht weken, \
            het besluitenrooster, mijlpalen behaald of uitgesteld sinds, risico's nieuw/omhoog/omlaag/uit de matrix \
            sinds, en stakeholders met contact te laat of een gat in de dekking.""")
    public StuurgroepJson overzicht(@PathParam("planId") Long planId,
                                    @Parameter(description = """
                                            JJJJ-MM-DD, niet in de toekomst; standaard de dag van de laatste \
                                            risicoreview, anders vier weken terug (niet voor de aanmaak van het plan)""")
                                    @QueryParam("sinds") String sinds) {
        return overzicht.van(Plannen.vind(planId), sinds);
    }

    @Toegestaan(Recht.EXPORTEREN)
    @GET
    @Path("pakket.pdf")
    @Produces(Vergaderpakket.MEDIA_TYPE)
    @AlleenLezen
    @Operation(summary = "Het overzicht voor de stuurgroep als PDF (A4, met paginanummers); sinds als hierboven")
    public Response pakket(@PathParam("planId") Long planId, @QueryParam("sinds") String sinds) {
        return pakketten.nu(planId, sinds);
    }

    @Toegestaan(Recht.EXPORTEREN)
    @GET
    @Path("stuurgroep.xlsx")
    @Produces(XlsxStroom.MEDIA_TYPE)
    @AlleenLezen
    @Operation(summary = "Het overzicht voor de stuurgroep als werkmap: voortgang, te laat, besluiten, risico's")
    public Response werkmap(@PathParam("planId") Long planId, @QueryParam("sinds") String sinds) {
        return pakketten.werkmapNu(planId, sinds);
    }
}
