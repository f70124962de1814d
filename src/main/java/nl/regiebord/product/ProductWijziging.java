package nl.regiebord.product;

import nl.regiebord.api.Veldbeschrijving;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of PATCH /api/plannen/{planId}/producten/{productId}, a JSON Merge Patch. Documents the fields for
 * the OpenAPI document only: the resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "JSON Merge Patch van een product.")
public record ProductWijziging(
        @Schema(required = true, description = Veldbeschrijving.VERSIE) Long version,
        Productstatus status,
        @Schema(description = Veldbeschrijving.VERANTWOORDELIJKE) String verantwoordelijke,
        @Schema(description = Veldbeschrijving.VERANTWOORDELIJKE_ID) Long verantwoordelijkeId,
        @Schema(description = "Een volledig webadres (https://…) of de naam van een document.") String document,
        String toelichting) {
}
