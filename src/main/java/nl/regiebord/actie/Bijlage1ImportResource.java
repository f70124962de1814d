package nl.regiebord.actie;

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

@Path("/api/plannen/{planId}/import/bijlage1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import")
public class Bijlage1ImportResource {

    @Inject
    Importeur importeur;
    @Inject
    Bijlage1Import bijlage1;

    @Toegestaan(Recht.ACTIES_WIJZIGEN)
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Neem een ingevulde Bijlage 1-checklist (.xlsx) terug",
            description = """
                    Multipart/form-data met het bestand in het veld 'bestand' (ten hoogste 5 MB): de werkmap \
                    zoals GET .../export/bijlage1.xlsx die geeft, ingevuld. Per actie worden status, \
                    verantwoordelijke, toelichting en deadline gelezen (een lege deadline of status laat de waarde \
                    staan); de verborgen kolommen id en versie zeggen welke actie het is en welke versie is \
                    geëxporteerd. Stappen en besluiten per gemeente worden niet gelezen. \
                    Met dryRun=true wordt niets gewijzigd en zegt het antwoord wat er zou veranderen. Zonder dryRun \
                    worden alle wijzigingen in één transactie doorgevoerd, met dezelfde regels als PATCH \
                    /acties/{actieId}, en in de historie vastgelegd met bron 'import' en de gebruiker. Een rij \
                    waarvan de actie na de export in Regiebord is gewijzigd (andere versie), is een conflict: niet \
                    overgenomen, wel gemeld. \
                    Antwoord 200: {proef, toegepast, blad, aantallen: {wijzigingen, conflicten, ongewijzigd}, \
                    rijen: [{rij, id, omschrijving, uitkomst ('wijziging', 'conflict' of 'ongewijzigd'), \
                    wijzigingen: [{veld, kolom, oud, nieuw}], melding}]}. \
                    Heeft een rij een fout (onbekend id, id van een ander plan, ongeldige status, onleesbare \
                    datum, een formule waar een waarde hoort, een regel van de acties), dan wordt niets \
                    doorgevoerd: 400 met per fout in velden {veld: 'Checklist!E12', melding: 'blad Checklist, \
                    rij 12, kolom E (Status): ...'}. Verder 400 voor een leeg blad, ontbrekende kolommen, een \
                    met een wachtwoord beveiligd, beschadigd of verdacht (zip-bom) bestand; 413 voor een te groot \
                    bestand; 415 voor een bestand dat geen Excel-werkmap is (ook een hernoemd Word-document).""")
    public Importrapport bijlage1(@PathParam("planId") Long planId, @QueryParam("dryRun") String dryRun,
                                  @RestForm(Uploadverzoek.BESTAND) FileUpload bestand) {
        return importeur.importeer(bijlage1, planId, Uploadverzoek.verplicht(bestand).uploadedFile(),
                Uploadverzoek.proef(dryRun));
    }
}
