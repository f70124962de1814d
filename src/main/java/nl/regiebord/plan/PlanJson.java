package nl.regiebord.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A plan as the API shows it; after a PATCH it also lists the deadlines that moved. */
public record PlanJson(Long id, String naam, List<String> gemeenten, boolean samenwerkingsverband,
                       LocalDate inwerkingtreding, Uitvoering uitvoering, String modelversie, Instant aangemaakt,
                       long version, @JsonInclude(JsonInclude.Include.NON_NULL) List<Verplaatst> verplaatst) {

    public static PlanJson van(Plan plan) {
        return van(plan, null);
    }

    public static PlanJson van(Plan plan, List<Verplaatst> verplaatst) {
        return new PlanJson(plan.id, plan.naam, List.copyOf(plan.gemeenten), plan.isSamenwerkingsverband(),
                plan.inwerkingtreding, plan.uitvoering, plan.modelversie, plan.aangemaakt, plan.version, verplaatst);
    }

    /** An action whose deadline moved with a new inwerkingtreding. */
    public record Verplaatst(Long id, String actie, String thema, LocalDate oud, LocalDate nieuw) {
    }
}
