package nl.regiebord.risico;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One decision of a review about one risk, inside a RisicoreviewInvoer. Documents the fields for the OpenAPI
 * document only: the resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "Het besluit van de review over één risico.")
public record RisicoreviewBesluitInvoer(
        @Schema(required = true, description = "Het id van het risico (niet zijn nummer R3).") Long risico,
        @Schema(required = true,
                description = "De versie van het risico die de review besprak; een verouderde geeft 409.")
        Long version,
        String maatregel,
        Risiconiveau kans,
        Risiconiveau impact,
        String reden,
        Risicostatus status) {
}
