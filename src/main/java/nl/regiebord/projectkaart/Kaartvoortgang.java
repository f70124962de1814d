package nl.regiebord.projectkaart;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiebord.actie.ActieStatus;
import nl.regiebord.actie.PlanActie;

/**
 * How far a card is: milestones behaald of all, the next milestone still to reach (the earliest expected date),
 * and the status of the theme's actions it covers.
 */
public record Kaartvoortgang(int mijlpalenBehaald, int mijlpalenTotaal, MijlpaalJson volgendeMijlpaal,
                             Map<String, Integer> actiesPerStatus, int actiesAfgerond, int actiesToepasbaar) {

    static Kaartvoortgang van(Projectkaart kaart, List<PlanActie> acties, LocalDate vandaag) {
        int behaald = (int) kaart.mijlpalen.stream().filter(Mijlpaal::isBehaald).count();
        MijlpaalJson volgende = kaart.mijlpalen.stream().filter(m -> !m.isBehaald())
                .min(Comparator.comparing(Mijlpaal::verwachteDatum).thenComparing(m -> m.volgorde))
                .map(m -> MijlpaalJson.van(m, vandaag)).orElse(null);
        Map<String, Integer> perStatus = new LinkedHashMap<>();
        for (ActieStatus status : ActieStatus.values()) {
            perStatus.put(status.tekst(), 0);
        }
        acties.forEach(a -> perStatus.merge(a.status.tekst(), 1, Integer::sum));
        int afgerond = perStatus.get(ActieStatus.AFGEROND.tekst());
        int toepasbaar = acties.size() - perStatus.get(ActieStatus.NVT.tekst());
        return new Kaartvoortgang(behaald, kaart.mijlpalen.size(), volgende, perStatus, afgerond, toepasbaar);
    }
}
