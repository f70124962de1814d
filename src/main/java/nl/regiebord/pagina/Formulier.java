package nl.regiebord.pagina;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.regiebord.api.Invoer;

/**
 * Turns a posted HTML form into the JSON the services read, so a page and the API share every rule and every
 * message. The one form reader of all pages.
 *
 * <p>Conventions: an empty text field means "leeg" (null); a field that is absent from the form is left out
 * (unchanged). A field that should be a number but is not is passed on as text, so the rules refuse it with the
 * API's own message.
 */
public final class Formulier {

    private static final Pattern GETAL = Pattern.compile("\\d{1,18}");
    private static final Pattern DUIZENDTALLEN = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

    private final MultivaluedMap<String, String> velden;
    private final ObjectNode json = JsonNodeFactory.instance.objectNode();

    private Formulier(MultivaluedMap<String, String> velden) {
        this.velden = velden;
    }

    public static Formulier van(MultivaluedMap<String, String> velden) {
        return new Formulier(velden);
    }

    /** A form that posts nothing (a button): for a refusal that has no typed value to keep. */
    public static Formulier leeg() {
        return new Formulier(new MultivaluedHashMap<>());
    }

    /** The field as typed, stripped; null when it is not on the form. */
    public String waarde(String veld) {
        String waarde = velden.getFirst(veld);
        return waarde == null ? null : waarde.strip();
    }

    /** Whether the field was posted and is not blank. */
    public boolean ingevuld(String veld) {
        String waarde = waarde(veld);
        return waarde != null && !waarde.isEmpty();
    }

    /** Text fields; empty becomes null (cleared). Absent fields are left out (unchanged). */
    public Formulier tekst(String... namen) {
        for (String naam : namen) {
            if (velden.containsKey(naam)) {
                String waarde = waarde(naam);
                if (waarde == null || waarde.isEmpty()) {
                    json.putNull(naam);
                } else {
                    json.put(naam, waarde);
                }
            }
        }
        return this;
    }

    public Formulier tekst(List<String> namen) {
        return tekst(namen.toArray(String[]::new));
    }

    /** A field taken exactly as typed, spaces included (a password). */
    public Formulier onbewerkt(String... namen) {
        for (String naam : namen) {
            String waarde = velden.getFirst(naam);
            if (waarde != null) {
                json.put(naam, waarde);
            }
        }
        return this;
    }

    /** A list typed one per line or separated by commas. */
    public Formulier lijst(String naam) {
        if (velden.containsKey(naam)) {
            ArrayNode lijst = json.putArray(naam);
            String waarde = waarde(naam);
            for (String regel : (waarde == null ? "" : waarde).split("[\\r\\n,;]+")) {
                if (!regel.isBlank()) {
                    lijst.add(regel.strip());
                }
            }
        }
        return this;
    }

    /** A checkbox: present means true. */
    public Formulier vinkje(String naam) {
        json.put(naam, velden.containsKey(naam) && !"false".equals(waarde(naam)));
        return this;
    }

    /**
     * Checkboxes of one name: the ticked values, as numbers when {@code nummers} (ids); none ticked is an empty
     * list.
     */
    public Formulier vinkjes(String naam, boolean nummers) {
        ArrayNode lijst = json.putArray(naam);
        for (String waarde : velden.getOrDefault(naam, List.of())) {
            voegToe(lijst, waarde.strip(), nummers);
        }
        return this;
    }

    /**
     * Checkboxes of numbers (ids) whose form carries a hidden marker field {@code naam + "-getoond"}, so that
     * "none ticked" (clear the list) can be told apart from "the list was not on the form" (unchanged).
     */
    public Formulier getoondeVinkjes(String naam) {
        if (velden.containsKey(naam + "-getoond")) {
            vinkjes(naam, true);
        }
        return this;
    }

    /** A true/false choice (a button's value); anything else is passed on for the rules to refuse. */
    public Formulier waarheid(String naam) {
        String waarde = waarde(naam);
        if ("true".equals(waarde) || "false".equals(waarde)) {
            json.put(naam, Boolean.parseBoolean(waarde));
        } else if (waarde != null) {
            json.put(naam, waarde);
        }
        return this;
    }

    /** A whole number that may be left out (a select of ids whose empty choice means "none given"). */
    public Formulier getal(String naam) {
        String waarde = waarde(naam);
        if (waarde != null && !waarde.isEmpty()) {
            voegToe(naam, waarde);
        }
        return this;
    }

    /** Whole numbers (an id, an order); empty becomes null (cleared), absent is left out. */
    public Formulier nummer(String... namen) {
        for (String naam : namen) {
            if (velden.containsKey(naam)) {
                String waarde = waarde(naam);
                if (waarde == null || waarde.isEmpty()) {
                    json.putNull(naam);
                } else {
                    voegToe(naam, waarde);
                }
            }
        }
        return this;
    }

    /** An amount as typed in Dutch ("€ 25.000,50"); empty becomes null. */
    public Formulier bedrag(String naam) {
        if (velden.containsKey(naam)) {
            String waarde = waarde(naam);
            BigDecimal bedrag = waarde == null ? null : alsBedrag(waarde);
            if (waarde == null || waarde.isEmpty()) {
                json.putNull(naam);
            } else if (bedrag != null) {
                json.put(naam, bedrag);
            } else {
                json.put(naam, waarde);
            }
        }
        return this;
    }

    /** "€ 25.000,50", "25000,5", "25000.50" and "25.000" as an amount; anything else null. */
    public static BigDecimal alsBedrag(String getypt) {
        String tekst = getypt.replace("€", "").replace(" ", "").replace("\u00a0", "");
        if (tekst.contains(",")) {
            tekst = tekst.replace(".", "").replace(',', '.');
        } else if (DUIZENDTALLEN.matcher(tekst).matches()) {
            tekst = tekst.replace(".", "");
        }
        if (!tekst.matches("-?\\d{1,15}(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(tekst);
    }

    /** The hidden {@code version} field, as a number. */
    public Formulier versie() {
        return nummer(Invoer.VERSIE);
    }

    /** The form as the API's JSON, for a service that reads JSON itself or a caller that adds to it. */
    public ObjectNode json() {
        return json;
    }

    public Invoer invoer() {
        return Invoer.van(json);
    }

    /** What the user typed, to show it again when the form is refused. */
    public Map<String, String> getypt() {
        Map<String, String> getypt = new HashMap<>();
        velden.forEach((naam, waarden) -> getypt.put(naam, waarden.isEmpty() ? "" : waarden.get(0)));
        return getypt;
    }

    private void voegToe(String naam, String waarde) {
        if (GETAL.matcher(waarde).matches()) {
            json.put(naam, Long.parseLong(waarde));
        } else {
            json.put(naam, waarde);
        }
    }

    private static void voegToe(ArrayNode lijst, String waarde, boolean nummers) {
        if (nummers && GETAL.matcher(waarde).matches()) {
            lijst.add(Long.parseLong(waarde));
        } else {
            lijst.add(waarde);
        }
    }
}
