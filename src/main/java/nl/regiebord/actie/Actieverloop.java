package nl.regiebord.actie;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.HistorieRegel;
import nl.regiebord.plan.Plan;

/**
 * How the plan's actions stood at an earlier moment, replayed backwards from the history: the first change of a
 * status or deadline after the moment holds, as its old value, what it was then. One query however many actions.
 */
@ApplicationScoped
public class Actieverloop {

    static final String STATUS = "status";
    static final String DEADLINE = "deadline";
    static final String ACTIE = "actie";
    static final String EIGEN_ACTIE_TOEGEVOEGD = "eigen actie toegevoegd";

    /**
     * @param toen       per action that existed at the moment, its status and deadline then
     * @param afgerondOp per action that is afgerond now and became so after the moment, when it did
     */
    public record Verloop(Map<Long, Actiestand> toen, Map<Long, Instant> afgerondOp) {

        public boolean bestondToen(Long actieId) {
            return toen.containsKey(actieId);
        }
    }

    public Verloop sinds(Plan plan, List<PlanActie> acties, Instant moment) {
        List<HistorieRegel> regels = HistorieRegel.naMoment(plan.id, Historie.ACTIE, List.of(STATUS, DEADLINE, ACTIE),
                moment);
        Map<Long, String> statusToen = new HashMap<>();
        Map<Long, String> deadlineToen = new HashMap<>();
        Set<Long> laterToegevoegd = new HashSet<>();
        Map<Long, Instant> afgerondOp = new HashMap<>();
        for (HistorieRegel r : regels) {
            switch (r.veld) {
                case STATUS -> {
                    statusToen.putIfAbsent(r.onderwerpId, r.oud);
                    if (ActieStatus.AFGEROND.tekst().equals(r.nieuw)) {
                        afgerondOp.put(r.onderwerpId, r.tijdstip);
                    }
                }
                case DEADLINE -> deadlineToen.putIfAbsent(r.onderwerpId, r.oud == null ? "" : r.oud);
                default -> {
                    if (r.oud == null && r.nieuw != null && r.nieuw.startsWith(EIGEN_ACTIE_TOEGEVOEGD)) {
                        laterToegevoegd.add(r.onderwerpId);
                    }
                }
            }
        }
        Set<Long> nuAfgerond = new HashSet<>();
        acties.stream().filter(a -> a.status == ActieStatus.AFGEROND).forEach(a -> nuAfgerond.add(a.id));
        afgerondOp.keySet().retainAll(nuAfgerond);
        boolean planBestondToen = plan.aangemaakt == null || !plan.aangemaakt.isAfter(moment);
        Map<Long, Actiestand> toen = new HashMap<>();
        for (PlanActie a : acties) {
            if (!planBestondToen || laterToegevoegd.contains(a.id)) {
                continue;
            }
            ActieStatus status = statusToen.containsKey(a.id)
                    ? Keuzewaarde.lees(ActieStatus.class, statusToen.get(a.id)).orElse(a.status) : a.status;
            LocalDate deadline = deadlineToen.containsKey(a.id) ? datum(deadlineToen.get(a.id)) : a.deadline();
            toen.put(a.id, new Actiestand(status, deadline));
        }
        return new Verloop(toen, afgerondOp);
    }

    private static LocalDate datum(String tekst) {
        return tekst == null || tekst.isBlank() ? null : LocalDate.parse(tekst);
    }
}
