package nl.regiebord.stakeholder;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of PATCH /api/plannen/{planId}/stakeholders/{stakeholderId}, a JSON Merge Patch. Documents the fields
 * for the OpenAPI document only: the resource reads the body field by field with {@link
 * nl.regiebord.api.Invoer}.
 */
@Schema(description = "JSON Merge Patch van een stakeholder.")
public record StakeholderWijziging(
        @Schema(required = true,
                description = "De versie die je las (uit de laatste GET of het laatste antwoord); een "
                        + "verouderde geeft 409 met de huidige stand.")
        Long version,
        String naam,
        Stakeholdertype type,
        String cluster,
        String belangen,
        String wensenEisen,
        Stakeholderniveau belang,
        Stakeholderniveau invloed,
        Frequentie frequentie,
        Communicatie communicatie,
        @Schema(description = "De verantwoordelijke: een naam; bij een lid van het plan liever "
                        + "verantwoordelijkeId.")
        String verantwoordelijke,
        @Schema(description = "Het gebruikersnummer van de verantwoordelijke, een lid van het plan.")
        Long verantwoordelijkeId,
        @Schema(description = "Acties van het plan.") List<Long> actieIds) {
}
