package nl.regiebord.stakeholder;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.regiebord.seed.SeedFout;
import nl.regiebord.seed.Seedlijst;

/**
 * The checklist of ch. 5 (extern and intern), read and checked from {@code seed-data/stakeholder-checklist.yaml}
 * at start: a file that cannot be used stops the start with a message naming the file and the entry.
 */
@ApplicationScoped
@Startup
public class Stakeholderchecklist {

    static final String BESTAND = "stakeholder-checklist.yaml";

    public record Item(String naam, Stakeholdertype type) {
    }

    private List<Item> items;

    @PostConstruct
    void laad() {
        items = Seedlijst.laad(BESTAND, Stakeholderchecklist::inhoud);
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
        return Seedlijst.lees(BESTAND, in, Stakeholderchecklist::inhoud);
    }

    private static List<Item> inhoud(Seedlijst seed) {
        String bestand = seed.bestand();
        JsonNode wortel = seed.wortel(Set.of("bron", "extern", "intern"),
                "'extern' en 'intern' met elk een lijst van namen");
        List<Item> gelezen = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        for (Stakeholdertype type : Stakeholdertype.values()) {
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
