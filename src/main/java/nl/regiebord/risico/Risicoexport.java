package nl.regiebord.risico;

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

/** Reads what the risk workbook shows of a plan; the workbook is written afterwards, outside the transaction. */
@ApplicationScoped
@Default
@Identifier("risicos.xlsx")
public class Risicoexport implements Werkmapdownload {

    /** Everything the workbook shows; kwalificatie, matrix and next review are derived by the domain already. */
    public record Gegevens(String plannaam, LocalDate exportdatum, List<RisicoJson> register, RisicomatrixJson nu,
                           RisicomatrixJson rest) implements Inhoud {
    }

    /** The workbook's headers, in their order. */
    static final List<String> KOPPEN = Risicowerkmap.KOLOMMEN.stream().map(k -> k.titel()).toList();

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

    @Override
    @Transactional
    public Werkmap lees(Long planId, String stappen) {
        return Werkmap.van(Downloadsoort.RISICOREGISTER, gegevens(planId), Risicowerkmap::schrijf);
    }
}
