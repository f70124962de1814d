package nl.regiebord.product;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.regiebord.importeren.Importeur;
import nl.regiebord.importeren.Importrapport;
import nl.regiebord.importeren.Uploadverzoek;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/plannen/{planId}/import/producten")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import")
public class ProductenimportResource {

    @Inject
    Importeur importeur;
    @Inject
    Productenimport producten;

    @Toegestaan(Recht.ACTIES_WIJZIGEN)
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Neem een ingevulde productenchecklist (.xlsx) terug",
            description = """
                    Als de Bijlage 1-import, voor de werkmap van GET .../export/producten.xlsx: per product \
                    worden status, verantwoordelijke, document en toelichting gelezen; de verborgen kolommen id en \
                    versie zeggen welk product het is en welke versie is geëxporteerd. Met dryRun=true wordt niets \
                    gewijzigd. Zelfde antwoord, conflicten en fouten als bij /import/bijlage1.""")
    public Importrapport producten(@PathParam("planId") Long planId, @QueryParam("dryRun") String dryRun,
                                  @RestForm(Uploadverzoek.BESTAND) FileUpload bestand) {
        return importeur.importeer(producten, planId, Uploadverzoek.verplicht(bestand).uploadedFile(),
                Uploadverzoek.proef(dryRun));
    }
}
