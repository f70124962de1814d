package nl.regiebord.historie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regiebord.pagina.Weergaveformaten;

/**
 * The history as the pages show it: each field by the label its form uses and each value as a user reads it
 * (names rather than ids, "€ 45.000", dates as 31-10-2021). The features say what their fields are called
 * ({@link Historielabels}); the API keeps answering the recorded names and values.
 */
@ApplicationScoped
public class Historieweergave {

    private static final Pattern ISO_DATUM = Pattern.compile("(?<![\\d-])(\\d{4}-\\d{2}-\\d{2})(?![\\d-])");

    /** One change as a page shows it. */
    public record Regel(Instant tijdstip, String gebruiker, String veld, String oud, String nieuw, String bron) {
    }

    private final Map<String, Historielabels> perOnderwerp = new HashMap<>();

    @Inject
    Historieweergave(Instance<Historielabels> labels) {
        labels.forEach(l -> perOnderwerp.put(l.onderwerp(), l));
    }

    public List<Regel> leesbaar(String onderwerp, List<HistorieRegel> regels) {
        return regels.stream().map(r -> {
            Wat wat = leesbaar(onderwerp, r.veld, r.oud, r.nieuw);
            return new Regel(r.tijdstip, r.gebruiker, wat.veld(), wat.oud(), wat.nieuw(), r.bron);
        }).toList();
    }

    public List<Activiteit.Wijziging> leesbaar(List<Activiteit.Wijziging> wijzigingen) {
        return wijzigingen.stream().map(w -> {
            Wat wat = leesbaar(w.onderwerp(), w.veld(), w.oud(), w.nieuw());
            return new Activiteit.Wijziging(w.id(), w.planId(), w.tijdstip(), w.gebruiker(), w.gebruikerId(),
                    w.onderwerp(), w.onderwerpId(), w.titel(), wat.veld(), wat.oud(), wat.nieuw(), w.bron());
        }).toList();
    }

    private record Wat(String veld, String oud, String nieuw) {
    }

    private Wat leesbaar(String onderwerp, String veld, String oud, String nieuw) {
        Historielabels labels = perOnderwerp.getOrDefault(onderwerp, new Historielabels() {
            @Override
            public String onderwerp() {
                return onderwerp;
            }
        });
        return new Wat(labels.label(veld), waarde(labels, veld, oud), waarde(labels, veld, nieuw));
    }

    private static String waarde(Historielabels labels, String veld, String waarde) {
        return waarde == null ? null : datums(labels.waarde(veld, waarde));
    }

    /** "2021-10-31" as the pages write a date, also inside a text such as a milestone's "(2021-10-31, gepland)". */
    static String datums(String tekst) {
        Matcher m = ISO_DATUM.matcher(tekst);
        StringBuilder uit = new StringBuilder();
        while (m.find()) {
            String datum;
            try {
                datum = Weergaveformaten.kort(LocalDate.parse(m.group(1)));
            } catch (java.time.DateTimeException e) {
                datum = m.group(1);
            }
            m.appendReplacement(uit, Matcher.quoteReplacement(datum));
        }
        return m.appendTail(uit).toString();
    }
}
