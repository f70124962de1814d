package nl.regiebord.risico;

import nl.regiebord.api.Veldbeschrijving;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of PATCH /api/plannen/{planId}/risicos/{risicoId}, a JSON Merge Patch. Documents the fields for the
 * OpenAPI document only: the resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "JSON Merge Patch van een risico; kans of impact null: het risico is niet meer gescoord.")
public record RisicoWijziging(
        @Schema(required = true, description = Veldbeschrijving.VERSIE) Long version,
        Categorie categorie,
        String omschrijving,
        String maatregel,
        Risiconiveau kans,
        Risiconiveau impact,
        @Schema(description = "De kans na de maatregel.") Risiconiveau restKans,
        @Schema(description = "De impact na de maatregel.") Risiconiveau restImpact,
        Risicostatus status,
        @Schema(description = "De eigenaar: een naam; bij een lid van het plan liever eigenaarId.") String eigenaar,
        @Schema(description = "Het gebruikersnummer van de eigenaar, een lid van het plan.") Long eigenaarId,
        @Schema(description = "de deelnemer die het risico inbracht (ten hoogste 5 risico's per deelnemer).")
        String ingebrachtDoor,
        @Schema(description = "Het gebruikersnummer van de deelnemer, een lid van het plan.") Long ingebrachtDoorId) {
}
