package nl.regiebord.api;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An enum whose values are the model's own words ("afgerond", "besluitvormende fase"): that text is what
 * the API reads and writes, and what the pages and exports show.
 */
public interface Keuzewaarde {

    @JsonValue
    String tekst();

    static <E extends Enum<E> & Keuzewaarde> Optional<E> lees(Class<E> type, String tekst) {
        if (tekst == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.tekst().equals(tekst)).findFirst();
    }

    /** A query filter (?status=bezig): empty means no filter, anything unknown a 400 naming the parameter. */
    static <E extends Enum<E> & Keuzewaarde> E filter(String waarde, String veld, Class<E> type) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        return lees(type, waarde).orElseThrow(() -> ApiFout.ongeldig(veld,
                "'" + waarde + "' is geen toegestane waarde", toegestaan(type)));
    }

    static <E extends Enum<E> & Keuzewaarde> List<String> toegestaan(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keuzewaarde::tekst).toList();
    }
}
