package nl.regiebord.importeren;

import nl.regiebord.product.Productenimport;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.regiebord.api.ApiFout;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/plannen/{planId}/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import")
public class ImportResource {

    /** The multipart field that carries the workbook. */
    public static final String BESTAND = "bestand";

    @Inject
    Importeur importeur;
    @Inject
    Bijlage1Import bijlage1;
    @Inject
    Productenimport productenImport;

    @Toegestaan(Recht.ACTIES_WIJZIGEN)
    @POST
    @Path("bijlage1")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Neem een ingevulde Bijlage 1-checklist (.xlsx) terug",
            description = "Multipart/form-data met het bestand in het veld 'bestand' (ten hoogste 5 MB): de werkmap "
                    + "zoals GET .../export/bijlage1.xlsx die geeft, ingevuld. Per actie worden status, "
                    + "verantwoordelijke, toelichting en deadline gelezen (een lege deadline of status laat de waarde "
                    + "staan); de verborgen kolommen id en versie zeggen welke actie het is en welke versie is "
                    + "geëxporteerd. Stappen en besluiten per gemeente worden niet gelezen. "
                    + "Met dryRun=true wordt niets gewijzigd en zegt het antwoord wat er zou veranderen. Zonder dryRun "
                    + "worden alle wijzigingen in één transactie doorgevoerd, met dezelfde regels als PATCH "
                    + "/acties/{actieId}, en in de historie vastgelegd met bron 'import' en de gebruiker. Een rij "
                    + "waarvan de actie na de export in Regiebord is gewijzigd (andere versie), is een conflict: niet "
                    + "overgenomen, wel gemeld. "
                    + "Antwoord 200: {proef, toegepast, blad, aantallen: {wijzigingen, conflicten, ongewijzigd}, "
                    + "rijen: [{rij, id, omschrijving, uitkomst ('wijziging', 'conflict' of 'ongewijzigd'), "
                    + "wijzigingen: [{veld, kolom, oud, nieuw}], melding}]}. "
                    + "Heeft een rij een fout (onbekend id, id van een ander plan, ongeldige status, onleesbare "
                    + "datum, een formule waar een waarde hoort, een regel van de acties), dan wordt niets "
                    + "doorgevoerd: 400 met per fout in velden {veld: 'Checklist!E12', melding: 'blad Checklist, "
                    + "rij 12, kolom E (Status): ...'}. Verder 400 voor een leeg blad, ontbrekende kolommen, een "
                    + "met een wachtwoord beveiligd, beschadigd of verdacht (zip-bom) bestand; 413 voor een te groot "
                    + "bestand; 415 voor een bestand dat geen Excel-werkmap is (ook een hernoemd Word-document).")
    public Importrapport bijlage1(@PathParam("planId") Long planId, @QueryParam("dryRun") String dryRun,
                                  @RestForm(BESTAND) FileUpload bestand) {
        return importeur.importeer(bijlage1, planId, verplicht(bestand).uploadedFile(), proef(dryRun));
    }

    @Toegestaan(Recht.ACTIES_WIJZIGEN)
    @POST
    @Path("producten")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Neem een ingevulde productenchecklist (.xlsx) terug",
            description = "Als de Bijlage 1-import, voor de werkmap van GET .../export/producten.xlsx: per product "
                    + "worden status, verantwoordelijke, document en toelichting gelezen; de verborgen kolommen id en "
                    + "versie zeggen welk product het is en welke versie is geëxporteerd. Met dryRun=true wordt niets "
                    + "gewijzigd. Zelfde antwoord, conflicten en fouten als bij /import/bijlage1.")
    public Importrapport producten(@PathParam("planId") Long planId, @QueryParam("dryRun") String dryRun,
                                   @RestForm(BESTAND) FileUpload bestand) {
        return importeur.importeer(productenImport, planId, verplicht(bestand).uploadedFile(), proef(dryRun));
    }

    static FileUpload verplicht(FileUpload bestand) {
        if (bestand == null || bestand.uploadedFile() == null) {
            throw ApiFout.ongeldig(BESTAND, "er is geen bestand meegestuurd: kies een Excel-werkmap (.xlsx) (via de API: "
                    + "het multipart-veld '" + BESTAND + "')");
        }
        return bestand;
    }

    private static boolean proef(String dryRun) {
        if (dryRun == null || dryRun.isBlank() || dryRun.equals("false")) {
            return false;
        }
        if (dryRun.equals("true")) {
            return true;
        }
        throw ApiFout.ongeldig("dryRun", "moet true of false zijn", java.util.List.of("true", "false"));
    }
}
