package nl.regiebord.projectkaart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.regiebord.api.Invoer;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.api.VeldFout;

/**
 * The body of a card request: the plain fields go through {@link Invoer}; the lists, the amount and the inline
 * milestones, which it has no reader for, are read here, their errors added to the same {@link Invoer} so one
 * answer names every field.
 */
final class Kaartinvoer {

    static final Set<String> EIGEN_VELDEN = Set.of("smart", "risicoIds", "actieIds", "investeringBedrag", "mijlpalen");
    static final int MAX_KOPPELINGEN = 200;
    static final int MAX_MIJLPALEN = 100;
    /** numeric(14,2) */
    static final BigDecimal MAX_BEDRAG = new BigDecimal("999999999999.99");

    final Invoer invoer;
    private final ObjectNode eigen;

    private Kaartinvoer(Invoer invoer, ObjectNode eigen) {
        this.invoer = invoer;
        this.eigen = eigen;
    }

    static Kaartinvoer van(JsonNode body) {
        Invoer.van(body);
        ObjectNode rest = ((ObjectNode) body).deepCopy();
        ObjectNode eigen = JsonNodeFactory.instance.objectNode();
        for (String veld : EIGEN_VELDEN) {
            if (rest.has(veld)) {
                eigen.set(veld, rest.remove(veld));
            }
        }
        return new Kaartinvoer(Invoer.van(rest), eigen);
    }

    /** A posted form: its plain fields already as {@link Invoer}, the lists and amount in {@code eigen}. */
    static Kaartinvoer van(Invoer invoer, ObjectNode eigen) {
        return new Kaartinvoer(invoer, eigen);
    }

    boolean heeft(String veld) {
        return EIGEN_VELDEN.contains(veld) ? eigen.has(veld) : invoer.heeft(veld);
    }

    Set<Smart> smart() {
        JsonNode waarde = eigen.get("smart");
        Set<Smart> aangevinkt = EnumSet.noneOf(Smart.class);
        if (waarde == null || waarde.isNull()) {
            return aangevinkt;
        }
        if (!waarde.isArray()) {
            invoer.fout("smart", "moet een lijst zijn van wat geldt, bijvoorbeeld [\"specifiek\", \"meetbaar\"]",
                    Keuzewaarde.toegestaan(Smart.class));
            return null;
        }
        for (JsonNode element : waarde) {
            var criterium = element.isTextual() ? Keuzewaarde.lees(Smart.class, element.asText().strip()) : java.util.Optional.<Smart>empty();
            if (criterium.isEmpty()) {
                invoer.fout("smart", "'" + element.asText() + "' is geen SMART-criterium", Keuzewaarde.toegestaan(Smart.class));
                return null;
            }
            aangevinkt.add(criterium.get());
        }
        return aangevinkt;
    }

    /** A list of ids; {@code null} when it was refused. */
    Set<Long> nummers(String veld) {
        JsonNode waarde = eigen.get(veld);
        Set<Long> nummers = new LinkedHashSet<>();
        if (waarde == null || waarde.isNull()) {
            return nummers;
        }
        if (!waarde.isArray()) {
            invoer.fout(veld, "moet een lijst van nummers zijn, bijvoorbeeld [12, 14]");
            return null;
        }
        for (JsonNode element : waarde) {
            if (!element.isIntegralNumber() || !element.canConvertToLong()) {
                invoer.fout(veld, "bevat '" + element.asText() + "', dat is geen nummer");
                return null;
            }
            nummers.add(element.longValue());
        }
        if (nummers.size() > MAX_KOPPELINGEN) {
            invoer.fout(veld, "bevat te veel nummers, ten hoogste " + MAX_KOPPELINGEN);
            return null;
        }
        return nummers;
    }

    /** An amount in euro, at most two decimals; null when empty or refused. */
    BigDecimal bedrag(String veld) {
        JsonNode waarde = eigen.get(veld);
        if (waarde == null || waarde.isNull()) {
            return null;
        }
        if (!waarde.isNumber()) {
            invoer.fout(veld, "moet een bedrag in euro zijn, bijvoorbeeld 25000 of 1250.50");
            return null;
        }
        BigDecimal bedrag = waarde.decimalValue().stripTrailingZeros();
        if (bedrag.signum() < 0) {
            invoer.fout(veld, "mag niet negatief zijn");
            return null;
        }
        if (bedrag.scale() > 2) {
            invoer.fout(veld, "heeft ten hoogste twee cijfers achter de komma (hele centen)");
            return null;
        }
        if (bedrag.compareTo(MAX_BEDRAG) > 0) {
            invoer.fout(veld, "is te groot, ten hoogste " + MAX_BEDRAG.toPlainString());
            return null;
        }
        return bedrag.setScale(2);
    }

    /**
     * The inline milestones of a new card, each read by {@code lezer}; an error in one is named by its place,
     * e.g. {@code mijlpalen[1].datum}.
     */
    <T> List<T> mijlpalen(java.util.function.Function<Invoer, T> lezer) {
        JsonNode waarde = eigen.get("mijlpalen");
        List<T> gelezen = new ArrayList<>();
        if (waarde == null || waarde.isNull()) {
            return gelezen;
        }
        if (!waarde.isArray()) {
            invoer.fout("mijlpalen", "moet een lijst zijn, bijvoorbeeld [{\"omschrijving\":\"Gunning\",\"datum\":\"2021-06-30\"}]");
            return gelezen;
        }
        if (waarde.size() > MAX_MIJLPALEN) {
            invoer.fout("mijlpalen", "bevat te veel mijlpalen, ten hoogste " + MAX_MIJLPALEN);
            return gelezen;
        }
        for (int i = 0; i < waarde.size(); i++) {
            JsonNode element = waarde.get(i);
            String plek = "mijlpalen[" + i + "]";
            if (!element.isObject()) {
                invoer.fout(plek, "moet een object zijn met omschrijving en datum");
                continue;
            }
            try {
                gelezen.add(lezer.apply(Invoer.van(element)));
            } catch (nl.regiebord.api.ApiFout fout) {
                for (VeldFout v : fout.velden() == null ? List.<VeldFout>of() : fout.velden()) {
                    invoer.fout(plek + "." + v.veld(), v.melding(), v.toegestaan());
                }
            }
        }
        return gelezen;
    }

    /** Refuses fields that only one kind of request may carry (the milestones are changed on their own). */
    void weiger(String veld, String melding) {
        if (eigen.has(veld)) {
            invoer.fout(veld, melding);
        }
    }
}
