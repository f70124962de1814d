package nl.regiebord.stakeholder;

import java.util.List;
import nl.regiebord.api.Veldbeschrijving;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of PATCH /api/plannen/{planId}/stakeholders/{stakeholderId}, a JSON Merge Patch. Documents the fields
 * for the OpenAPI document only: the resource reads the body field by field with {@link
 * nl.regiebord.api.Invoer}.
 */
@Schema(description = "JSON Merge Patch van een stakeholder.")
public record StakeholderWijziging(
        @Schema(required = true, description = Veldbeschrijving.VERSIE) Long version,
        String naam,
        Stakeholdertype type,
        String cluster,
        String belangen,
        String wensenEisen,
        Stakeholderniveau belang,
        Stakeholderniveau invloed,
        Frequentie frequentie,
        Communicatie communicatie,
        @Schema(description = Veldbeschrijving.VERANTWOORDELIJKE) String verantwoordelijke,
        @Schema(description = Veldbeschrijving.VERANTWOORDELIJKE_ID) Long verantwoordelijkeId,
        @Schema(description = "Acties van het plan.") List<Long> actieIds) {
}
