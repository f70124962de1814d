package nl.regiebord.actie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.regiebord.api.ApiFout;
import nl.regiebord.historie.Historie;
import nl.regiebord.modelplan.Besluitorgaan;

/**
 * The rule of decisions per gemeente: in a samenwerkingsverband an action of the besluitvormende fase is
 * afgerond only when every gemeente has decided. Recording the last decision completes the action; a decision
 * taken back re-opens it ("bezig"); the first step on the way (geagendeerd, besloten) moves an open action to
 * "bezig".
 */
@ApplicationScoped
public class Besluitregel {

    public static final String BRON = "besluiten per gemeente";

    @Inject
    Historie historie;

    /** How far the gemeenten are: "2 van 3 gemeenten". */
    public record Stand(int besloten, int totaal, List<String> nogOpen) {

        public String tekst() {
            return besloten + " van " + totaal + " gemeenten";
        }

        public boolean compleet() {
            return besloten == totaal;
        }
    }

    public static Stand stand(List<Besluit> besluiten) {
        int besloten = (int) besluiten.stream().filter(Besluit::isGenomen).count();
        List<String> nogOpen = besluiten.stream().filter(b -> !b.isGenomen()).map(b -> b.gemeente).toList();
        return new Stand(besloten, besluiten.size(), nogOpen);
    }

    /**
     * The status a person may give an action with decisions per gemeente: "afgerond" only when every gemeente
     * has decided, and once they all have, nothing but "afgerond" (or "nvt"). Other actions take any status.
     */
    public void magStatusKrijgen(PlanActie actie, ActieStatus nieuw) {
        if (!actie.vraagtBesluitPerGemeente() || nieuw == ActieStatus.NVT || nieuw == actie.status) {
            return;
        }
        Stand stand = stand(Besluit.vanActie(actie));
        if (nieuw == ActieStatus.AFGEROND && !stand.compleet()) {
            throw ApiFout.regel("Deze actie kan pas afgerond worden als elke gemeente heeft besloten; nu "
                    + stand.tekst() + ". Nog open: " + String.join(", ", stand.nogOpen()) + ".");
        }
        if (nieuw != ActieStatus.AFGEROND && stand.compleet()) {
            throw ApiFout.regel("Elke gemeente heeft over deze actie besloten (" + stand.tekst() + "), dus zij is "
                    + "afgerond. Zet eerst een besluit terug als de actie weer open moet.");
        }
    }

    /** A new action that needs decisions per gemeente starts without them, so it cannot start as afgerond. */
    public void magNieuwBeginnenAls(PlanActie actie, ActieStatus status) {
        if (actie.vraagtBesluitPerGemeente() && status == ActieStatus.AFGEROND) {
            throw ApiFout.regel("Een actie in de besluitvormende fase is pas afgerond als elke gemeente heeft "
                    + "besloten; voeg haar toe als open of bezig en leg daarna de besluiten vast.");
        }
    }

    /** The decisions of a new action: one per gemeente, already taken when the action starts as afgerond. */
    public void maakBesluiten(PlanActie actie, List<String> gemeenten) {
        if (!actie.vraagtBesluitPerGemeente()) {
            return;
        }
        int volgorde = 0;
        for (String gemeente : gemeenten) {
            nieuwBesluit(actie, gemeente, ++volgorde,
                    actie.status == ActieStatus.AFGEROND ? BesluitStatus.BESLOTEN : BesluitStatus.OPEN);
        }
    }

    /**
     * After the plan's gemeenten changed: a gemeente that joined gets an open decision (a plan that was one
     * gemeente keeps that gemeente's finished work as decided); one that left loses its untouched decision.
     *
     * @throws ApiFout 422 when a gemeente that leaves has already recorded something on a decision
     */
    public void gemeentenGewijzigd(PlanActie actie, List<String> vorige, List<String> nieuwe) {
        if (actie.fase != nl.regiebord.modelplan.Fase.BESLUITVORMEND) {
            return;
        }
        List<Besluit> bestaand = Besluit.alleVanActie(actie);
        for (Besluit besluit : bestaand) {
            if (!nieuwe.contains(besluit.gemeente)) {
                if (!besluit.isOnaangeroerd()) {
                    throw ApiFout.regel("Gemeente " + besluit.gemeente + " kan niet uit het plan: zij heeft al een "
                            + "besluit vastgelegd bij '" + actie.actie + "'.");
                }
                besluit.delete();
            }
        }
        if (!actie.vraagtBesluitPerGemeente()) {
            return;
        }
        int volgorde = 0;
        for (String gemeente : nieuwe) {
            volgorde++;
            Besluit besluit = bestaand.stream().filter(b -> b.gemeente.equals(gemeente)).findFirst().orElse(null);
            if (besluit == null) {
                boolean wasAlleenEnKlaar = vorige.size() == 1 && vorige.contains(gemeente)
                        && actie.status == ActieStatus.AFGEROND;
                nieuwBesluit(actie, gemeente, volgorde, wasAlleenEnKlaar ? BesluitStatus.BESLOTEN : BesluitStatus.OPEN);
            } else {
                besluit.volgorde = volgorde;
            }
        }
        volgBesluiten(actie);
    }

    private void nieuwBesluit(PlanActie actie, String gemeente, int volgorde, BesluitStatus status) {
        Besluit besluit = new Besluit();
        besluit.actie = actie;
        besluit.gemeente = gemeente;
        besluit.volgorde = volgorde;
        besluit.status = status;
        besluit.orgaan = standaardOrgaan(actie.besluitorgaan);
        besluit.persist();
    }

    /** After a decision changed, a gemeente joined, or the action came back from nvt: its status follows the decisions. */
    public void volgBesluiten(PlanActie actie) {
        if (!actie.vraagtBesluitPerGemeente() || actie.status == ActieStatus.NVT) {
            return;
        }
        List<Besluit> besluiten = Besluit.vanActie(actie);
        Stand stand = stand(besluiten);
        ActieStatus nieuw = actie.status;
        if (stand.compleet()) {
            nieuw = ActieStatus.AFGEROND;
        } else if (actie.status == ActieStatus.AFGEROND
                || (actie.status == ActieStatus.OPEN && besluiten.stream().anyMatch(b -> b.status != BesluitStatus.OPEN))) {
            nieuw = ActieStatus.BEZIG;
        }
        if (nieuw != actie.status) {
            historie.leg(actie.plan.id, Historie.ACTIE, actie.id, "status", actie.status, nieuw, BRON);
            actie.status = nieuw;
        }
    }

    private static Besluitorgaan standaardOrgaan(String modelOrgaan) {
        if ("college".equals(modelOrgaan)) {
            return Besluitorgaan.COLLEGE;
        }
        if ("raad".equals(modelOrgaan)) {
            return Besluitorgaan.RAAD;
        }
        return null;
    }
}
