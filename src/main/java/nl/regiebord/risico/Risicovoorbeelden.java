package nl.regiebord.risico;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.seed.SeedFout;
import nl.regiebord.seed.Seedlijst;

import static nl.regiebord.seed.Seedlijst.tekst;

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
        voorbeelden = Seedlijst.laad(BESTAND, Risicovoorbeelden::inhoud);
    }

    public List<Voorbeeld> alle() {
        return voorbeelden;
    }

    static List<Voorbeeld> lees(InputStream in) {
        return Seedlijst.lees(BESTAND, in, Risicovoorbeelden::inhoud);
    }

    private static List<Voorbeeld> inhoud(Seedlijst lijst) {
        String bestand = lijst.bestand();
        JsonNode voorbeeldLijst = lijst.lijst("voorbeelden");
        List<Voorbeeld> gelezen = new ArrayList<>();
        Set<Integer> nummers = new HashSet<>();
        int i = 0;
        for (JsonNode v : voorbeeldLijst) {
            String waar = bestand + ", voorbeelden[" + i++ + "]"
                    + (v.path("omschrijving").isTextual() ? " ('" + Risico.kort(v.get("omschrijving").asText()) + "')" : "");
            if (!v.isObject()) {
                throw new SeedFout(waar + ": verwacht categorie, nummer, omschrijving en maatregel");
            }
            Seedlijst.alleen(v, VELDEN, waar);
            String categorieTekst = tekst(v, "categorie", waar, Integer.MAX_VALUE);
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
            gelezen.add(new Voorbeeld(categorie, nummer, tekst(v, "omschrijving", waar, Integer.MAX_VALUE),
                    tekst(v, "maatregel", waar, Integer.MAX_VALUE)));
        }
        if (gelezen.isEmpty()) {
            throw new SeedFout(bestand + ": 'voorbeelden' is leeg");
        }
        return List.copyOf(gelezen);
    }
}
