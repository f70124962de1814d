package nl.regiebord.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Function;

/**
 * A list a feature keeps in {@code seed-data/} besides the model (the productenchecklist, the example risks, the
 * stakeholder checklist), read and checked at start by one loader: a file that cannot be used stops the start
 * with a message naming the file and the entry, like the model's seed. Each feature keeps its own content rules
 * in the {@code lezer} it hands over.
 */
public final class Seedlijst {

    private final String bestand;
    private final JsonNode wortel;

    private Seedlijst(String bestand, JsonNode wortel) {
        this.bestand = bestand;
        this.wortel = wortel;
    }

    /** Reads {@code seed-data/<naam>} from the class path; a missing or unreadable file stops the start. */
    public static <T> T laad(String naam, Function<Seedlijst, T> lezer) {
        String bestand = SeedLezer.MAP + naam;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(bestand)) {
            if (in == null) {
                throw new SeedFout(bestand + " ontbreekt");
            }
            return lees(naam, in, lezer);
        } catch (IOException e) {
            throw new SeedFout(bestand + " is niet te lezen: " + e.getMessage(), e);
        }
    }

    /** Reads the list from {@code in} as if it were {@code seed-data/<naam>}. */
    public static <T> T lees(String naam, InputStream in, Function<Seedlijst, T> lezer) {
        String bestand = SeedLezer.MAP + naam;
        try {
            return lezer.apply(new Seedlijst(bestand, new ObjectMapper(new YAMLFactory()).readTree(in)));
        } catch (IOException e) {
            throw new SeedFout(bestand + " is geen geldige YAML: " + e.getMessage(), e);
        }
    }

    /** The file as named in messages: {@code seed-data/<naam>}. */
    public String bestand() {
        return bestand;
    }

    /**
     * The top of the file, a map that has only the fields {@code velden}; {@code verwacht} says what it should
     * hold when it is no map at all.
     */
    public JsonNode wortel(Set<String> velden, String verwacht) {
        if (wortel == null || !wortel.isObject()) {
            throw new SeedFout(bestand + ": verwacht " + verwacht);
        }
        alleen(wortel, velden, bestand);
        return wortel;
    }

    /** The top-level list {@code veld}, the only field beside {@code bron}. */
    public JsonNode lijst(String veld) {
        if (wortel == null || !wortel.isObject() || !wortel.path(veld).isArray()) {
            throw new SeedFout(bestand + ": verwacht '" + veld + "' met een lijst");
        }
        alleen(wortel, Set.of("bron", veld), bestand);
        return wortel.get(veld);
    }

    /** Stops on a field of {@code knoop} that is not one of {@code velden}, naming the ones it knows. */
    public static void alleen(JsonNode knoop, Set<String> velden, String waar) {
        for (Iterator<String> it = knoop.fieldNames(); it.hasNext(); ) {
            String naam = it.next();
            if (!velden.contains(naam)) {
                throw new SeedFout(waar + ": onbekend veld '" + naam + "'; bekend zijn: "
                        + String.join(", ", velden.stream().sorted().toList()));
            }
        }
    }

    /** {@code " ('<naam>')"} when the entry has a text {@code veld}, to name it in a message; else empty. */
    public static String genoemd(JsonNode knoop, String veld) {
        JsonNode naam = knoop.get(veld);
        return naam != null && naam.isTextual() && !naam.asText().isBlank() ? " ('" + naam.asText().strip() + "')" : "";
    }

    /** The text {@code veld} of the entry, stripped; missing, empty or longer than {@code maxLengte} stops. */
    public static String tekst(JsonNode knoop, String veld, String waar, int maxLengte) {
        JsonNode waarde = knoop.get(veld);
        if (waarde == null || !waarde.isTextual() || waarde.asText().isBlank()) {
            throw new SeedFout(waar + ": '" + veld + "' ontbreekt of is leeg");
        }
        String tekst = waarde.asText().strip();
        if (tekst.length() > maxLengte) {
            throw new SeedFout(waar + ": '" + veld + "' is te lang (" + tekst.length() + " tekens, ten hoogste "
                    + maxLengte + ")");
        }
        return tekst;
    }
}
