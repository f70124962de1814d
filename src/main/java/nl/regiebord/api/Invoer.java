package nl.regiebord.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a JSON request body field by field, the one place where the API's input conventions live:
 * unknown and read-only fields are refused, every field error is collected with a Dutch message, and
 * {@link #controleer()} refuses the whole request before anything is changed.
 *
 * <p>For a PATCH (JSON Merge Patch) a field that is absent means "unchanged" ({@link #heeft}) and an
 * explicit {@code null} clears an optional field.
 */
public final class Invoer {

    public static final String VERSIE = "version";
    public static final LocalDate VROEGSTE_DATUM = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAATSTE_DATUM = LocalDate.of(2100, 12, 31);

    private final ObjectNode json;
    private final List<VeldFout> fouten = new ArrayList<>();

    private Invoer(ObjectNode json) {
        this.json = json;
    }

    public static Invoer van(JsonNode body) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            throw new ApiFout(400, "Het verzoek heeft geen inhoud; verwacht wordt een JSON-object.", null, null);
        }
        if (!body.isObject()) {
            throw new ApiFout(400, "Verwacht wordt een JSON-object ({ ... }).", null, null);
        }
        return new Invoer((ObjectNode) body);
    }

    /**
     * Refuses every field that is not writable; read-only fields get their own message. {@code version} is
     * accepted unless it is listed as read-only (as it is when creating).
     */
    public Invoer alleen(Set<String> schrijfbaar, Set<String> alleenLezen) {
        Iterator<String> namen = json.fieldNames();
        Set<String> gesorteerd = new TreeSet<>();
        namen.forEachRemaining(gesorteerd::add);
        for (String naam : gesorteerd) {
            if (schrijfbaar.contains(naam)) {
                continue;
            }
            if (alleenLezen.contains(naam)) {
                fouten.add(new VeldFout(naam, "dit veld kan niet worden gewijzigd"));
            } else if (!naam.equals(VERSIE)) {
                fouten.add(new VeldFout(naam, "onbekend veld", List.copyOf(new TreeSet<>(schrijfbaar))));
            }
        }
        return this;
    }

    /** The read-only fields of a create: {@code version} is then read-only too. */
    public static Set<String> metVersie(Set<String> alleenLezen) {
        Set<String> velden = new java.util.HashSet<>(alleenLezen);
        velden.add(VERSIE);
        return velden;
    }

    public boolean heeft(String veld) {
        return json.has(veld);
    }

    /** A copy of the fields as given, to hand on to another reader (an actiepunt becomes an action). */
    public ObjectNode kopie() {
        return json.deepCopy();
    }

    public boolean isLeeg(String veld) {
        return json.has(veld) && json.get(veld).isNull();
    }

    /** Text, trimmed; an empty text counts as absent. */
    public String tekst(String veld, boolean verplicht, int maxLengte) {
        JsonNode waarde = json.get(veld);
        if (waarde == null || waarde.isNull()) {
            if (verplicht) {
                fouten.add(new VeldFout(veld, "is verplicht"));
            }
            return null;
        }
        if (!waarde.isTextual()) {
            fouten.add(new VeldFout(veld, "moet een tekst zijn"));
            return null;
        }
        String tekst = waarde.asText().strip();
        if (heeftStuurtekens(tekst)) {
            fouten.add(new VeldFout(veld, "bevat onzichtbare stuurtekens; typ of plak de tekst opnieuw"));
            return null;
        }
        if (tekst.isEmpty()) {
            if (verplicht) {
                fouten.add(new VeldFout(veld, "is verplicht en mag niet leeg zijn"));
            }
            return null;
        }
        if (tekst.length() > maxLengte) {
            fouten.add(new VeldFout(veld, "is te lang: " + tekst.length() + " tekens, ten hoogste " + maxLengte
                    + " toegestaan"));
            return null;
        }
        return tekst;
    }

    /** Text exactly as sent, spaces included (a password): only its type and length are checked. */
    public String onbewerkt(String veld, boolean verplicht, int maxLengte) {
        JsonNode waarde = json.get(veld);
        if (waarde == null || waarde.isNull() || (waarde.isTextual() && waarde.asText().isEmpty())) {
            if (verplicht) {
                fouten.add(new VeldFout(veld, "is verplicht"));
            }
            return null;
        }
        if (!waarde.isTextual()) {
            fouten.add(new VeldFout(veld, "moet een tekst zijn"));
            return null;
        }
        if (waarde.asText().length() > maxLengte) {
            fouten.add(new VeldFout(veld, "is te lang: ten hoogste " + maxLengte + " tekens toegestaan"));
            return null;
        }
        return waarde.asText();
    }

    /** A date between 2000 and 2100: anything outside is a typo in this domain ("0021-10-31"). */
    public LocalDate datum(String veld, boolean verplicht) {
        String tekst = tekst(veld, verplicht, 10);
        if (tekst == null) {
            return null;
        }
        try {
            LocalDate datum = LocalDate.parse(tekst);
            if (datum.isBefore(VROEGSTE_DATUM) || datum.isAfter(LAATSTE_DATUM)) {
                fouten.add(new VeldFout(veld, "moet tussen " + VROEGSTE_DATUM + " en " + LAATSTE_DATUM + " liggen"));
                return null;
            }
            return datum;
        } catch (DateTimeParseException e) {
            fouten.add(new VeldFout(veld, "is geen geldige datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2022-01-01"));
            return null;
        }
    }

    /** Control characters other than line breaks and tabs: PostgreSQL refuses NUL, and none belongs in a text. */
    private static boolean heeftStuurtekens(String tekst) {
        return tekst.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    public <E extends Enum<E> & Keuzewaarde> E keuze(String veld, Class<E> type, boolean verplicht) {
        JsonNode waarde = json.get(veld);
        if (waarde != null && !waarde.isNull() && !waarde.isTextual()) {
            fouten.add(new VeldFout(veld, "moet een van de toegestane waarden zijn", Keuzewaarde.toegestaan(type)));
            return null;
        }
        String tekst = tekst(veld, verplicht, 100);
        if (tekst == null) {
            return null;
        }
        return Keuzewaarde.lees(type, tekst).orElseGet(() -> {
            fouten.add(new VeldFout(veld, "'" + tekst + "' is geen toegestane waarde", Keuzewaarde.toegestaan(type)));
            return null;
        });
    }

    public Boolean waarheid(String veld, boolean verplicht) {
        JsonNode waarde = json.get(veld);
        if (waarde == null || waarde.isNull()) {
            if (verplicht) {
                fouten.add(new VeldFout(veld, "is verplicht (true of false)"));
            }
            return null;
        }
        if (!waarde.isBoolean()) {
            fouten.add(new VeldFout(veld, "moet true of false zijn"));
            return null;
        }
        return waarde.booleanValue();
    }

    /**
     * For a PATCH of a yes/no field that has no empty value: the value sent, or the current one when the field is
     * absent. {@code null}, "ja" or 1 is a field error, and the current value is answered meanwhile, so that a
     * caller never unboxes a missing value before {@link #controleer()} refuses the request.
     */
    public boolean waarheidOfHuidig(String veld, boolean huidig) {
        if (!heeft(veld)) {
            return huidig;
        }
        Boolean waarde = waarheid(veld, true);
        return waarde == null ? huidig : waarde;
    }

    public Long getal(String veld, boolean verplicht) {
        JsonNode waarde = json.get(veld);
        if (waarde == null || waarde.isNull()) {
            if (verplicht) {
                fouten.add(new VeldFout(veld, "is verplicht"));
            }
            return null;
        }
        if (!waarde.isIntegralNumber() || !waarde.canConvertToLong()) {
            fouten.add(new VeldFout(veld, "moet een geheel getal zijn"));
            return null;
        }
        return waarde.longValue();
    }

    /** A list of distinct, non-empty texts. */
    public List<String> tekstLijst(String veld, boolean verplicht, int maxAantal, int maxLengte) {
        JsonNode waarde = json.get(veld);
        if (waarde == null || waarde.isNull()) {
            if (verplicht) {
                fouten.add(new VeldFout(veld, "is verplicht"));
            }
            return null;
        }
        if (!waarde.isArray()) {
            fouten.add(new VeldFout(veld, "moet een lijst van teksten zijn, bijvoorbeeld [\"Weert\"]"));
            return null;
        }
        List<String> lijst = new ArrayList<>();
        for (JsonNode element : waarde) {
            String tekst = element.isTextual() ? element.asText().strip() : "";
            if (tekst.isEmpty() || heeftStuurtekens(tekst)) {
                fouten.add(new VeldFout(veld, "bevat een lege of ongeldige waarde"));
                return null;
            }
            if (tekst.length() > maxLengte) {
                fouten.add(new VeldFout(veld, "'" + tekst + "' is te lang, ten hoogste " + maxLengte + " tekens"));
                return null;
            }
            if (lijst.stream().anyMatch(tekst::equalsIgnoreCase)) {
                fouten.add(new VeldFout(veld, "'" + tekst + "' staat er twee keer in"));
                return null;
            }
            lijst.add(tekst);
        }
        if (verplicht && lijst.isEmpty()) {
            fouten.add(new VeldFout(veld, "moet ten minste één waarde bevatten"));
            return null;
        }
        if (lijst.size() > maxAantal) {
            fouten.add(new VeldFout(veld, "bevat te veel waarden, ten hoogste " + maxAantal));
            return null;
        }
        return lijst;
    }

    /** The version the client last read: required on every update. */
    public long versie() {
        Long versie = getal(VERSIE, true);
        if (versie != null && versie < 0) {
            fouten.add(new VeldFout(VERSIE, "moet 0 of groter zijn"));
        }
        return versie == null ? -1 : versie;
    }

    public void fout(String veld, String melding) {
        fouten.add(new VeldFout(veld, melding));
    }

    public void fout(String veld, String melding, List<String> toegestaan) {
        fouten.add(new VeldFout(veld, melding, toegestaan));
    }

    public void controleer() {
        if (!fouten.isEmpty()) {
            throw ApiFout.ongeldig(fouten);
        }
    }
}
