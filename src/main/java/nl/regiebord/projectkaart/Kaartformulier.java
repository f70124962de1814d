package nl.regiebord.projectkaart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import nl.regiebord.api.Invoer;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A posted step form as the JSON the API reads: texts (empty is cleared), member ids and checkbox lists as
 * numbers, the amount as typed in Dutch ("25.000,50"). What is not a number is passed on as text, so the rules
 * refuse it with the API's own message.
 */
final class Kaartformulier {

    private static final Pattern GETAL = Pattern.compile("\\d{1,18}");
    private static final Pattern DUIZENDTALLEN = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

    private final MultivaluedMap<String, String> velden;
    private final ObjectNode json = JsonNodeFactory.instance.objectNode();

    Kaartformulier(MultivaluedMap<String, String> velden) {
        this.velden = velden;
    }

    Kaartformulier tekst(List<String> namen) {
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

    Kaartformulier nummer(String naam) {
        if (velden.containsKey(naam)) {
            String waarde = waarde(naam);
            if (waarde.isEmpty()) {
                json.putNull(naam);
            } else if (GETAL.matcher(waarde).matches()) {
                json.put(naam, Long.parseLong(waarde));
            } else {
                json.put(naam, waarde);
            }
        }
        return this;
    }

    /** Checkboxes of one name: the ticked values; none ticked is an empty list. */
    Kaartformulier vinkjes(String naam, boolean nummers) {
        ArrayNode lijst = json.putArray(naam);
        for (String waarde : velden.getOrDefault(naam, List.of())) {
            if (nummers && GETAL.matcher(waarde.strip()).matches()) {
                lijst.add(Long.parseLong(waarde.strip()));
            } else {
                lijst.add(waarde.strip());
            }
        }
        return this;
    }

    Kaartformulier bedrag(String naam) {
        if (velden.containsKey(naam)) {
            String waarde = waarde(naam);
            BigDecimal bedrag = alsBedrag(waarde);
            if (waarde.isEmpty()) {
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
    static BigDecimal alsBedrag(String getypt) {
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

    Kaartformulier versie() {
        nummer(Invoer.VERSIE);
        return this;
    }

    Kaartinvoer invoer() {
        return Kaartinvoer.van(json);
    }

    /** For a form without lists or amounts, such as moving a milestone. */
    Invoer alsInvoer() {
        return Invoer.van(json);
    }

    private String waarde(String naam) {
        String waarde = velden.getFirst(naam);
        return waarde == null ? "" : waarde.strip();
    }
}
