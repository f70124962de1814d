package nl.regiebord.actie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;
import nl.regiebord.api.Versieconflict;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.HistorieRegel;
import nl.regiebord.modelplan.Besluitorgaan;
import nl.regiebord.modelplan.Fase;
import nl.regiebord.modelplan.Modelinhoud;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Persoon;

/** The changes a projectleider makes to a plan's actions: status, owner, note, deadline, steps and decisions. */
@ApplicationScoped
@Transactional
public class ActieService {

    static final Set<String> SCHRIJFBAAR = Set.of("status", "verantwoordelijke", "verantwoordelijkeId",
            "toelichting", "deadline", "actie", "fase");
    static final Set<String> ALLEEN_LEZEN = Set.of("id", "thema", "themaNaam", "onderdeel", "onderdeelNaam", "start",
            "deadlineHandmatig", "modelDeadline", "modelDeadlineTekst", "teLaat", "eigen", "stappen", "besluitStand",
            "besluiten", "aandachtspunten", "herkomst");
    static final Set<String> NIEUW = Set.of("thema", "onderdeel", "fase", "actie", "deadline", "status",
            "verantwoordelijke", "verantwoordelijkeId", "toelichting");
    static final int MAX_ACTIE = 500;
    static final int MAX_NAAM = 200;

    @Inject
    ActieWeergave weergave;
    @Inject
    Besluitregel besluitregel;
    @Inject
    Historie historie;

    /** A plan's actions by theme key, then their order in the theme: the list to link actions from. */
    public List<PlanActie> vanPlan(Plan plan) {
        return PlanActie.list("plan = ?1 order by thema, volgorde, id", plan);
    }

    /** The actions of one theme of a plan, in their order. */
    public List<PlanActie> vanThema(Plan plan, String thema) {
        return PlanActie.list("plan = ?1 and thema = ?2 order by volgorde, id", plan, thema);
    }

    public PlanActie vind(Long planId, Long actieId) {
        return Plannen.vindIn(planId, PlanActie.class, actieId, a -> a.plan, "actie");
    }

    public ActieJson wijzig(Long planId, Long actieId, Invoer invoer) {
        return wijzig(planId, actieId, invoer, null);
    }

    /**
     * The same change, recorded in the history as coming through {@code bron} ("import") rather than typed by the
     * user; who made it is recorded either way.
     */
    public ActieJson wijzig(Long planId, Long actieId, Invoer invoer, String bron) {
        PlanActie actie = vind(planId, actieId);
        invoer.alleen(SCHRIJFBAAR, ALLEEN_LEZEN);
        long versie = invoer.versie();
        ActieStatus status = invoer.heeft("status") ? invoer.keuze("status", ActieStatus.class, true) : actie.status;
        Persoon persoon = Persoon.lees(invoer, "verantwoordelijke", "verantwoordelijkeId", planId,
                new Persoon(actie.verantwoordelijke, actie.verantwoordelijkeId), false, MAX_NAAM);
        String verantwoordelijke = persoon.naam();
        Long verantwoordelijkeId = persoon.id();
        String toelichting = invoer.heeft("toelichting")
                ? invoer.tekst("toelichting", false, PlanActie.MAX_TOELICHTING) : actie.toelichting;
        LocalDate handDeadline = invoer.heeft("deadline") ? invoer.datum("deadline", false) : actie.handDeadline;
        String tekst = actie.actie;
        Fase fase = actie.fase;
        if (invoer.heeft("actie") || invoer.heeft("fase")) {
            if (!actie.isEigen()) {
                if (invoer.heeft("actie")) {
                    invoer.fout("actie", "de tekst van een actie uit het model ligt vast; alleen eigen acties zijn te wijzigen");
                }
                if (invoer.heeft("fase")) {
                    invoer.fout("fase", "de fase van een actie uit het model ligt vast; alleen eigen acties zijn te wijzigen");
                }
            } else {
                tekst = invoer.heeft("actie") ? invoer.tekst("actie", true, MAX_ACTIE) : tekst;
                fase = invoer.heeft("fase") ? invoer.keuze("fase", Fase.class, true) : fase;
            }
        }
        invoer.controleer();
        if (versie != actie.version) {
            throw ApiFout.versieConflict(weergave.alsJson(actie));
        }
        if (fase != actie.fase) {
            if (actie.vraagtBesluitPerGemeente() || (fase == Fase.BESLUITVORMEND && actie.plan.isSamenwerkingsverband())) {
                throw ApiFout.regel("De fase van een actie die besluiten per gemeente heeft of krijgt, kan niet worden "
                        + "gewijzigd; maak een nieuwe eigen actie.");
            }
        }
        besluitregel.magStatusKrijgen(actie, status);

        Long id = actie.plan.id;
        historie.leg(id, Historie.ACTIE, actie.id, "status", actie.status, status, bron);
        actie.status = status;
        historie.leg(id, Historie.ACTIE, actie.id, "verantwoordelijke", actie.verantwoordelijke, verantwoordelijke, bron);
        actie.verantwoordelijke = verantwoordelijke;
        actie.verantwoordelijkeId = verantwoordelijkeId;
        historie.leg(id, Historie.ACTIE, actie.id, "toelichting", actie.toelichting, toelichting, bron);
        actie.toelichting = toelichting;
        LocalDate oudeDeadline = actie.deadline();
        actie.handDeadline = handDeadline;
        historie.leg(id, Historie.ACTIE, actie.id, "deadline", oudeDeadline, actie.deadline(),
                handDeadline == null && invoer.heeft("deadline") ? metBron(bron, "terug naar de datum van het model") : bron);
        historie.leg(id, Historie.ACTIE, actie.id, "actie", actie.actie, tekst, bron);
        actie.actie = tekst;
        historie.leg(id, Historie.ACTIE, actie.id, "fase", actie.fase, fase, bron);
        actie.fase = fase;
        besluitregel.volgBesluiten(actie);
        Versieconflict.schrijfOfWeiger(() -> weergave.alsJson(PlanActie.<PlanActie>findById(actieId)));
        return weergave.alsJson(actie);
    }

    private static String metBron(String bron, String toelichting) {
        return bron == null ? toelichting : bron + "; " + toelichting;
    }

    /** An own action made by another part of the plan, which it names ({@link ActieJson.Herkomst}). */
    public PlanActie voegToe(Long planId, Invoer invoer, ActieJson.Herkomst herkomst) {
        PlanActie actie = voegToe(planId, invoer);
        actie.herkomst = herkomst.tekst();
        actie.herkomstPad = herkomst.pad();
        return actie;
    }

    public PlanActie voegToe(Long planId, Invoer invoer) {
        Plan plan = Plannen.vind(planId);
        invoer.alleen(NIEUW, Invoer.metVersie(ALLEEN_LEZEN));
        String thema = invoer.tekst("thema", true, 40);
        Modelinhoud.Thema modelThema = null;
        if (thema != null) {
            modelThema = weergave.model().thema(thema).orElse(null);
            if (modelThema == null) {
                invoer.fout("thema", "'" + thema + "' is geen thema van het model", weergave.model().themaSleutels());
            }
        }
        String onderdeel = invoer.tekst("onderdeel", false, 40);
        if (onderdeel != null && modelThema != null && modelThema.onderdeel(onderdeel).isEmpty()) {
            List<String> toegestaan = modelThema.onderdelen().stream().map(Modelinhoud.Onderdeel::sleutel)
                    .filter(java.util.Objects::nonNull).toList();
            invoer.fout("onderdeel", toegestaan.isEmpty() ? "thema " + thema + " heeft geen onderdelen"
                    : "'" + onderdeel + "' is geen onderdeel van thema " + thema, toegestaan.isEmpty() ? null : toegestaan);
        }
        Fase fase = invoer.keuze("fase", Fase.class, true);
        String tekst = invoer.tekst("actie", true, MAX_ACTIE);
        LocalDate deadline = invoer.datum("deadline", false);
        ActieStatus status = invoer.keuze("status", ActieStatus.class, false);
        Persoon persoon = Persoon.lees(invoer, "verantwoordelijke", "verantwoordelijkeId", plan.id, Persoon.NIEMAND,
                false, MAX_NAAM);
        String verantwoordelijke = persoon.naam();
        Long verantwoordelijkeId = persoon.id();
        String toelichting = invoer.tekst("toelichting", false, PlanActie.MAX_TOELICHTING);
        invoer.controleer();

        PlanActie actie = new PlanActie();
        actie.plan = plan;
        actie.thema = thema;
        actie.onderdeel = onderdeel;
        Integer laatste = PlanActie.laatsteVolgorde(plan, thema);
        actie.volgorde = (laatste == null ? 0 : laatste) + 1;
        actie.fase = fase;
        actie.actie = tekst;
        actie.handDeadline = deadline;
        actie.status = status == null ? ActieStatus.OPEN : status;
        actie.verantwoordelijke = verantwoordelijke;
        actie.verantwoordelijkeId = verantwoordelijkeId;
        actie.toelichting = toelichting;
        actie.plan(plan.inwerkingtreding);
        besluitregel.magNieuwBeginnenAls(actie, actie.status);
        actie.persist();
        besluitregel.maakBesluiten(actie, plan.gemeenten);
        historie.leg(plan.id, Historie.ACTIE, actie.id, "actie", null, "eigen actie toegevoegd: " + tekst, null);
        actie.flush();
        return actie;
    }

    public ActieJson vinkStap(Long planId, Long actieId, Long stapId, Invoer invoer) {
        PlanActie actie = vind(planId, actieId);
        PlanStap stap = stapId == null ? null : PlanStap.findById(stapId);
        if (stap == null || !stap.actie.id.equals(actie.id)) {
            throw ApiFout.nietGevonden("Actie " + actieId + " heeft geen stap met nummer " + stapId + ".");
        }
        invoer.alleen(Set.of("afgevinkt"), Set.of("id", "volgorde", "kop", "tekst", "punten"));
        long versie = invoer.versie();
        Boolean afgevinkt = invoer.waarheid("afgevinkt", true);
        afgevinkt = afgevinkt != null && afgevinkt;
        invoer.controleer();
        if (versie != stap.version) {
            throw ApiFout.versieConflict(ActieJson.StapJson.van(stap));
        }
        historie.leg(actie.plan.id, Historie.ACTIE, actie.id, stap.naam() + " afgevinkt", stap.afgevinkt, afgevinkt, null);
        stap.afgevinkt = afgevinkt;
        Versieconflict.schrijfOfWeiger(() -> ActieJson.StapJson.van(PlanStap.<PlanStap>findById(stapId)));
        return weergave.alsJson(actie);
    }

    public List<ActieJson.BesluitJson> besluiten(Long planId, Long actieId) {
        PlanActie actie = vind(planId, actieId);
        return Besluit.vanActie(actie).stream()
                .map(ActieJson.BesluitJson::van).toList();
    }

    public ActieJson wijzigBesluit(Long planId, Long actieId, Long besluitId, Invoer invoer) {
        PlanActie actie = vind(planId, actieId);
        // two gemeenten recording the last decisions at once must not both see the other's as still open
        PlanActie.getEntityManager().lock(actie, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        Besluit besluit = besluitId == null ? null : Besluit.findById(besluitId);
        if (besluit == null || !besluit.actie.id.equals(actie.id) || !actie.vraagtBesluitPerGemeente()) {
            throw ApiFout.nietGevonden("Actie " + actieId + " heeft geen besluit met nummer " + besluitId + ".");
        }
        invoer.alleen(Set.of("status", "datum", "orgaan", "toelichting"), Set.of("id", "gemeente"));
        long versie = invoer.versie();
        BesluitStatus status = invoer.heeft("status") ? invoer.keuze("status", BesluitStatus.class, true) : besluit.status;
        LocalDate datum = invoer.heeft("datum") ? invoer.datum("datum", false) : besluit.datum;
        Besluitorgaan orgaan = invoer.heeft("orgaan") ? invoer.keuze("orgaan", Besluitorgaan.class, false) : besluit.orgaan;
        String toelichting = invoer.heeft("toelichting")
                ? invoer.tekst("toelichting", false, Besluit.MAX_TOELICHTING) : besluit.toelichting;
        invoer.controleer();
        if (versie != besluit.version) {
            throw ApiFout.versieConflict(ActieJson.BesluitJson.van(besluit));
        }
        Long id = actie.plan.id;
        String wie = "besluit " + besluit.gemeente;
        historie.leg(id, Historie.ACTIE, actie.id, wie + ": status", besluit.status, status, null);
        besluit.status = status;
        historie.leg(id, Historie.ACTIE, actie.id, wie + ": datum", besluit.datum, datum, null);
        besluit.datum = datum;
        historie.leg(id, Historie.ACTIE, actie.id, wie + ": orgaan", besluit.orgaan, orgaan, null);
        besluit.orgaan = orgaan;
        historie.leg(id, Historie.ACTIE, actie.id, wie + ": toelichting", besluit.toelichting, toelichting, null);
        besluit.toelichting = toelichting;
        besluit.flush();
        besluitregel.volgBesluiten(actie);
        Versieconflict.schrijfOfWeiger(() -> ActieJson.BesluitJson.van(Besluit.<Besluit>findById(besluitId)));
        return weergave.alsJson(actie);
    }

    public List<HistorieRegel> historie(Long planId, Long actieId, int limiet) {
        PlanActie actie = vind(planId, actieId);
        return historie.van(Historie.ACTIE, actie.id, limiet);
    }

}
