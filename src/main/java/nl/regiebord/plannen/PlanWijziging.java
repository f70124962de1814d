package nl.regiebord.plannen;

import java.time.LocalDate;
import java.util.List;
import nl.regiebord.api.Veldbeschrijving;
import nl.regiebord.plan.Uitvoering;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of PATCH /api/plannen/{planId}, a JSON Merge Patch. Documents the fields for the OpenAPI document
 * only: the resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "JSON Merge Patch van een plan: alleen de meegestuurde velden veranderen.")
public record PlanWijziging(
        @Schema(required = true, description = Veldbeschrijving.VERSIE) Long version,
        String naam,
        List<String> gemeenten,
        LocalDate inwerkingtreding,
        @Schema(description = "null: leeg.") Uitvoering uitvoering) {
}
