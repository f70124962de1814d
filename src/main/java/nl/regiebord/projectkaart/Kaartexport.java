package nl.regiebord.projectkaart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;

import java.time.LocalDate;
import java.util.List;

/** Reads what the projectkaarten export shows of a plan; the workbook is written afterwards, outside the transaction. */
@ApplicationScoped
public class Kaartexport {

    /** Everything the workbook shows. */
    public record Gegevens(String plannaam, LocalDate exportdatum, List<Kaartoverzicht.Thema> themas,
                           List<KaartJson> kaarten) {
    }

    @Inject
    ProjectkaartService kaarten;
    @Inject
    Kaartoverzicht overzicht;

    @Transactional
    public Gegevens gegevens(Long planId) {
        Plan plan = Plannen.vind(planId);
        List<KaartJson> alle = kaarten.alsJson(plan, false);
        return new Gegevens(plan.naam, kaarten.vandaag(), overzicht.van(alle), alle);
    }
}
