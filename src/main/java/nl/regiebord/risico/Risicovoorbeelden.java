package nl.regiebord.risico;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.seed.SeedFout;
import nl.regiebord.seed.SeedLezer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The example risks of Tabel 6, read and checked from {@code seed-data/risico-voorbeelden.yaml} at start: a
 * file that cannot be used stops the start with a message naming the file and the entry, like the model's seed.
 */
@ApplicationScoped
@Startup
public class Risicovoorbeelden {

    static final String BESTAND = "risico-voorbeelden.yaml";
    private static final Set<String> VELDEN = Set.of("categorie", "nummer", "omschrijving", "maatregel");

    public record Voorbeeld(Categorie categorie, Integer nummer, String omschrijving, String maatregel) {
    }

    private List<Voorbeeld> voorbeelden;

    @PostConstruct
    void laad() {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(SeedLezer.MAP + BESTAND)) {
            if (in == null) {
                throw new SeedFout(SeedLezer.MAP + BESTAND + " ontbreekt");
            }
            voorbeelden = lees(in);
        } catch (IOException e) {
            throw new SeedFout(SeedLezer.MAP + BESTAND + " is niet te lezen: " + e.getMessage(), e);
        }
    }

    public List<Voorbeeld> alle() {
        return voorbeelden;
    }

    static List<Voorbeeld> lees(InputStream in) {
        String bestand = SeedLezer.MAP + BESTAND;
        JsonNode wortel;
        try {
            wortel = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new SeedFout(bestand + " is geen geldige YAML: " + e.getMessage(), e);
        }
        if (wortel == null || !wortel.isObject() || !wortel.path("voorbeelden").isArray()) {
            throw new SeedFout(bestand + ": verwacht 'voorbeelden' met een lijst");
        }
        for (Iterator<String> it = wortel.fieldNames(); it.hasNext(); ) {
            String naam = it.next();
            if (!naam.equals("bron") && !naam.equals("voorbeelden")) {
                throw new SeedFout(bestand + ": onbekend veld '" + naam + "'");
            }
        }
        List<Voorbeeld> gelezen = new ArrayList<>();
        Set<Integer> nummers = new HashSet<>();
        int i = 0;
        for (JsonNode v : wortel.get("voorbeelden")) {
            String waar = bestand + ", voorbeelden[" + i++ + "]"
                    + (v.path("omschrijving").isTextual() ? " ('" + Risico.kort(v.get("omschrijving").asText()) + "')" : "");
            if (!v.isObject()) {
                throw new SeedFout(waar + ": verwacht categorie, nummer, omschrijving en maatregel");
            }
            for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
                String naam = it.next();
                if (!VELDEN.contains(naam)) {
                    throw new SeedFout(waar + ": onbekend veld '" + naam + "'");
                }
            }
            String categorieTekst = tekst(v, "categorie", waar);
            Categorie categorie = Keuzewaarde.lees(Categorie.class, categorieTekst).orElseThrow(() -> new SeedFout(
                    waar + ": onbekende categorie '" + categorieTekst + "', toegestaan: "
                            + String.join(", ", Keuzewaarde.toegestaan(Categorie.class))));
            JsonNode nummerKnoop = v.get("nummer");
            if (nummerKnoop == null) {
                throw new SeedFout(waar + ": 'nummer' ontbreekt (null voor een voorbeeld zonder nummer)");
            }
            Integer nummer = null;
            if (!nummerKnoop.isNull()) {
                if (!nummerKnoop.isInt() || nummerKnoop.intValue() < 1) {
                    throw new SeedFout(waar + ": 'nummer' moet een positief geheel getal of null zijn");
                }
                nummer = nummerKnoop.intValue();
                if (!nummers.add(nummer)) {
                    throw new SeedFout(waar + ": nummer " + nummer + " komt twee keer voor");
                }
            }
            gelezen.add(new Voorbeeld(categorie, nummer, tekst(v, "omschrijving", waar), tekst(v, "maatregel", waar)));
        }
        if (gelezen.isEmpty()) {
            throw new SeedFout(bestand + ": 'voorbeelden' is leeg");
        }
        return List.copyOf(gelezen);
    }

    private static String tekst(JsonNode v, String veld, String waar) {
        JsonNode waarde = v.get(veld);
        if (waarde == null || !waarde.isTextual() || waarde.asText().isBlank()) {
            throw new SeedFout(waar + ": '" + veld + "' ontbreekt of is leeg");
        }
        return waarde.asText().strip();
    }
}
