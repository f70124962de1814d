package nl.regiebord.actie;

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

/** Reads what the Bijlage 1 export shows of a plan; the workbook is written afterwards, outside the transaction. */
@ApplicationScoped
@Default
@Identifier("bijlage1.xlsx")
public class Bijlage1Export implements Werkmapdownload {

    @Inject
    ActieWeergave weergave;
    @Inject
    Voortgangsberekening voortgang;

    @Transactional
    public Bijlage1 gegevens(Long planId, Stappenkeuze stappen) {
        Plan plan = Plannen.vind(planId);
        List<PlanActie> acties = weergave.acties(plan);
        LocalDate vandaag = weergave.vandaag();
        return new Bijlage1(plan.naam, List.copyOf(plan.gemeenten), plan.isSamenwerkingsverband(),
                plan.inwerkingtreding, plan.modelversie, vandaag, voortgang.perThema(acties, vandaag),
                voortgang.totaal(acties, vandaag), weergave.alsJson(plan, acties), stappen);
    }

    @Override
    @Transactional
    public Werkmap lees(Long planId, String stappen) {
        return Werkmap.van(Downloadsoort.BIJLAGE1, gegevens(planId, Stappenkeuze.van(stappen)), Bijlage1Werkmap::schrijf);
    }
}
