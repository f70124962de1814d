package nl.regiebord.projectkaart;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.HistorieRegel;
import nl.regiebord.plan.Plan;

/**
 * The milestones reached or postponed since a moment, read from the cards' history ("mijlpaal 'X': status"), shown
 * as they stand now: a milestone reached and then set back to gepland is not listed. Two queries.
 */
@ApplicationScoped
public class Mijlpaalverloop {

    private static final String BEGIN = "mijlpaal '";
    private static final String STATUS = "': status";
    private static final String NIEUWE_DATUM = "': nieuwe datum";

    public record Verandering(Long kaartId, String kaart, String omschrijving, Mijlpaalstatus status, LocalDate datum,
                              LocalDate nieuweDatum, String reden, Instant op) {
    }

    public List<Verandering> sinds(Plan plan, Instant moment) {
        Map<String, Instant> laatst = new HashMap<>();
        for (HistorieRegel r : HistorieRegel.naMomentVanaf(plan.id, Historie.PROJECTKAART, BEGIN, moment)) {
            boolean status = r.veld.endsWith(STATUS) && (Mijlpaalstatus.BEHAALD.tekst().equals(r.nieuw)
                    || Mijlpaalstatus.UITGESTELD.tekst().equals(r.nieuw));
            boolean verschoven = r.veld.endsWith(NIEUWE_DATUM) && r.nieuw != null;
            if (status || verschoven) {
                String eind = status ? STATUS : NIEUWE_DATUM;
                String omschrijving = r.veld.substring(BEGIN.length(), r.veld.length() - eind.length());
                laatst.put(r.onderwerpId + "\n" + omschrijving, r.tijdstip);
            }
        }
        if (laatst.isEmpty()) {
            return List.of();
        }
        return Mijlpaal.<Mijlpaal>list("from Mijlpaal m join fetch m.kaart k where k.plan = ?1 and k.verwijderd = false"
                        + " and m.status <> ?2", plan,
                        Mijlpaalstatus.GEPLAND).stream()
                .filter(m -> laatst.containsKey(m.kaart.id + "\n" + m.omschrijving))
                .map(m -> new Verandering(m.kaart.id, m.kaart.titel, m.omschrijving, m.status, m.datum, m.nieuweDatum,
                        m.reden, laatst.get(m.kaart.id + "\n" + m.omschrijving)))
                .sorted(Comparator.comparing(Verandering::op))
                .toList();
    }
}
