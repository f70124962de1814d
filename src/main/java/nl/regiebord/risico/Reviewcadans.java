package nl.regiebord.risico;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;
import nl.regiebord.historie.Historie;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;

/** The review intervals of a plan: the defaults of {@link Reviewplanning} unless the plan set its own. */
@ApplicationScoped
public class Reviewcadans {

    static final int MAX_MAANDEN = 24;

    /** The cadence as the API shows it; version 0 while the plan uses the defaults. */
    public record CadansJson(int hoogMaanden, int middenMaanden, int laagMaanden, boolean standaard, long version) {
    }

    @Inject
    Clock klok;
    @Inject
    Historie historie;

    public Reviewplanning planning(Plan plan) {
        Risicocadans eigen = Risicocadans.findById(plan.id);
        LocalDate vandaag = LocalDate.now(klok);
        return eigen == null
                ? new Reviewplanning(Reviewplanning.HOOG, Reviewplanning.MIDDEN, Reviewplanning.LAAG, vandaag, klok.getZone())
                : new Reviewplanning(eigen.hoogMaanden, eigen.middenMaanden, eigen.laagMaanden, vandaag, klok.getZone());
    }

    @Transactional
    public CadansJson van(Long planId) {
        Plan plan = Plannen.vind(planId);
        return alsJson(Risicocadans.findById(plan.id));
    }

    @Transactional
    public CadansJson wijzig(Long planId, Invoer invoer) {
        Plan plan = Plannen.vind(planId);
        invoer.alleen(Set.of("hoogMaanden", "middenMaanden", "laagMaanden"), Set.of("standaard"));
        long versie = invoer.versie();
        Risicocadans huidig = Risicocadans.findById(plan.id);
        CadansJson oud = alsJson(huidig);
        int hoog = maanden(invoer, "hoogMaanden", oud.hoogMaanden());
        int midden = maanden(invoer, "middenMaanden", oud.middenMaanden());
        int laag = maanden(invoer, "laagMaanden", oud.laagMaanden());
        invoer.controleer();
        if (versie != oud.version()) {
            throw ApiFout.versieConflict(oud);
        }
        if (huidig == null) {
            huidig = new Risicocadans();
            huidig.planId = plan.id;
        }
        historie.leg(plan.id, Historie.PLAN, plan.id, "reviewcadans risico's",
                oud.hoogMaanden() + "/" + oud.middenMaanden() + "/" + oud.laagMaanden() + " maanden (hoog/midden/laag)",
                hoog + "/" + midden + "/" + laag + " maanden (hoog/midden/laag)", null);
        huidig.hoogMaanden = hoog;
        huidig.middenMaanden = midden;
        huidig.laagMaanden = laag;
        huidig.persist();
        huidig.flush();
        return alsJson(huidig);
    }

    private static int maanden(Invoer invoer, String veld, int huidig) {
        if (!invoer.heeft(veld)) {
            return huidig;
        }
        Long waarde = invoer.getal(veld, true);
        if (waarde != null && (waarde < 1 || waarde > MAX_MAANDEN)) {
            invoer.fout(veld, "moet van 1 tot en met " + MAX_MAANDEN + " maanden zijn");
        }
        return waarde == null ? huidig : waarde.intValue();
    }

    private static CadansJson alsJson(Risicocadans cadans) {
        return cadans == null
                ? new CadansJson(Reviewplanning.HOOG, Reviewplanning.MIDDEN, Reviewplanning.LAAG, true, 0)
                : new CadansJson(cadans.hoogMaanden, cadans.middenMaanden, cadans.laagMaanden, false, cadans.version + 1);
    }
}
