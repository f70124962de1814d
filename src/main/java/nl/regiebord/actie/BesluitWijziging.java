package nl.regiebord.actie;

import java.time.LocalDate;
import nl.regiebord.api.Veldbeschrijving;
import nl.regiebord.modelplan.Besluitorgaan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of PATCH /api/plannen/{planId}/acties/{actieId}/besluiten/{besluitId}, a JSON Merge Patch. Documents
 * the fields for the OpenAPI document only: the resource reads the body field by field with {@link
 * nl.regiebord.api.Invoer}.
 */
@Schema(description = "JSON Merge Patch van het besluit van één gemeente.")
public record BesluitWijziging(
        @Schema(required = true, description = Veldbeschrijving.VERSIE) Long version,
        BesluitStatus status,
        LocalDate datum,
        Besluitorgaan orgaan,
        String toelichting) {
}
