package nl.regiebord.risico;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;
import nl.regiebord.api.VeldFout;
import nl.regiebord.historie.Historie;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.register.Vergaderingen;

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
    Vergaderingen vergaderingen;
    @Inject
    Clock klok;

    private record Besluit(Risico risico, long versie, String maatregel, Risiconiveau kans, Risiconiveau impact, String reden,
                           Risicostatus status) {
    }

    public Risicoreview leg(Long planId, JsonNode body) {
        Plan plan = Plannen.vind(planId);
        Invoer invoer = Invoer.van(body);
        invoer.alleen(Set.of("datum", "aanwezigen", "notitie", "besluiten"),
                Invoer.metVersie(Set.of("id", "tijdstip", "vastgelegdDoor", "matrix")));
        Vergaderingen.Kop kop = vergaderingen.leesKop(invoer, "review");
        String notitie = invoer.tekst("notitie", false, Risicoreview.MAX_NOTITIE);
        JsonNode lijst = body.get("besluiten");
        if (lijst != null && !lijst.isNull() && !lijst.isArray()) {
            invoer.fout("besluiten", "moet een lijst zijn van besluiten per risico");
        }
        invoer.controleer();
        Set<Long> gezien = new HashSet<>();
        List<Besluit> besluiten = Vergaderingen.leesRegels(lijst, "besluiten", "risico", (b, waar, fouten) -> {
            b.alleen(BESLUIT_VELDEN, Set.of());
            long versie = b.versie();
            Long id = b.getal("risico", true);
            String maatregel = b.tekst("maatregel", false, Risico.MAX_MAATREGEL);
            Risiconiveau kans = b.keuze("kans", Risiconiveau.class, false);
            Risiconiveau impact = b.keuze("impact", Risiconiveau.class, false);
            String reden = b.tekst("reden", false, 2000);
            Risicostatus status = b.keuze("status", Risicostatus.class, false);
            if ((kans != null || impact != null) && reden == null) {
                b.fout("reden", "is verplicht als de stuurgroep kans of impact wijzigt");
            }
            b.controleer();
            if (!gezien.add(id)) {
                fouten.add(new VeldFout(waar + "risico", "risico " + id + " staat twee keer in de besluiten"));
                return null;
            }
            return new Besluit(risicos.vind(plan.id, id), versie, maatregel, kans, impact, reden, status);
        });
        for (Besluit b : besluiten) {
            if (b.versie() != b.risico().version) {
                throw ApiFout.versieConflict(risicos.alsJson(b.risico()));
            }
        }

        Risicoreview nieuw = new Risicoreview();
        nieuw.notitie = notitie;
        Risicoreview review = vergaderingen.leg(nieuw, plan, kop);
        LocalDate datum = kop.datum();
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
        Risicoreviewbesluit besluit = new Risicoreviewbesluit();
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
        if (review.datum.isBefore(LocalDate.now(klok))) {
            // recorded after the meeting: ?peildatum=<the meeting's day> shows what it decided
            standen.legPer(r, standen.eindVan(review.datum));
        }
        standen.leg(r);
    }

    private void bevries(Risicoreview review, Risico r) {
        Risicoreviewpositie p = new Risicoreviewpositie();
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

    public List<Risicoreview> vanPlan(Long planId) {
        return Risicoreview.vanPlan(Plannen.vind(planId));
    }

    public Risicoreview vind(Long planId, Long reviewId) {
        return Plannen.vindIn(planId, Risicoreview.class, reviewId, r -> r.plan, "risicoreview");
    }

    /** The reviews that had the risk in their matrix or decided about it, the latest first. */
    public List<Bespreking> besprekingen(Risico risico) {
        Map<Long, Risicoreviewpositie> posities = Risicoreviewpositie.vanRisico(risico.id).stream()
                .collect(Collectors.toMap(p -> p.reviewId, p -> p));
        Map<Long, Risicoreviewbesluit> besluiten = Risicoreviewbesluit.vanRisico(risico.id).stream()
                .collect(Collectors.toMap(b -> b.reviewId, b -> b));
        return Risicoreview.vanPlan(risico.plan).stream()
                .filter(review -> besluiten.containsKey(review.id) || (posities.containsKey(review.id)
                        && posities.get(review.id).inMatrix()))
                .map(review -> new Bespreking(review.id, review.datum, stand(posities.get(review.id)),
                        besluit(besluiten.get(review.id))))
                .toList();
    }

    private static String stand(Risicoreviewpositie p) {
        if (p == null) {
            return "–";
        }
        if (!p.inMatrix()) {
            return "niet in de matrix (" + p.status.tekst() + (p.clusterIn != null ? ", geclusterd" : "") + ")";
        }
        Risicoscore score = Risicoscore.van(p.kans, p.impact);
        return score.kwalificatie().tekst() + " (" + score.score() + "): kans " + p.kans.tekst() + ", impact "
                + p.impact.tekst();
    }

    private static String besluit(Risicoreviewbesluit b) {
        if (b == null) {
            return "gehandhaafd";
        }
        List<String> delen = new java.util.ArrayList<>();
        if (b.kans != null) {
            delen.add("kans naar " + b.kans.tekst());
        }
        if (b.impact != null) {
            delen.add("impact naar " + b.impact.tekst());
        }
        if (b.reden != null) {
            delen.add("reden: " + b.reden);
        }
        if (b.maatregel != null) {
            delen.add("maatregel vastgesteld: " + b.maatregel);
        }
        if (b.status != null) {
            delen.add("status " + b.status.tekst());
        }
        return delen.isEmpty() ? "gehandhaafd" : String.join("; ", delen);
    }

    public RisicoreviewJson alsJson(Risicoreview review, boolean metMatrix) {
        List<Risicoreviewbesluit> genomen = Risicoreviewbesluit.van(review);
        Map<Long, String> nummers = Risico.nummers(genomen.stream().map(b -> b.risicoId).collect(Collectors.toSet()));
        List<RisicoreviewJson.BesluitJson> besluiten = genomen.stream()
                .map(b -> RisicoreviewJson.BesluitJson.van(b, nummers.get(b.risicoId))).toList();
        RisicomatrixJson bevroren = metMatrix ? matrix.bouw(matrix.bij(review), false, review.datum, null) : null;
        return new RisicoreviewJson(review.id, review.datum, review.aanwezigenLijst(), review.notitie, review.tijdstip,
                review.vastgelegdDoor, besluiten, bevroren, review.version);
    }
}
