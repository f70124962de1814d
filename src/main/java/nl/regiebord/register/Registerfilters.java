package nl.regiebord.register;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;

/** The query parameters the registers share: a yes/no filter ({@code ?verwijderd=true}) and {@code ?peildatum=}. */
public final class Registerfilters {

    private Registerfilters() {
    }

    /** {@code true} or {@code false}; absent or empty is false, anything else is refused naming the parameter. */
    public static boolean waarheid(String veld, String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return false;
        }
        return switch (tekst) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiFout.ongeldig(veld, "'" + tekst + "' is geen toegestane waarde", List.of("true", "false"));
        };
    }

    /** The day of {@code ?peildatum=JJJJ-MM-DD}, or null without one: the register as it stood at its end. */
    public static LocalDate peildatum(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        LocalDate dag;
        try {
            dag = LocalDate.parse(tekst.strip());
        } catch (DateTimeParseException e) {
            throw ApiFout.ongeldig("peildatum", "is geen geldige datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-11-23");
        }
        if (dag.isBefore(Invoer.VROEGSTE_DATUM) || dag.isAfter(Invoer.LAATSTE_DATUM)) {
            throw ApiFout.ongeldig("peildatum", "moet tussen " + Invoer.VROEGSTE_DATUM + " en " + Invoer.LAATSTE_DATUM
                    + " liggen");
        }
        return dag;
    }
}
