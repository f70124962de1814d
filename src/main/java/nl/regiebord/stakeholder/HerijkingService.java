package nl.regiebord.stakeholder;

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
 * Ch. 5, aandachtspunten: a periodic meeting re-scores belang and invloed. A changed score needs its reason; an
 * unchanged one is confirmed. Every change goes into the history with the herijking as its source, and the grid
 * shows movement against the positions as they stood right after it.
 */
@ApplicationScoped
@Transactional
public class HerijkingService {

    static final Set<String> SCORE_VELDEN = Set.of("stakeholder", "belang", "invloed", "reden");

    @Inject
    StakeholderService stakeholders;
    @Inject
    Stakeholderstanden standen;
    @Inject
    Historie historie;
    @Inject
    HuidigeGebruiker gebruiker;
    @Inject
    Clock klok;

    private record Score(Stakeholder stakeholder, long versie, Niveau belang, Niveau invloed, String reden) {
    }

    public Herijking leg(Long planId, JsonNode body) {
        Plan plan = Plannen.vind(planId);
        Invoer invoer = Invoer.van(body);
        invoer.alleen(Set.of("datum", "aanwezigen", "scores"),
                Invoer.metVersie(Set.of("id", "tijdstip", "vastgelegdDoor")));
        LocalDate datum = invoer.datum("datum", true);
        List<String> aanwezigen = invoer.tekstLijst("aanwezigen", true, 50, 200);
        if (aanwezigen != null && String.join("\n", aanwezigen).length() > Herijking.MAX_AANWEZIGEN) {
            invoer.fout("aanwezigen", "zijn samen te lang, ten hoogste " + Herijking.MAX_AANWEZIGEN + " tekens");
        }
        if (datum != null && datum.isAfter(LocalDate.now(klok))) {
            invoer.fout("datum", "ligt in de toekomst; leg een herijking vast als die is gehouden");
        }
        JsonNode lijst = body.get("scores");
        if (lijst == null || !lijst.isArray() || lijst.isEmpty()) {
            invoer.fout("scores", "is verplicht: een lijst met per stakeholder belang en invloed");
        }
        invoer.controleer();
        List<Score> scores = lees(plan, lijst);
        for (Score s : scores) {
            if (s.versie() != s.stakeholder().version) {
                throw ApiFout.versieConflict(stakeholders.alsJson(s.stakeholder()));
            }
        }
        Herijking herijking = new Herijking();
        herijking.plan = plan;
        herijking.datum = datum;
        herijking.aanwezigen = String.join("\n", aanwezigen);
        herijking.vastgelegdDoor = gebruiker.naam();
        herijking.tijdstip = Instant.now(klok);
        herijking.persist();
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
        Stakeholder.flush();
        return herijking;
    }

    /** Reads every score; field errors are named by their place, e.g. "scores[1].reden". */
    private List<Score> lees(Plan plan, JsonNode lijst) {
        List<Score> scores = new ArrayList<>();
        List<VeldFout> fouten = new ArrayList<>();
        Set<Long> gezien = new HashSet<>();
        for (int i = 0; i < lijst.size(); i++) {
            String waar = "scores[" + i + "].";
            try {
                Invoer b = Invoer.van(lijst.get(i));
                b.alleen(SCORE_VELDEN, Set.of());
                long versie = b.versie();
                Long id = b.getal("stakeholder", true);
                Niveau belang = b.keuze("belang", Niveau.class, true);
                Niveau invloed = b.keuze("invloed", Niveau.class, true);
                String reden = b.tekst("reden", false, 2000);
                b.controleer();
                Stakeholder s = stakeholders.vind(plan.id, id);
                if (!s.isActief()) {
                    fouten.add(new VeldFout(waar + "stakeholder", "stakeholder " + id + " is verwijderd of samengevoegd"));
                    continue;
                }
                if (!gezien.add(id)) {
                    fouten.add(new VeldFout(waar + "stakeholder", "stakeholder " + id + " staat twee keer in de scores"));
                    continue;
                }
                if ((belang != s.belang || invloed != s.invloed) && reden == null) {
                    fouten.add(new VeldFout(waar + "reden", "is verplicht: de score van " + s.naam + " wijzigt (was belang "
                            + tekst(s.belang) + ", invloed " + tekst(s.invloed) + ")"));
                    continue;
                }
                scores.add(new Score(s, versie, belang, invloed, reden));
            } catch (ApiFout fout) {
                if (fout.velden() == null) {
                    fouten.add(new VeldFout(fout.status() == 404 ? waar + "stakeholder" : "scores[" + i + "]",
                            fout.getMessage()));
                    continue;
                }
                fout.velden().forEach(v -> fouten.add(new VeldFout(waar + v.veld(), v.melding(), v.toegestaan())));
            }
        }
        if (!fouten.isEmpty()) {
            throw ApiFout.ongeldig(fouten);
        }
        return scores;
    }

    private static String tekst(Niveau n) {
        return n == null ? "niet gescoord" : n.tekst();
    }

    public List<Herijking> vanPlan(Long planId) {
        return Herijking.list("plan = ?1 order by datum desc, tijdstip desc, id desc", Plannen.vind(planId));
    }

    public Herijking vind(Long planId, Long herijkingId) {
        return Plannen.vindIn(planId, Herijking.class, herijkingId, h -> h.plan, "herijking");
    }

    public HerijkingJson alsJson(Herijking h) {
        List<HerijkingJson.ScoreJson> scores = Herscoring.<Herscoring>list("herijkingId = ?1 order by id", h.id).stream()
                .map(HerijkingJson.ScoreJson::van).toList();
        return new HerijkingJson(h.id, h.datum, h.aanwezigenLijst(), h.tijdstip, h.vastgelegdDoor, scores, h.version);
    }
}
