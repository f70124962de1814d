package nl.regiebord.projectkaart;

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

/** Reads what the projectkaarten export shows of a plan; the workbook is written afterwards, outside the transaction. */
@ApplicationScoped
@Default
@Identifier("projectkaarten.xlsx")
public class Kaartexport implements Werkmapdownload {

    /** Everything the workbook shows. */
    public record Gegevens(String plannaam, LocalDate exportdatum, List<Kaartoverzicht.Thema> themas,
                           List<KaartJson> kaarten) implements Inhoud {
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

    @Override
    @Transactional
    public Werkmap lees(Long planId, String stappen) {
        return Werkmap.van(Downloadsoort.PROJECTKAARTEN, gegevens(planId), Kaartwerkmap::schrijf);
    }
}
