package nl.regiebord.actie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.regiebord.modelplan.Modelcatalogus;
import nl.regiebord.modelplan.Modelinhoud;

/** Progress per theme, the one place where it is computed (API, dashboard and exports use this). */
@ApplicationScoped
public class Voortgangsberekening {

    @Inject
    Modelcatalogus catalogus;

    public List<ThemaVoortgang> perThema(List<PlanActie> acties, LocalDate vandaag) {
        List<ThemaVoortgang> resultaat = new ArrayList<>();
        for (Modelinhoud.Thema thema : catalogus.inhoud().themas()) {
            List<Actiestand> vanThema = acties.stream().filter(a -> a.thema.equals(thema.sleutel()))
                    .map(PlanActie::stand).toList();
            resultaat.add(bereken(thema.sleutel(), thema.naam(), vanThema, vandaag));
        }
        return resultaat;
    }

    /**
     * Progress per theme from the actions' stands at another moment ({@link Actieverloop}); an action without a stand
     * did not exist then and does not count.
     */
    public List<ThemaVoortgang> perThemaVan(List<PlanActie> acties, Map<Long, Actiestand> standen, LocalDate dag) {
        List<ThemaVoortgang> resultaat = new ArrayList<>();
        for (Modelinhoud.Thema thema : catalogus.inhoud().themas()) {
            List<Actiestand> vanThema = acties.stream().filter(a -> a.thema.equals(thema.sleutel()))
                    .map(a -> standen.get(a.id)).filter(Objects::nonNull).toList();
            resultaat.add(bereken(thema.sleutel(), thema.naam(), vanThema, dag));
        }
        return resultaat;
    }

    public ThemaVoortgang totaal(List<PlanActie> acties, LocalDate vandaag) {
        return totaalVan(acties.stream().map(PlanActie::stand).toList(), vandaag);
    }

    public ThemaVoortgang totaalVan(List<Actiestand> acties, LocalDate vandaag) {
        return bereken(null, "Hele plan", acties, vandaag);
    }

    static ThemaVoortgang bereken(String thema, String naam, List<Actiestand> acties, LocalDate vandaag) {
        Map<String, Integer> perStatus = new LinkedHashMap<>();
        for (ActieStatus status : ActieStatus.values()) {
            perStatus.put(status.tekst(), 0);
        }
        acties.forEach(a -> perStatus.merge(a.status().tekst(), 1, Integer::sum));
        int totaal = acties.size();
        int nvt = perStatus.get(ActieStatus.NVT.tekst());
        int afgerond = perStatus.get(ActieStatus.AFGEROND.tekst());
        int toepasbaar = totaal - nvt;
        int percentage = toepasbaar == 0 ? 0 : (int) Math.floor(100.0 * afgerond / toepasbaar);
        int teLaat = (int) acties.stream().filter(a -> a.isTeLaat(vandaag)).count();
        LocalDate volgende = acties.stream().filter(a -> !a.status().isKlaar()).map(Actiestand::deadline)
                .filter(Objects::nonNull).filter(d -> !d.isBefore(vandaag)).min(LocalDate::compareTo).orElse(null);
        return new ThemaVoortgang(thema, naam, perStatus, totaal, toepasbaar, afgerond, percentage, teLaat, volgende);
    }
}
