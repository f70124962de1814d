package nl.regiebord.historie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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

    /** For each kind of subject, the query that names its records. */
    private static final Map<String, String> NAMEN = Map.of(
            Historie.ACTIE, "select a.id, a.actie from PlanActie a where a.id in ?1",
            Historie.RISICO, "select r.id, r.omschrijving from Risico r where r.id in ?1",
            Historie.PLAN, "select p.id, p.naam from Plan p where p.id in ?1",
            Historie.PRODUCT, "select p.id, p.product from Planproduct p where p.id in ?1",
            Historie.PROJECTKAART, "select k.id, k.titel from Projectkaart k where k.id in ?1",
            Historie.STAKEHOLDER, "select s.id, s.naam from Stakeholder s where s.id in ?1");

    /** One change, with what it was about and where to see it. */
    public record Wijziging(Long id, Long planId, Instant tijdstip, String gebruiker, Long gebruikerId, String onderwerp,
                            Long onderwerpId, String titel, String veld, String oud, String nieuw, String bron) {
    }

    @Inject
    EntityManager em;

    public List<Wijziging> van(Long planId, int limiet) {
        List<HistorieRegel> regels = HistorieRegel.find("planId = ?1 order by tijdstip desc, id desc", planId)
                .page(0, limiet).list();
        Map<String, Map<Long, String>> titels = new HashMap<>();
        regels.stream().collect(Collectors.groupingBy(r -> r.onderwerp,
                        Collectors.mapping(r -> r.onderwerpId, Collectors.toSet())))
                .forEach((onderwerp, ids) -> titels.put(onderwerp, titels(onderwerp, List.copyOf(ids))));
        return regels.stream().map(r -> new Wijziging(r.id, r.planId, r.tijdstip, r.gebruiker, r.gebruikerId, r.onderwerp,
                r.onderwerpId, titels.getOrDefault(r.onderwerp, Map.of()).get(r.onderwerpId), r.veld, r.oud, r.nieuw,
                r.bron)).toList();
    }

    private Map<Long, String> titels(String onderwerp, List<Long> ids) {
        String vraag = NAMEN.get(onderwerp);
        if (vraag == null || ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> titels = new HashMap<>();
        for (Object[] rij : em.createQuery(vraag, Object[].class).setParameter(1, ids).getResultList()) {
            titels.put((Long) rij[0], (String) rij[1]);
        }
        return titels;
    }
}
