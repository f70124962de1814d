package nl.regiebord.product;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of PATCH /api/plannen/{planId}/producten/{productId}, a JSON Merge Patch. Documents the fields for
 * the OpenAPI document only: the resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "JSON Merge Patch van een product.")
public record ProductWijziging(
        @Schema(required = true,
                description = "De versie die je las (uit de laatste GET of het laatste antwoord); een "
                        + "verouderde geeft 409 met de huidige stand.")
        Long version,
        Productstatus status,
        @Schema(description = "De verantwoordelijke: een naam; bij een lid van het plan liever "
                        + "verantwoordelijkeId.")
        String verantwoordelijke,
        @Schema(description = "Het gebruikersnummer van de verantwoordelijke, een lid van het plan.")
        Long verantwoordelijkeId,
        @Schema(description = "Een volledig webadres (https://…) of de naam van een document.") String document,
        String toelichting) {
}
