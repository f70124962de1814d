package nl.regiebord.stakeholder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import nl.regiebord.seed.SeedFout;
import nl.regiebord.seed.SeedLezer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The checklist of ch. 5 (extern and intern), read and checked from {@code seed-data/stakeholder-checklist.yaml}
 * at start: a file that cannot be used stops the start with a message naming the file and the entry.
 */
@ApplicationScoped
@Startup
public class Stakeholderchecklist {

    static final String BESTAND = "stakeholder-checklist.yaml";

    public record Item(String naam, StakeholderType type) {
    }

    private List<Item> items;

    @PostConstruct
    void laad() {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(SeedLezer.MAP + BESTAND)) {
            if (in == null) {
                throw new SeedFout(SeedLezer.MAP + BESTAND + " ontbreekt");
            }
            items = lees(in);
        } catch (IOException e) {
            throw new SeedFout(SeedLezer.MAP + BESTAND + " is niet te lezen: " + e.getMessage(), e);
        }
    }

    /** Extern first, then intern, each in the model's order. */
    public List<Item> alle() {
        return items;
    }

    /** The item with this name, capitals not counting. */
    public Optional<Item> met(String naam) {
        return items.stream().filter(i -> i.naam().equalsIgnoreCase(naam)).findFirst();
    }

    static List<Item> lees(InputStream in) {
        String bestand = SeedLezer.MAP + BESTAND;
        JsonNode wortel;
        try {
            wortel = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new SeedFout(bestand + " is geen geldige YAML: " + e.getMessage(), e);
        }
        if (wortel == null || !wortel.isObject()) {
            throw new SeedFout(bestand + ": verwacht 'extern' en 'intern' met elk een lijst van namen");
        }
        for (Iterator<String> it = wortel.fieldNames(); it.hasNext(); ) {
            String naam = it.next();
            if (!Set.of("bron", "extern", "intern").contains(naam)) {
                throw new SeedFout(bestand + ": onbekend veld '" + naam + "'");
            }
        }
        List<Item> gelezen = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        for (StakeholderType type : StakeholderType.values()) {
            JsonNode lijst = wortel.get(type.tekst());
            if (lijst == null || !lijst.isArray() || lijst.isEmpty()) {
                throw new SeedFout(bestand + ": '" + type.tekst() + "' ontbreekt of is geen lijst van namen");
            }
            int i = 0;
            for (JsonNode naam : lijst) {
                String waar = bestand + ", " + type.tekst() + "[" + i++ + "]";
                if (!naam.isTextual() || naam.asText().isBlank()) {
                    throw new SeedFout(waar + ": verwacht een naam");
                }
                String tekst = naam.asText().strip();
                if (tekst.length() > Stakeholder.MAX_NAAM) {
                    throw new SeedFout(waar + " ('" + tekst.substring(0, 40) + "…'): naam langer dan "
                            + Stakeholder.MAX_NAAM + " tekens");
                }
                if (!gezien.add(tekst.toLowerCase(Locale.ROOT))) {
                    throw new SeedFout(waar + " ('" + tekst + "'): staat twee keer in de checklist");
                }
                gelezen.add(new Item(tekst, type));
            }
        }
        return List.copyOf(gelezen);
    }
}
