package nl.regiebord.modelplan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model's deadlines, relative to its inwerkingtreding of January 2022. A deadline is kept as a number of
 * months from the month of inwerkingtreding and falls at the end of that month, so a plan with another
 * inwerkingtreding gets its own dates:
 * <ul>
 *   <li>"oktober 2021" and "uiterlijk september 2021": end of that month (-3 and -4 months);</li>
 *   <li>"september - oktober 2021": starts on the first of the first month, due at the end of the last;</li>
 *   <li>no deadline with model status "afgerond": the model means "done before 2021", so end of December 2020
 *       (-13 months);</li>
 *   <li>no deadline otherwise: none; the plan sets one.</li>
 * </ul>
 */
public final class Deadlineregel {

    public static final YearMonth MODEL_INWERKINGTREDING = YearMonth.of(2022, 1);
    public static final LocalDate MODEL_INWERKINGTREDING_DATUM = MODEL_INWERKINGTREDING.atDay(1);
    static final int AFGEROND_VOOR_2021 = -13;

    private static final Map<String, Integer> MAANDEN = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("februari", 2), Map.entry("maart", 3), Map.entry("april", 4),
            Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("augustus", 8),
            Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11),
            Map.entry("december", 12));
    private static final Pattern MAAND = Pattern.compile("(?:uiterlijk\\s+)?([a-z]+)\\s+(\\d{4})");
    private static final Pattern PERIODE = Pattern.compile("([a-z]+)\\s*-\\s*([a-z]+)\\s+(\\d{4})");

    private Deadlineregel() {
    }

    /** Month offsets of a start (null when the model gives none) and a deadline (null when there is none). */
    public record Verschuiving(Integer startMaanden, Integer deadlineMaanden) {
    }

    /**
     * Reads the model's deadline text and status.
     *
     * @throws IllegalArgumentException with a Dutch message when the text is not one of the model's forms
     */
    public static Verschuiving lees(String deadlineTekst, String modelStatus) {
        String tekst = deadlineTekst == null ? "" : deadlineTekst.strip().toLowerCase(Locale.ROOT);
        if (tekst.isEmpty()) {
            boolean afgerond = "afgerond".equalsIgnoreCase(modelStatus == null ? "" : modelStatus.strip());
            return new Verschuiving(null, afgerond ? AFGEROND_VOOR_2021 : null);
        }
        Matcher periode = PERIODE.matcher(tekst);
        if (periode.matches()) {
            int jaar = Integer.parseInt(periode.group(3));
            return new Verschuiving(maanden(periode.group(1), jaar, deadlineTekst),
                    maanden(periode.group(2), jaar, deadlineTekst));
        }
        Matcher maand = MAAND.matcher(tekst);
        if (maand.matches()) {
            return new Verschuiving(null, maanden(maand.group(1), Integer.parseInt(maand.group(2)), deadlineTekst));
        }
        throw new IllegalArgumentException("deadline '" + deadlineTekst + "' is geen maand zoals 'oktober 2021', "
                + "'uiterlijk september 2021' of 'september - oktober 2021'");
    }

    private static int maanden(String maandnaam, int jaar, String origineel) {
        Integer maand = MAANDEN.get(maandnaam);
        if (maand == null) {
            throw new IllegalArgumentException("'" + maandnaam + "' in deadline '" + origineel + "' is geen maand");
        }
        return (int) MODEL_INWERKINGTREDING.until(YearMonth.of(jaar, maand), java.time.temporal.ChronoUnit.MONTHS);
    }

    /** The last day of the month that lies {@code maanden} from the inwerkingtreding's month. */
    public static LocalDate deadline(LocalDate inwerkingtreding, Integer maanden) {
        return maanden == null ? null : YearMonth.from(inwerkingtreding).plusMonths(maanden).atEndOfMonth();
    }

    /** The first day of the month that lies {@code maanden} from the inwerkingtreding's month. */
    public static LocalDate start(LocalDate inwerkingtreding, Integer maanden) {
        return maanden == null ? null : YearMonth.from(inwerkingtreding).plusMonths(maanden).atDay(1);
    }
}
