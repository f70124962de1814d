package nl.regiebord.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Reads what the productenchecklist export shows; the workbook is written afterwards, outside the transaction. */
@ApplicationScoped
public class Productenexport {

    /** What the workbook shows of a plan. */
    public record Gegevens(String plannaam, LocalDate exportdatum, List<Productenchecklist.Themagroep> themas) {
    }

    @Inject
    Productenchecklist checklist;
    @Inject
    Clock klok;

    @Transactional
    public Gegevens gegevens(Long planId) {
        Plan plan = Plannen.vind(planId);
        return new Gegevens(plan.naam, LocalDate.now(klok), checklist.perThema(planId));
    }
}
