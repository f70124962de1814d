package nl.regiebord.risico;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Reads what the risk workbook shows of a plan; the workbook is written afterwards, outside the transaction. */
@ApplicationScoped
public class RisicoExport {

    /** Everything the workbook shows; kwalificatie, matrix and next review are derived by the domain already. */
    public record Gegevens(String plannaam, LocalDate exportdatum, List<RisicoJson> register, MatrixJson nu,
                           MatrixJson rest) {
    }

    /** The workbook's headers, in their order. */
    static final List<String> KOPPEN = RisicoWerkmap.KOLOMMEN.stream().map(k -> k.titel()).toList();

    @Inject
    RisicoService risicos;
    @Inject
    Risicomatrix matrix;
    @Inject
    Clock klok;

    @Transactional
    public Gegevens gegevens(Long planId) {
        Plan plan = Plannen.vind(planId);
        List<Risicopositie> posities = matrix.nu(plan);
        return new Gegevens(plan.naam, LocalDate.now(klok), risicos.alsJson(plan, risicos.vanPlan(plan, false)),
                matrix.bouw(posities, false, null, null), matrix.bouw(posities, true, null, null));
    }
}
