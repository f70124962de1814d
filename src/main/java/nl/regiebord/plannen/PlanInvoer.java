package nl.regiebord.plannen;

import java.time.LocalDate;
import java.util.List;
import nl.regiebord.plan.Uitvoering;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /api/plannen: a new plan from the model. Documents the fields for the OpenAPI document only:
 * the resource reads the body field by field with {@link nl.regiebord.api.Invoer}.
 */
@Schema(description = "Een nieuw plan uit het model.")
public record PlanInvoer(
        @Schema(required = true) String naam,
        @Schema(required = true, description = "De gemeenten van het plan; meer dan één: een samenwerkingsverband.")
        List<String> gemeenten,
        @Schema(required = true, description = "De datum waarop de wet in werking treedt; de deadlines volgen daaruit.")
        LocalDate inwerkingtreding,
        Uitvoering uitvoering,
        @Schema(description = "true: acties die het model als afgerond noemt, beginnen als afgerond.")
        Boolean modelstatusOvernemen,
        @Schema(description = "De gebruiker die projectmanager wordt; zonder: wie het plan maakt.")
        Long projectmanagerId) {
}
