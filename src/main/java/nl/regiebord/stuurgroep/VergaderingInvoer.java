package nl.regiebord.stuurgroep;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /api/plannen/{planId}/vergaderingen. Documents the fields for the OpenAPI document only: the
 * service reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "Een gehouden stuurgroepvergadering met haar besluiten en actiepunten.")
public record VergaderingInvoer(
        @Schema(required = true, description = "De dag van de vergadering; niet in de toekomst.") LocalDate datum,
        @Schema(required = true, description = "Wie er waren: leden van het plan en gasten, elk ten hoogste 200 tekens.")
        List<String> aanwezigen,
        @Schema(description = "De besluiten van de stuurgroep, elk ten hoogste 1000 tekens, samen ten hoogste 8000.")
        List<String> besluiten,
        @Schema(description = "Ten hoogste 4000 tekens.") String notitie,
        @Schema(description = "De dag waar het bevroren overzicht vanaf telt; standaard de vorige vergadering of review.")
        LocalDate sinds,
        @Schema(description = "Id van de risicoreview in deze vergadering; standaard de review van dezelfde dag.")
        Long review,
        @Schema(description = "Ten hoogste 30; elk wordt een eigen actie van het plan.") List<ActiepuntInvoer> actiepunten) {

    @Schema(description = "Een actiepunt: een eigen actie met een verantwoordelijke en een deadline.")
    public record ActiepuntInvoer(
            @Schema(required = true, description = "Wat er moet gebeuren; ten hoogste 500 tekens.") String actie,
            @Schema(required = true, description = "Thema van het model, bijvoorbeeld inkoop.") String thema,
            @Schema(description = "Standaard 'uitvoerende fase'.") String fase,
            @Schema(description = "Naam van de verantwoordelijke; deze of verantwoordelijkeId is verplicht.")
            String verantwoordelijke,
            @Schema(description = "Id van een lid van het plan als verantwoordelijke.") Long verantwoordelijkeId,
            @Schema(required = true) LocalDate deadline) {
    }
}
