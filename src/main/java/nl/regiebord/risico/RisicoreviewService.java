package nl.regiebord.risico;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;
import nl.regiebord.api.VeldFout;
import nl.regiebord.historie.Historie;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.security.HuidigeGebruiker;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ch. 4 in the stuurgroep: a review records who was there and per risk its decision (maatregel adopted, kans and
 * impact changed with a reason, status), applies them, and freezes the matrix as it then stands. Every risk in
 * the matrix counts as reviewed that day, which plans its next review.
 */
@ApplicationScoped
@Transactional
public class RisicoreviewService {

    static final Set<String> BESLUIT_VELDEN = Set.of("risico", "maatregel", "kans", "impact", "reden", "status");

    @Inject
    RisicoService risicos;
    @Inject
    Risicostanden standen;
    @Inject
    Risicomatrix matrix;
    @Inject
    Historie historie;
    @Inject
    HuidigeGebruiker gebruiker;
    @Inject
    Clock klok;

    private record Besluit(Risico risico, long versie, String maatregel, Niveau kans, Niveau impact, String reden,
                           RisicoStatus status) {
    }

    public Risicoreview leg(Long planId, JsonNode body) {
        Plan plan = Plannen.vind(planId);
        Invoer invoer = Invoer.van(body);
        invoer.alleen(Set.of("datum", "aanwezigen", "besluiten"),
                Invoer.metVersie(Set.of("id", "tijdstip", "vastgelegdDoor", "matrix")));
        LocalDate datum = invoer.datum("datum", true);
        List<String> aanwezigen = invoer.tekstLijst("aanwezigen", true, 50, 200);
        if (aanwezigen != null && String.join("\n", aanwezigen).length() > Risicoreview.MAX_AANWEZIGEN) {
            invoer.fout("aanwezigen", "zijn samen te lang, ten hoogste " + Risicoreview.MAX_AANWEZIGEN + " tekens");
        }
        if (datum != null && datum.isAfter(LocalDate.now(klok))) {
            invoer.fout("datum", "ligt in de toekomst; leg een review vast als die is gehouden");
        }
        JsonNode lijst = body.get("besluiten");
        if (lijst != null && !lijst.isNull() && !lijst.isArray()) {
            invoer.fout("besluiten", "moet een lijst zijn van besluiten per risico");
        }
        invoer.controleer();
        List<Besluit> besluiten = lees(plan, lijst);
        for (Besluit b : besluiten) {
            if (b.versie() != b.risico().version) {
                throw ApiFout.versieConflict(risicos.alsJson(b.risico()));
            }
        }

        Risicoreview review = new Risicoreview();
        review.plan = plan;
        review.datum = datum;
        review.aanwezigen = String.join("\n", aanwezigen);
        review.vastgelegdDoor = gebruiker.naam();
        review.tijdstip = Instant.now(klok);
        review.persist();
        String bron = "review " + datum;
        for (Besluit b : besluiten) {
            pasToe(review, b, bron);
        }
        for (Risico r : risicos.vanPlan(plan, false)) {
            boolean besproken = r.inMatrix() || besluiten.stream().anyMatch(b -> b.risico().id.equals(r.id));
            // a review recorded afterwards for an earlier date does not move a later review back
            if (besproken && (r.laatsteReview == null || datum.isAfter(r.laatsteReview))) {
                r.laatsteReview = datum;
            }
            bevries(review, r);
        }
        Risico.flush();
        return review;
    }

    private void pasToe(Risicoreview review, Besluit b, String bron) {
        Risico r = b.risico();
        Long plan = r.plan.id;
        RisicoreviewBesluit besluit = new RisicoreviewBesluit();
        besluit.reviewId = review.id;
        besluit.risicoId = r.id;
        besluit.maatregel = b.maatregel();
        besluit.kans = b.kans();
        besluit.impact = b.impact();
        besluit.reden = b.reden();
        besluit.status = b.status();
        besluit.persist();
        if (b.maatregel() != null) {
            historie.leg(plan, Historie.RISICO, r.id, "maatregel", r.maatregel, b.maatregel(), bron);
            r.maatregel = b.maatregel();
        }
        if (b.kans() != null || b.impact() != null) {
            risicos.wijzigScores(r, b.kans() != null ? b.kans() : r.kans, b.impact() != null ? b.impact() : r.impact,
                    r.restKans, r.restImpact, bron);
            historie.leg(plan, Historie.RISICO, r.id, "reden scorewijziging", null, b.reden(), bron);
        }
        if (b.status() != null) {
            historie.leg(plan, Historie.RISICO, r.id, "status", r.status, b.status(), bron);
            r.status = b.status();
        }
        standen.leg(r);
    }

    private void bevries(Risicoreview review, Risico r) {
        RisicoreviewPositie p = new RisicoreviewPositie();
        p.reviewId = review.id;
        p.risicoId = r.id;
        p.kans = r.kans;
        p.impact = r.impact;
        p.restKans = r.restKans;
        p.restImpact = r.restImpact;
        p.status = r.status;
        p.clusterIn = r.clusterIn;
        p.persist();
    }

    /** Reads every decision; field errors are named by their place, e.g. "besluiten[1].kans". */
    private List<Besluit> lees(Plan plan, JsonNode lijst) {
        List<Besluit> besluiten = new ArrayList<>();
        List<VeldFout> fouten = new ArrayList<>();
        Set<Long> gezien = new HashSet<>();
        if (lijst == null || lijst.isNull()) {
            return besluiten;
        }
        for (int i = 0; i < lijst.size(); i++) {
            String waar = "besluiten[" + i + "].";
            try {
                Invoer b = Invoer.van(lijst.get(i));
                b.alleen(BESLUIT_VELDEN, Set.of());
                long versie = b.versie();
                Long id = b.getal("risico", true);
                String maatregel = b.tekst("maatregel", false, Risico.MAX_MAATREGEL);
                Niveau kans = b.keuze("kans", Niveau.class, false);
                Niveau impact = b.keuze("impact", Niveau.class, false);
                String reden = b.tekst("reden", false, 2000);
                RisicoStatus status = b.keuze("status", RisicoStatus.class, false);
                if ((kans != null || impact != null) && reden == null) {
                    b.fout("reden", "is verplicht als de stuurgroep kans of impact wijzigt");
                }
                b.controleer();
                if (!gezien.add(id)) {
                    fouten.add(new VeldFout(waar + "risico", "risico " + id + " staat twee keer in de besluiten"));
                    continue;
                }
                besluiten.add(new Besluit(risicos.vind(plan.id, id), versie, maatregel, kans, impact, reden, status));
            } catch (ApiFout fout) {
                if (fout.velden() == null) {
                    if (fout.status() == 404) {
                        fouten.add(new VeldFout(waar + "risico", fout.getMessage()));
                        continue;
                    }
                    fouten.add(new VeldFout("besluiten[" + i + "]", fout.getMessage()));
                    continue;
                }
                fout.velden().forEach(v -> fouten.add(new VeldFout(waar + v.veld(), v.melding(), v.toegestaan())));
            }
        }
        if (!fouten.isEmpty()) {
            throw ApiFout.ongeldig(fouten);
        }
        return besluiten;
    }

    public List<Risicoreview> vanPlan(Long planId) {
        return Risicoreview.list("plan = ?1 order by datum desc, tijdstip desc, id desc", Plannen.vind(planId));
    }

    public Risicoreview vind(Long planId, Long reviewId) {
        return Plannen.vindIn(planId, Risicoreview.class, reviewId, r -> r.plan, "risicoreview");
    }

    public RisicoreviewJson alsJson(Risicoreview review, boolean metMatrix) {
        List<RisicoreviewJson.BesluitJson> besluiten = RisicoreviewBesluit.<RisicoreviewBesluit>list(
                "reviewId = ?1 order by id", review.id).stream().map(RisicoreviewJson.BesluitJson::van).toList();
        MatrixJson bevroren = metMatrix ? matrix.bouw(matrix.bij(review), false, review.datum, null) : null;
        return new RisicoreviewJson(review.id, review.datum, review.aanwezigenLijst(), review.tijdstip,
                review.vastgelegdDoor, besluiten, bevroren, review.version);
    }
}
