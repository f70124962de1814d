package nl.regiebord.stakeholder;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import nl.regiebord.export.Downloadsoort;
import nl.regiebord.export.Werkmapdownload;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;

/** Gathers what the stakeholder workbook shows, inside a transaction, before the workbook is streamed. */
@ApplicationScoped
@Default
@Identifier("stakeholders.xlsx")
public class Stakeholderexport implements Werkmapdownload {

    /** Everything the workbook needs; the domain has already derived quadrant and due dates. */
    public record Gegevens(String plannaam, LocalDate exportdatum, List<StakeholderJson> stakeholders,
                           StakeholdermatrixJson matrix, List<StakeholderJson> contactplan) implements Inhoud {
    }

    @Inject
    StakeholderService stakeholders;
    @Inject
    Stakeholdermatrix matrix;
    @Inject
    Contactplanning planning;

    @Transactional
    public Gegevens gegevens(Long planId) {
        Plan plan = Plannen.vind(planId);
        List<StakeholderJson> alle = stakeholders.alsJson(plan, stakeholders.vanPlan(plan, false));
        return new Gegevens(plan.naam, planning.vandaag(), alle, matrix.bouw(matrix.nu(plan), null, null, null),
                alle.stream().sorted(Contactplanning.VOLGORDE).toList());
    }

    @Override
    @Transactional
    public Werkmap lees(Long planId, String stappen) {
        return Werkmap.van(Downloadsoort.STAKEHOLDERS, gegevens(planId), Stakeholderwerkmap::schrijf);
    }
}
