package nl.regiebord.planwerkmap;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.regiebord.actie.Bijlage1Export;
import nl.regiebord.actie.Stappenkeuze;
import nl.regiebord.export.Downloadsoort;
import nl.regiebord.export.Werkmapdownload;
import nl.regiebord.product.Productenexport;
import nl.regiebord.projectkaart.Kaartexport;
import nl.regiebord.risico.Risicoexport;
import nl.regiebord.stakeholder.Stakeholderexport;

/**
 * Reads the whole plan for its workbook through each part's own export, in one transaction so the parts agree
 * with each other; the workbook is written afterwards, outside it.
 */
@ApplicationScoped
@Default
@Identifier("plan.xlsx")
public class PlanExport implements Werkmapdownload {

    @Inject
    Bijlage1Export bijlage1;
    @Inject
    Productenexport producten;
    @Inject
    Kaartexport kaarten;
    @Inject
    Risicoexport risicos;
    @Inject
    Stakeholderexport stakeholders;

    @Transactional
    public Planinhoud gegevens(Long planId, Stappenkeuze stappen) {
        return new Planinhoud(bijlage1.gegevens(planId, stappen), producten.gegevens(planId), kaarten.gegevens(planId),
                risicos.gegevens(planId), stakeholders.gegevens(planId));
    }

    @Override
    @Transactional
    public Werkmap lees(Long planId, String stappen) {
        return Werkmap.van(Downloadsoort.PLAN, gegevens(planId, Stappenkeuze.van(stappen)), Planwerkmap::schrijf);
    }
}
