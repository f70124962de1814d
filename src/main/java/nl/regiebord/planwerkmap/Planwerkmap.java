package nl.regiebord.planwerkmap;

import nl.regiebord.actie.Bijlage1Werkmap;
import nl.regiebord.export.Opmaak;
import nl.regiebord.product.Productenblad;
import nl.regiebord.projectkaart.Kaartwerkmap;
import nl.regiebord.risico.Risicowerkmap;
import nl.regiebord.stakeholder.Stakeholderwerkmap;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The whole plan as one workbook, as a stuurgroep would have it handed out: the cover sheet with progress per
 * theme, the Bijlage 1 checklist, the productenchecklist, the projectkaarten, the risk register and matrix, the
 * stakeholder analysis, grid and contact plan, and one legend. Every part is written by the same code as its own
 * export, into one {@link Opmaak}, so styles and dropdown lists are shared and every list keeps its own name.
 *
 * <p>The two checklists come right after the cover: their sheets keep their names whatever a projectkaart is
 * called (a card's sheet is named after its title), so a filled-in plan workbook can be taken back by either import.
 */
public final class Planwerkmap {

    public static final String TITEL = "Plan van Aanpak Wet inburgering – het hele plan";

    private Planwerkmap() {
    }

    public static void schrijf(Workbook werkmap, Planinhoud plan) {
        Opmaak opmaak = Opmaak.van(werkmap);
        Bijlage1Werkmap.schrijf(opmaak, plan.bijlage1(), TITEL);
        Productenblad.schrijf(opmaak, plan.producten());
        Kaartwerkmap.schrijf(opmaak, plan.kaarten());
        Risicowerkmap.schrijf(opmaak, plan.risicos());
        Stakeholderwerkmap.schrijf(opmaak, plan.stakeholders());
        Legenda.schrijf(opmaak, plan.bijlage1().plannaam(), plan.bijlage1().exportdatum());
        opmaak.rondAf();
    }
}
