package nl.regiebord.risico;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.HistorieRegel;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.register.Prullenbak;
import nl.regiebord.toegang.Persoon;

/** The changes the project group makes to a plan's risk register: raise, score, change, cluster, delete. */
@ApplicationScoped
@Transactional
public class RisicoService {

    /** Ch. 4, step 2: each deelnemer formulates at most 5 risks. */
    public static final int MAXIMUM_PER_DEELNEMER = 5;
    static final int MAX_NAAM = 200;
    static final Set<String> SCHRIJFBAAR = Set.of("categorie", "omschrijving", "maatregel", "kans", "impact",
            "restKans", "restImpact", "status", "eigenaar", "eigenaarId", "ingebrachtDoor", "ingebrachtDoorId");
    static final Set<String> ALLEEN_LEZEN = Set.of("id", "nummer", "voorbeeldnummer", "score", "kwalificatie", "kleur", "restScore",
            "restKwalificatie", "restKleur", "voorbeeld", "clusterIn", "clusterInNummer", "geclusterd", "inMatrix", "verwijderd",
            "laatsteReview", "volgendeReview", "reviewTeLaat");

    @Inject
    Historie historie;
    @Inject
    Risicostanden standen;
    @Inject
    Reviewcadans cadans;
    @Inject
    Clock klok;
    @Inject
    Risicovoorbeelden voorbeelden;
    @Inject
    Prullenbak prullenbak;

    public Risico vind(Long planId, Long risicoId) {
        return Plannen.vindIn(planId, Risico.class, risicoId, r -> r.plan, "risico");
    }

    public List<Risico> vanPlan(Plan plan, boolean verwijderd) {
        return Risico.vanPlan(plan, verwijderd);
    }

    public List<RisicoJson> alsJson(Plan plan, List<Risico> risicos) {
        Map<Long, List<Long>> clusters = Risico.geclusterdIn(plan).stream()
                .collect(Collectors.groupingBy(r -> r.clusterIn, Collectors.mapping(r -> r.id, Collectors.toList())));
        Reviewplanning planning = cadans.planning(plan);
        Map<Long, String> clusternummers = Risico.nummers(risicos.stream().map(r -> r.clusterIn)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        return risicos.stream().map(r -> RisicoJson.van(r, r.clusterIn == null ? null : clusternummers.get(r.clusterIn),
                clusters.getOrDefault(r.id, List.of()), planning)).toList();
    }

    public RisicoJson alsJson(Risico risico) {
        return alsJson(risico.plan, List.of(risico)).get(0);
    }

    public Risico voegToe(Long planId, Invoer invoer) {
        Plan plan = Plannen.vind(planId);
        invoer.alleen(SCHRIJFBAAR, Invoer.metVersie(ALLEEN_LEZEN));
        Risico r = new Risico();
        r.plan = plan;
        r.categorie = invoer.keuze("categorie", Categorie.class, true);
        r.omschrijving = invoer.tekst("omschrijving", true, Risico.MAX_OMSCHRIJVING);
        r.maatregel = invoer.tekst("maatregel", false, Risico.MAX_MAATREGEL);
        r.kans = invoer.keuze("kans", Risiconiveau.class, false);
        r.impact = invoer.keuze("impact", Risiconiveau.class, false);
        r.restKans = invoer.keuze("restKans", Risiconiveau.class, false);
        r.restImpact = invoer.keuze("restImpact", Risiconiveau.class, false);
        Risicostatus status = invoer.keuze("status", Risicostatus.class, false);
        r.status = status == null ? Risicostatus.OPEN : status;
        Persoon eigenaar = Persoon.lees(invoer, "eigenaar", "eigenaarId", plan.id, Persoon.NIEMAND, false, MAX_NAAM);
        r.eigenaar = eigenaar.naam();
        r.eigenaarId = eigenaar.id();
        Persoon deelnemer = Persoon.lees(invoer, "ingebrachtDoor", "ingebrachtDoorId", plan.id, Persoon.NIEMAND, true,
                MAX_NAAM);
        r.ingebrachtDoor = deelnemer.naam();
        r.ingebrachtDoorId = deelnemer.id();
        invoer.controleer();
        controleerMaximum(plan, r.ingebrachtDoor, null);
        r.volgnummer = Risico.volgendNummer(plan);
        r.aangemaakt = Instant.now(klok);
        r.inMatrixSinds = r.inMatrix() ? java.time.LocalDate.now(klok) : null;
        r.persist();
        historie.leg(plan.id, Historie.RISICO, r.id, "risico", null, "ingebracht: " + r.omschrijving, null);
        // the first scoring is in the history too, so every score a risk ever had can be traced
        legScores(r, null, null, null, null, null);
        standen.leg(r);
        r.flush();
        return r;
    }

    /**
     * Ch. 4 / Tabel 6: the model's example risks as unscored starting points. They are raised by nobody, so they
     * count for no deelnemer, and stay out of the matrix until kans and impact are scored. Once per plan.
     */
    public List<Risico> voegVoorbeeldenToe(Long planId) {
        Plan plan = Plannen.vind(planId);
        if (Risico.heeftVoorbeelden(plan)) {
            throw ApiFout.regel("De voorbeelden uit Tabel 6 staan al in dit plan.");
        }
        neemNummers(plan);
        List<Risico> toegevoegd = new java.util.ArrayList<>();
        int volgnummer = Risico.volgendNummer(plan);
        for (Risicovoorbeelden.Voorbeeld v : voorbeelden.alle()) {
            Risico r = new Risico();
            r.plan = plan;
            r.voorbeeld = true;
            r.volgnummer = volgnummer++;
            r.categorie = v.categorie();
            r.voorbeeldnummer = v.nummer();
            r.omschrijving = v.omschrijving();
            r.maatregel = v.maatregel();
            r.aangemaakt = Instant.now(klok);
            r.persist();
            historie.leg(plan.id, Historie.RISICO, r.id, "risico", null, "voorbeeld uit Tabel 6: " + r.omschrijving,
                    "voorbeelden");
            standen.leg(r);
            toegevoegd.add(r);
        }
        Risico.flush();
        return toegevoegd;
    }

    public RisicoJson wijzig(Long planId, Long risicoId, Invoer invoer) {
        Risico r = vind(planId, risicoId);
        invoer.alleen(SCHRIJFBAAR, ALLEEN_LEZEN);
        long versie = invoer.versie();
        Categorie categorie = invoer.heeft("categorie") ? invoer.keuze("categorie", Categorie.class, true) : r.categorie;
        String omschrijving = invoer.heeft("omschrijving")
                ? invoer.tekst("omschrijving", true, Risico.MAX_OMSCHRIJVING) : r.omschrijving;
        String maatregel = invoer.heeft("maatregel") ? invoer.tekst("maatregel", false, Risico.MAX_MAATREGEL) : r.maatregel;
        Risiconiveau kans = invoer.heeft("kans") ? invoer.keuze("kans", Risiconiveau.class, false) : r.kans;
        Risiconiveau impact = invoer.heeft("impact") ? invoer.keuze("impact", Risiconiveau.class, false) : r.impact;
        Risiconiveau restKans = invoer.heeft("restKans") ? invoer.keuze("restKans", Risiconiveau.class, false) : r.restKans;
        Risiconiveau restImpact = invoer.heeft("restImpact") ? invoer.keuze("restImpact", Risiconiveau.class, false) : r.restImpact;
        Risicostatus status = invoer.heeft("status") ? invoer.keuze("status", Risicostatus.class, true) : r.status;
        Persoon eigenaarPersoon = Persoon.lees(invoer, "eigenaar", "eigenaarId", r.plan.id,
                new Persoon(r.eigenaar, r.eigenaarId), false, MAX_NAAM);
        String eigenaar = eigenaarPersoon.naam();
        Long eigenaarId = eigenaarPersoon.id();
        // an example of Tabel 6 may stay without a deelnemer; a raised risk keeps one
        Persoon deelnemer = Persoon.lees(invoer, "ingebrachtDoor", "ingebrachtDoorId", r.plan.id,
                new Persoon(r.ingebrachtDoor, r.ingebrachtDoorId), !r.voorbeeld, MAX_NAAM);
        String ingebrachtDoor = deelnemer.naam();
        Long ingebrachtDoorId = deelnemer.id();
        invoer.controleer();
        if (versie != r.version) {
            throw ApiFout.versieConflict(alsJson(r));
        }
        if (r.verwijderd) {
            throw ApiFout.regel("Risico " + r.nummer() + " is verwijderd; herstel het eerst om het te wijzigen.");
        }
        if (ingebrachtDoor != null && !ingebrachtDoor.equalsIgnoreCase(r.ingebrachtDoor == null ? "" : r.ingebrachtDoor)) {
            controleerMaximum(r.plan, ingebrachtDoor, r.id);
        }
        wijzigScores(r, kans, impact, restKans, restImpact, null);
        Long plan = r.plan.id;
        historie.leg(plan, Historie.RISICO, r.id, "categorie", r.categorie, categorie, null);
        r.categorie = categorie;
        historie.leg(plan, Historie.RISICO, r.id, "omschrijving", r.omschrijving, omschrijving, null);
        r.omschrijving = omschrijving;
        historie.leg(plan, Historie.RISICO, r.id, "maatregel", r.maatregel, maatregel, null);
        r.maatregel = maatregel;
        historie.leg(plan, Historie.RISICO, r.id, "status", r.status, status, null);
        r.status = status;
        historie.leg(plan, Historie.RISICO, r.id, "eigenaar", r.eigenaar, eigenaar, null);
        r.eigenaar = eigenaar;
        r.eigenaarId = eigenaarId;
        historie.leg(plan, Historie.RISICO, r.id, "ingebracht door", r.ingebrachtDoor, ingebrachtDoor, null);
        r.ingebrachtDoor = ingebrachtDoor;
        r.ingebrachtDoorId = ingebrachtDoorId;
        standen.leg(r);
        Long id = r.id;
        nl.regiebord.api.Versieconflict.schrijfOfWeiger(() -> alsJson(Risico.<Risico>findById(id)));
        return alsJson(r);
    }

    /**
     * Changes kans, impact and the rest scores, each change in the history; {@code bron} says how it came about
     * (null: typed by a user, "review": decided by the stuurgroep).
     */
    void wijzigScores(Risico r, Risiconiveau kans, Risiconiveau impact, Risiconiveau restKans, Risiconiveau restImpact, String bron) {
        Risiconiveau oudeKans = r.kans, oudeImpact = r.impact, oudeRestKans = r.restKans, oudeRestImpact = r.restImpact;
        r.kans = kans;
        r.impact = impact;
        r.restKans = restKans;
        r.restImpact = restImpact;
        legScores(r, oudeKans, oudeImpact, oudeRestKans, oudeRestImpact, bron);
    }

    private void legScores(Risico r, Risiconiveau kans, Risiconiveau impact, Risiconiveau restKans, Risiconiveau restImpact, String bron) {
        Long plan = r.plan.id;
        historie.leg(plan, Historie.RISICO, r.id, "kans", kans, r.kans, bron);
        historie.leg(plan, Historie.RISICO, r.id, "impact", impact, r.impact, bron);
        historie.leg(plan, Historie.RISICO, r.id, "rest-kans", restKans, r.restKans, bron);
        historie.leg(plan, Historie.RISICO, r.id, "rest-impact", restImpact, r.restImpact, bron);
    }

    public void verwijder(Long planId, Long risicoId) {
        Risico r = vind(planId, risicoId);
        long leden = r.verwijderd ? 0 : Risico.aantalLeden(r);
        if (leden > 0) {
            throw ApiFout.regel("Risico " + r.nummer() + " is een cluster van " + leden
                    + " andere risico's. Haal die eerst uit het cluster.");
        }
        prullenbak.verwijder(Historie.RISICO, r, standen);
    }

    public RisicoJson herstel(Long planId, Long risicoId) {
        Risico r = vind(planId, risicoId);
        prullenbak.herstel(Historie.RISICO, r, standen, terug -> {
            if (terug.ingebrachtDoor != null) {
                controleerMaximum(terug.plan, terug.ingebrachtDoor, terug.id);
            }
        }, terug -> {
            Risico doel = terug.clusterIn == null ? null : Risico.findById(terug.clusterIn);
            if (doel != null && (doel.verwijderd || doel.clusterIn != null)) {
                // its cluster is gone or has itself been clustered since: the risk comes back on its own
                historie.leg(terug.plan.id, Historie.RISICO, terug.id, Risicohistorie.GECLUSTERD_IN, terug.clusterIn, null, "herstel");
                terug.clusterIn = null;
            }
        });
        return alsJson(r);
    }

    /** Ch. 4, step 3: the risk is absorbed by another; it leaves the matrix but stays listed under it. */
    public RisicoJson cluster(Long planId, Long risicoId, Invoer invoer) {
        Risico r = vind(planId, risicoId);
        invoer.alleen(Set.of("in"), Set.of());
        Long in = invoer.getal("in", true);
        invoer.controleer();
        Risico doel = vind(planId, in);
        if (r.verwijderd || doel.verwijderd) {
            throw ApiFout.regel("Een verwijderd risico kan niet worden geclusterd.");
        }
        if (doel.id.equals(r.id)) {
            throw ApiFout.regel("Een risico kan niet in zichzelf worden geclusterd.");
        }
        if (doel.isGeclusterd()) {
            throw ApiFout.regel("Risico " + doel.nummer() + " is zelf geclusterd in risico "
                    + Risico.nummers(Set.of(doel.clusterIn)).get(doel.clusterIn)
                    + "; cluster in dat risico.");
        }
        if (Risico.aantalLeden(r) > 0) {
            throw ApiFout.regel("Risico " + r.nummer() + " is zelf een cluster; haal eerst de risico's eruit die erin zitten.");
        }
        historie.leg(r.plan.id, Historie.RISICO, r.id, Risicohistorie.GECLUSTERD_IN, r.clusterIn, doel.id, null);
        r.clusterIn = doel.id;
        standen.leg(r);
        r.flush();
        return alsJson(r);
    }

    public RisicoJson ontcluster(Long planId, Long risicoId) {
        Risico r = vind(planId, risicoId);
        historie.leg(r.plan.id, Historie.RISICO, r.id, Risicohistorie.GECLUSTERD_IN, r.clusterIn, null, null);
        r.clusterIn = null;
        standen.leg(r);
        r.flush();
        return alsJson(r);
    }

    public List<HistorieRegel> historie(Long planId, Long risicoId, int limiet) {
        return historie.van(Historie.RISICO, vind(planId, risicoId).id, limiet);
    }

    /**
     * Takes the plan's lock for its risk register until the transaction ends: two people raising a risk at once
     * must not get the same number, nor both see a deelnemer's four risks when one raises the fifth.
     */
    private static void neemNummers(Plan plan) {
        Plan.getEntityManager().lock(plan, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /** The 5-per-deelnemer rule; names are compared case-insensitively, deleted risks do not count. */
    void controleerMaximum(Plan plan, String deelnemer, Long behalve) {
        neemNummers(plan);
        long aantal = Risico.aantalIngebrachtDoor(plan, deelnemer, behalve);
        if (aantal >= MAXIMUM_PER_DEELNEMER) {
            throw ApiFout.regel(deelnemer + " heeft al " + aantal + " risico's ingebracht in dit plan; "
                    + "per deelnemer zijn ten hoogste " + MAXIMUM_PER_DEELNEMER + " risico's toegestaan. "
                    + "Cluster of verwijder er een, of laat een andere deelnemer dit risico inbrengen.");
        }
    }

    /** Person fields can point at a user once users exist; until then only a name can be given. */

    LocalDate vandaag() {
        return LocalDate.now(klok);
    }
}
