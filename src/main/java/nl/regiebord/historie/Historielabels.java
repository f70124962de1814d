package nl.regiebord.historie;

/**
 * How one feature's recorded changes read on the pages. The history keeps the API's field names and raw values
 * (the API answers them as they are); a feature that records a field by its API name ("risicosEnVoorwaarden") or a
 * value a user cannot read (the ids of actions, "45000.00") names the form's label and the readable value here.
 */
public interface Historielabels {

    /** The subject whose changes this reads: {@link Historie#PROJECTKAART}, … */
    String onderwerp();

    /** The label the form shows for the field; the field itself when it reads well already. */
    default String label(String veld) {
        return veld;
    }

    /** The value as a user reads it, e.g. the names of actions instead of their ids; never null for a non-null value. */
    default String waarde(String veld, String waarde) {
        return waarde;
    }

    /**
     * Ids as the history records them ("99, 100, 101") as names ("inventariseren, keuze maken"), looked up in one
     * go; an id that names nothing, or a value that is no list of ids, stays as it was.
     */
    static String namen(String ids, java.util.function.Function<java.util.List<Long>, java.util.Map<Long, String>> zoek) {
        java.util.List<String> delen = java.util.Arrays.stream(ids.split(",")).map(String::strip).toList();
        if (!delen.stream().allMatch(d -> d.matches("\\d{1,18}"))) {
            return ids;
        }
        java.util.Map<Long, String> namen = zoek.apply(delen.stream().map(Long::valueOf).toList());
        return String.join(", ", delen.stream().map(d -> namen.getOrDefault(Long.valueOf(d), d)).toList());
    }
}
