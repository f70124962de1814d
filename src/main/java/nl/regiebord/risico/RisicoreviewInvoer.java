package nl.regiebord.risico;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /api/plannen/{planId}/risicoreviews: a held review. Documents the fields for the OpenAPI
 * document only: the resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "Een gehouden risicoreview met de besluiten per risico.")
public record RisicoreviewInvoer(
        @Schema(required = true, description = "De dag van de review; niet in de toekomst.") LocalDate datum,
        @Schema(required = true, description = "Wie er waren: leden van het plan en gasten, elk ten hoogste 200 tekens.")
        List<String> aanwezigen,
        @Schema(description = "Wat de stuurgroep noteerde naast de besluiten; ten hoogste 4000 tekens.") String notitie,
        List<RisicoreviewBesluitInvoer> besluiten) {
}
