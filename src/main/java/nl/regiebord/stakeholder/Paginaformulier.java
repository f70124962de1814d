package nl.regiebord.stakeholder;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import nl.regiebord.api.Invoer;

import java.util.List;

/**
 * Turns the stakeholder pages' forms into the JSON the API reads, so both share every rule and message. Like
 * {@link nl.regiebord.pagina.Formulier}, with number fields and lists of ticked numbers (linked actions) too: a
 * field that is not a number is passed on as text, for the rules to refuse with their message.
 */
final class Paginaformulier {

    private final MultivaluedMap<String, String> velden;
    private final ObjectNode json = JsonNodeFactory.instance.objectNode();

    private Paginaformulier(MultivaluedMap<String, String> velden) {
        this.velden = velden;
    }

    static Paginaformulier van(MultivaluedMap<String, String> velden) {
        return new Paginaformulier(velden);
    }

    /** Text fields; empty becomes null (cleared). Absent fields are left out (unchanged). */
    Paginaformulier tekst(String... namen) {
        for (String naam : namen) {
            if (velden.containsKey(naam)) {
                String waarde = waarde(naam);
                if (waarde.isEmpty()) {
                    json.putNull(naam);
                } else {
                    json.put(naam, waarde);
                }
            }
        }
        return this;
    }

    /** Number fields (an id, the version); empty becomes null. */
    Paginaformulier getal(String... namen) {
        for (String naam : namen) {
            if (velden.containsKey(naam)) {
                String waarde = waarde(naam);
                if (waarde.isEmpty()) {
                    json.putNull(naam);
                } else if (waarde.matches("\\d{1,18}")) {
                    json.put(naam, Long.parseLong(waarde));
                } else {
                    json.put(naam, waarde);
                }
            }
        }
        return this;
    }

    Paginaformulier versie() {
        return getal(Invoer.VERSIE);
    }

    /**
     * The ticked boxes of a list of numbers. The form carries a hidden marker field {@code naam + "-getoond"} so
     * that "none ticked" (clear the list) can be told apart from "the list was not on the form".
     */
    Paginaformulier getallen(String naam) {
        if (!velden.containsKey(naam + "-getoond")) {
            return this;
        }
        var lijst = json.putArray(naam);
        List<String> waarden = velden.getOrDefault(naam, List.of());
        for (String waarde : waarden) {
            if (waarde.strip().matches("\\d{1,18}")) {
                lijst.add(Long.parseLong(waarde.strip()));
            } else {
                lijst.add(waarde);
            }
        }
        return this;
    }

    /** The ticked boxes of a list of texts (absent: an empty list). */
    Paginaformulier teksten(String naam) {
        var lijst = json.putArray(naam);
        velden.getOrDefault(naam, List.of()).forEach(lijst::add);
        return this;
    }

    /** A text list typed one per line or separated by commas. */
    Paginaformulier regels(String naam) {
        if (velden.containsKey(naam)) {
            var lijst = json.putArray(naam);
            for (String regel : waarde(naam).split("[\\r\\n,;]+")) {
                if (!regel.isBlank()) {
                    lijst.add(regel.strip());
                }
            }
        }
        return this;
    }

    String waarde(String naam) {
        String waarde = velden.getFirst(naam);
        return waarde == null ? "" : waarde.strip();
    }

    ObjectNode json() {
        return json;
    }
}
