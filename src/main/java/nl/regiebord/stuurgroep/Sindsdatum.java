package nl.regiebord.stuurgroep;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;

/** Reads {@code ?sinds=JJJJ-MM-DD}: a day in the past or today, never later. */
final class Sindsdatum {

    private Sindsdatum() {
    }

    /** The day asked for, or null when none was given. */
    static LocalDate lees(String tekst, LocalDate vandaag) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        LocalDate dag;
        try {
            dag = LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            throw ApiFout.ongeldig("sinds", "'" + tekst.strip() + "' is geen geldige datum; gebruik JJJJ-MM-DD, "
                    + "bijvoorbeeld " + vandaag.minusWeeks(4));
        }
        if (dag.isAfter(vandaag)) {
            throw ApiFout.ongeldig("sinds", "ligt in de toekomst; kies vandaag (" + vandaag + ") of een eerdere dag");
        }
        if (dag.isBefore(Invoer.VROEGSTE_DATUM)) {
            throw ApiFout.ongeldig("sinds", "mag niet voor " + Invoer.VROEGSTE_DATUM + " liggen");
        }
        return dag;
    }
}
