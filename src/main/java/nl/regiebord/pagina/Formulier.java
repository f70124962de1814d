package nl.regiebord.pagina;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import nl.regiebord.api.Invoer;

import java.util.Arrays;
import java.util.List;

/**
 * Turns a posted HTML form into the JSON the services read, so a page and the API share every rule and every
 * message. An empty text field means "leeg" (null); the hidden {@code version} field becomes a number.
 */
public final class Formulier {

    private final MultivaluedMap<String, String> velden;
    private final ObjectNode json = JsonNodeFactory.instance.objectNode();

    private Formulier(MultivaluedMap<String, String> velden) {
        this.velden = velden;
    }

    public static Formulier van(MultivaluedMap<String, String> velden) {
        return new Formulier(velden);
    }

    public String waarde(String veld) {
        String waarde = velden.getFirst(veld);
        return waarde == null ? null : waarde.strip();
    }

    /** A text field; empty becomes null (cleared). Absent fields are left out (unchanged). */
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
            var lijst = json.putArray(naam);
            Arrays.stream(waarde(naam).split("[\\r\\n,;]+")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(lijst::add);
        }
        return this;
    }

    /** A checkbox: present means true. */
    public Formulier vinkje(String naam) {
        json.put(naam, velden.containsKey(naam) && !"false".equals(waarde(naam)));
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

    /** A whole number (a select of ids); anything else is passed on for the rules to refuse. */
    public Formulier getal(String naam) {
        String waarde = waarde(naam);
        if (waarde != null && waarde.matches("\\d{1,18}")) {
            json.put(naam, Long.parseLong(waarde));
        } else if (waarde != null && !waarde.isEmpty()) {
            json.put(naam, waarde);
        }
        return this;
    }

    public Formulier versie() {
        String waarde = waarde(Invoer.VERSIE);
        if (waarde != null && waarde.matches("\\d{1,18}")) {
            json.put(Invoer.VERSIE, Long.parseLong(waarde));
        } else if (waarde != null) {
            json.put(Invoer.VERSIE, waarde);
        }
        return this;
    }


    public Invoer invoer() {
        return Invoer.van(json);
    }

    /** What the user typed, to show it again when the form is refused. */
    public java.util.Map<String, String> getypt() {
        java.util.Map<String, String> getypt = new java.util.HashMap<>();
        velden.forEach((naam, waarden) -> getypt.put(naam, waarden.isEmpty() ? "" : waarden.get(0)));
        return getypt;
    }

}
