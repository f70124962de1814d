package nl.regiebord.actie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.regiebord.modelplan.Modelcatalogus;
import nl.regiebord.modelplan.Modelinhoud;
import nl.regiebord.plan.Plan;

/** Instantiates every action of the model, with its steps and decisions, in a new plan. */
@ApplicationScoped
public class ActiesUitModel {

    @Inject
    Modelcatalogus catalogus;
    @Inject
    Besluitregel besluitregel;

    /** @param modelstatusOvernemen start the actions the model marks "afgerond" as afgerond */
    public void maakVoor(Plan plan, boolean modelstatusOvernemen) {
        for (Modelinhoud.Thema thema : catalogus.inhoud().themas()) {
            int volgorde = 0;
            for (Modelinhoud.Onderdeel onderdeel : thema.onderdelen()) {
                for (Modelinhoud.Actie model : onderdeel.acties()) {
                    PlanActie actie = new PlanActie();
                    actie.plan = plan;
                    actie.modelSleutel = model.sleutel();
                    actie.thema = thema.sleutel();
                    actie.onderdeel = onderdeel.sleutel();
                    actie.volgorde = ++volgorde;
                    actie.fase = model.fase();
                    actie.actie = model.actie();
                    actie.modelDeadlineTekst = model.deadlineTekst();
                    actie.startMaanden = model.startMaanden();
                    actie.deadlineMaanden = model.deadlineMaanden();
                    actie.besluitorgaan = model.besluitorgaan();
                    actie.status = modelstatusOvernemen && model.modelAfgerond() ? ActieStatus.AFGEROND : ActieStatus.OPEN;
                    actie.plan(plan.inwerkingtreding);
                    actie.persist();
                    int stapVolgorde = 0;
                    for (Modelinhoud.Stap modelStap : model.stappen()) {
                        PlanStap stap = new PlanStap();
                        stap.actie = actie;
                        stap.volgorde = ++stapVolgorde;
                        stap.kop = modelStap.kop();
                        stap.tekst = modelStap.tekst();
                        stap.punten = String.join("\n", modelStap.punten());
                        stap.afgevinkt = false;
                        stap.persist();
                    }
                    besluitregel.maakBesluiten(actie, plan.gemeenten);
                }
            }
        }
    }
}
