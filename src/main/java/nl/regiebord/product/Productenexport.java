package nl.regiebord.product;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.regiebord.export.Downloadsoort;
import nl.regiebord.export.Werkmapdownload;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;

/** Reads what the productenchecklist export shows; the workbook is written afterwards, outside the transaction. */
@ApplicationScoped
@Default
@Identifier("producten.xlsx")
public class Productenexport implements Werkmapdownload {

    /** What the workbook shows of a plan. */
    public record Gegevens(String plannaam, LocalDate exportdatum, List<Productenchecklist.Themagroep> themas)
            implements Inhoud {
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

    @Override
    @Transactional
    public Werkmap lees(Long planId, String stappen) {
        return Werkmap.van(Downloadsoort.PRODUCTEN, gegevens(planId), Productenblad::schrijf);
    }
}
