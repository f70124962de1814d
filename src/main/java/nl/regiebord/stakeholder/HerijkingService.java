package nl.regiebord.stakeholder;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;
import nl.regiebord.api.VeldFout;
import nl.regiebord.historie.Historie;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.register.Vergaderingen;

/**
 * Ch. 5, aandachtspunten: a periodic meeting re-scores belang and invloed. A changed score needs its reason; an
 * unchanged one is confirmed. Every change goes into the history with the herijking as its source, and the grid
 * shows movement against the positions as they stood right after it.
 */
@ApplicationScoped
@Transactional
public class HerijkingService {

    static final Set<String> SCORE_VELDEN = Set.of("stakeholder", "belang", "invloed", "reden");

    @Inject
    Clock klok;
    @Inject
    StakeholderService stakeholders;
    @Inject
    Stakeholderstanden standen;
    @Inject
    Historie historie;
    @Inject
    Vergaderingen vergaderingen;

    private record Score(Stakeholder stakeholder, long versie, Stakeholderniveau belang, Stakeholderniveau invloed, String reden) {
    }

    public Herijking leg(Long planId, JsonNode body) {
        Plan plan = Plannen.vind(planId);
        Invoer invoer = Invoer.van(body);
        invoer.alleen(Set.of("datum", "aanwezigen", "scores"),
                Invoer.metVersie(Set.of("id", "tijdstip", "vastgelegdDoor")));
        Vergaderingen.Kop kop = vergaderingen.leesKop(invoer, "herijking");
        JsonNode lijst = body.get("scores");
        if (lijst == null || !lijst.isArray() || lijst.isEmpty()) {
            invoer.fout("scores", "is verplicht: een lijst met per stakeholder belang en invloed");
        }
        invoer.controleer();
        Set<Long> gezien = new HashSet<>();
        List<Score> scores = Vergaderingen.leesRegels(lijst, "scores", "stakeholder", (b, waar, fouten) -> {
            b.alleen(SCORE_VELDEN, Set.of());
            long versie = b.versie();
            Long id = b.getal("stakeholder", true);
            Stakeholderniveau belang = b.keuze("belang", Stakeholderniveau.class, true);
            Stakeholderniveau invloed = b.keuze("invloed", Stakeholderniveau.class, true);
            String reden = b.tekst("reden", false, 2000);
            b.controleer();
            Stakeholder s = stakeholders.vind(plan.id, id);
            String fout = !s.isActief() ? "stakeholder " + id + " is verwijderd of samengevoegd"
                    : !gezien.add(id) ? "stakeholder " + id + " staat twee keer in de scores" : null;
            if (fout != null) {
                fouten.add(new VeldFout(waar + "stakeholder", fout));
                return null;
            }
            // a first scoring, of a stakeholder added since, has nothing to explain
            boolean eersteScore = s.belang == null && s.invloed == null;
            if ((belang != s.belang || invloed != s.invloed) && reden == null && !eersteScore) {
                fouten.add(new VeldFout(waar + "reden", "is verplicht: de score van " + s.naam + " wijzigt (was belang "
                        + tekst(s.belang) + ", invloed " + tekst(s.invloed) + ")"));
                return null;
            }
            return new Score(s, versie, belang, invloed, reden);
        });
        for (Score s : scores) {
            if (s.versie() != s.stakeholder().version) {
                throw ApiFout.versieConflict(stakeholders.alsJson(s.stakeholder()));
            }
        }
        Herijking herijking = vergaderingen.leg(new Herijking(), plan, kop);
        LocalDate datum = kop.datum();
        String bron = "herijking " + datum;
        for (Score score : scores) {
            Stakeholder s = score.stakeholder();
            Herscoring h = new Herscoring();
            h.herijkingId = herijking.id;
            h.stakeholderId = s.id;
            h.oudBelang = s.belang;
            h.oudInvloed = s.invloed;
            h.belang = score.belang();
            h.invloed = score.invloed();
            h.reden = score.reden();
            h.persist();
            if (h.isGewijzigd()) {
                stakeholders.wijzigScores(s, score.belang(), score.invloed(), bron);
                historie.leg(plan.id, Historie.STAKEHOLDER, s.id, "reden herijking", null, score.reden(), bron);
            }
            // a herijking recorded afterwards for an earlier date does not move a later one back
            if (s.herijktOp == null || datum.isAfter(s.herijktOp)) {
                s.herijktOp = datum;
            }
            standen.leg(s);
        }
        // the herijking counts from when its scores are in: the grid's "sinds de herijking" compares with the stands
        // it wrote, so a stakeholder first scored in it is not "nieuw sinds de herijking"
        herijking.tijdstip = Instant.now(klok);
        Stakeholder.flush();
        return herijking;
    }

    private static String tekst(Stakeholderniveau n) {
        return n == null ? "niet gescoord" : n.tekst();
    }

    public List<Herijking> vanPlan(Long planId) {
        return Herijking.vanPlan(Plannen.vind(planId));
    }

    public Herijking vind(Long planId, Long herijkingId) {
        return Plannen.vindIn(planId, Herijking.class, herijkingId, h -> h.plan, "herijking");
    }

    public HerijkingJson alsJson(Herijking h) {
        List<HerijkingJson.ScoreJson> scores = Herscoring.van(h).stream().map(HerijkingJson.ScoreJson::van).toList();
        return new HerijkingJson(h.id, h.datum, h.aanwezigenLijst(), h.tijdstip, h.vastgelegdDoor, scores, h.version);
    }
}
