package nl.regiebord.api;

/** The {@code ?limit=} of long lists (historie, activiteit): 100 unless asked otherwise, at most 1000. */
public final class Lijstgrootte {

    public static final int STANDAARD = 100;
    public static final int MAXIMUM = 1000;

    private Lijstgrootte() {
    }

    public static int lees(String limit) {
        if (limit == null || limit.isBlank()) {
            return STANDAARD;
        }
        try {
            int waarde = Integer.parseInt(limit.strip());
            if (waarde >= 1 && waarde <= MAXIMUM) {
                return waarde;
            }
        } catch (NumberFormatException e) {
            // falls through to the answer below
        }
        throw ApiFout.ongeldig("limit", "moet een geheel getal van 1 tot en met " + MAXIMUM + " zijn");
    }
}
