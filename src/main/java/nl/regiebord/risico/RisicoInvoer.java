package nl.regiebord.risico;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /api/plannen/{planId}/risicos: a new risk. Documents the fields for the OpenAPI document
 * only: the resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "Een nieuw risico.")
public record RisicoInvoer(
        @Schema(required = true) Categorie categorie,
        @Schema(required = true) String omschrijving,
        String maatregel,
        Risiconiveau kans,
        Risiconiveau impact,
        @Schema(description = "De kans na de maatregel.") Risiconiveau restKans,
        @Schema(description = "De impact na de maatregel.") Risiconiveau restImpact,
        @Schema(description = "Standaard open.") Risicostatus status,
        @Schema(description = "De eigenaar: een naam; bij een lid van het plan liever eigenaarId.") String eigenaar,
        @Schema(description = "Het gebruikersnummer van de eigenaar, een lid van het plan.") Long eigenaarId,
        @Schema(description = """
                        Verplicht, tenzij ingebrachtDoorId: de deelnemer die het risico inbracht (ten \
                        hoogste 5 risico's per deelnemer).""")
        String ingebrachtDoor,
        @Schema(description = "Het gebruikersnummer van de deelnemer, een lid van het plan.") Long ingebrachtDoorId) {
}
