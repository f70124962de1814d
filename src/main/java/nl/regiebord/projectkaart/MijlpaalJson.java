package nl.regiebord.projectkaart;

import java.time.LocalDate;

/**
 * A milestone as the API shows it. {@code volgorde} is its place in the card's list, from 1;
 * {@code verwachteDatum} is the new date once postponed, otherwise the first; {@code teLaat}: not behaald while
 * that date has passed.
 */
public record MijlpaalJson(Long id, int volgorde, String omschrijving, LocalDate datum, Mijlpaalstatus status,
                           LocalDate nieuweDatum, String reden, LocalDate verwachteDatum, boolean teLaat,
                           long version) {

    static MijlpaalJson van(Mijlpaal m, LocalDate vandaag) {
        LocalDate verwacht = m.verwachteDatum();
        return new MijlpaalJson(m.id, m.volgorde, m.omschrijving, m.datum, m.status, m.nieuweDatum, m.reden, verwacht,
                !m.isBehaald() && verwacht.isBefore(vandaag), m.version);
    }
}
