package nl.regiebord.historie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The recent changes in a plan, newest first: who changed what and when, with the name of what they changed
 * (the action, the risk …) looked up once per kind rather than once per line.
 */
@ApplicationScoped
public class Activiteit {

    /** One change, with what it was about and where to see it. */
    public record Wijziging(Long id, Long planId, Instant tijdstip, String gebruiker, Long gebruikerId, String onderwerp,
                            Long onderwerpId, String titel, String veld, String oud, String nieuw, String bron) {
    }

    /** For each kind of subject, the feature's way to name its records. */
    private final Map<String, Onderwerptitels> perOnderwerp = new HashMap<>();

    @Inject
    Activiteit(Instance<Onderwerptitels> titels) {
        titels.forEach(t -> perOnderwerp.put(t.onderwerp(), t));
    }

    public List<Wijziging> van(Long planId, int limiet) {
        List<HistorieRegel> regels = HistorieRegel.recentInPlan(planId, limiet);
        Map<String, Map<Long, String>> titels = new HashMap<>();
        regels.stream().collect(Collectors.groupingBy(r -> r.onderwerp,
                        Collectors.mapping(r -> r.onderwerpId, Collectors.toSet())))
                .forEach((onderwerp, ids) -> titels.put(onderwerp, titels(onderwerp, List.copyOf(ids))));
        return regels.stream().map(r -> new Wijziging(r.id, r.planId, r.tijdstip, r.gebruiker, r.gebruikerId, r.onderwerp,
                r.onderwerpId, titels.getOrDefault(r.onderwerp, Map.of()).get(r.onderwerpId), r.veld, r.oud, r.nieuw,
                r.bron)).toList();
    }

    private Map<Long, String> titels(String onderwerp, List<Long> ids) {
        Onderwerptitels titels = perOnderwerp.get(onderwerp);
        if (titels == null || ids.isEmpty()) {
            return Map.of();
        }
        return titels.titels(ids);
    }
}
