package nl.regiebord.product;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.regiebord.seed.SeedFout;
import nl.regiebord.seed.Seedlijst;

import static nl.regiebord.seed.Seedlijst.alleen;
import static nl.regiebord.seed.Seedlijst.genoemd;
import static nl.regiebord.seed.Seedlijst.tekst;

/**
 * The productenchecklist (seed 001), read and checked from {@code seed-data/producten.yaml} at start: a file that
 * cannot be used stops the start with a message naming the file and the entry, like the model's seed.
 */
@ApplicationScoped
@Startup
public class Productenlijst {

    static final String BESTAND = "producten.yaml";
    static final int MAX_PRODUCT = 300;
    static final int MAX_TOELICHTING = Planproduct.MAX_TOELICHTING;

    public record Product(String naam, String toelichting) {
    }

    public record Thema(String sleutel, String naam, int volgorde, List<Product> producten) {
    }

    private List<Thema> themas;

    @PostConstruct
    void laad() {
        themas = Seedlijst.laad(BESTAND, Productenlijst::inhoud);
    }

    /** The themes in their order, each with its products in the document's order. */
    public List<Thema> themas() {
        return themas;
    }

    public Optional<Thema> thema(String sleutel) {
        return themas.stream().filter(t -> t.sleutel().equals(sleutel)).findFirst();
    }

    public List<String> themaSleutels() {
        return themas.stream().map(Thema::sleutel).toList();
    }

    /** The theme's name, or its key for a theme a later version of the list no longer has. */
    public String themaNaam(String sleutel) {
        return thema(sleutel).map(Thema::naam).orElse(sleutel);
    }

    static List<Thema> lees(InputStream in) {
        return Seedlijst.lees(BESTAND, in, Productenlijst::inhoud);
    }

    private static List<Thema> inhoud(Seedlijst lijst) {
        String bestand = lijst.bestand();
        JsonNode themaLijst = lijst.lijst("themas");
        List<Thema> gelezen = new ArrayList<>();
        Set<String> sleutels = new HashSet<>();
        Set<Integer> volgordes = new HashSet<>();
        Set<String> productnamen = new HashSet<>();
        int i = 0;
        for (JsonNode t : themaLijst) {
            String waar = bestand + ", themas[" + ++i + "]" + genoemd(t, "naam");
            if (!t.isObject()) {
                throw new SeedFout(waar + ": verwacht sleutel, naam, volgorde en producten");
            }
            alleen(t, Set.of("sleutel", "naam", "volgorde", "producten"), waar);
            String sleutel = tekst(t, "sleutel", waar, 40);
            if (!sleutel.matches("[a-z]+")) {
                throw new SeedFout(waar + ": 'sleutel' moet een sleutel van kleine letters zijn, niet '" + sleutel + "'");
            }
            if (!sleutels.add(sleutel)) {
                throw new SeedFout(waar + ": sleutel '" + sleutel + "' komt twee keer voor");
            }
            JsonNode volgorde = t.get("volgorde");
            if (volgorde == null || !volgorde.isInt() || volgorde.intValue() < 1) {
                throw new SeedFout(waar + ": 'volgorde' moet een positief geheel getal zijn");
            }
            if (!volgordes.add(volgorde.intValue())) {
                throw new SeedFout(waar + ": volgorde " + volgorde.intValue() + " komt twee keer voor");
            }
            gelezen.add(new Thema(sleutel, tekst(t, "naam", waar, 100), volgorde.intValue(),
                    producten(t, waar, productnamen)));
        }
        if (gelezen.isEmpty()) {
            throw new SeedFout(bestand + ": 'themas' is leeg");
        }
        gelezen.sort(Comparator.comparingInt(Thema::volgorde));
        return List.copyOf(gelezen);
    }

    private static List<Product> producten(JsonNode thema, String waarThema, Set<String> productnamen) {
        JsonNode lijst = thema.get("producten");
        if (lijst == null || !lijst.isArray() || lijst.isEmpty()) {
            throw new SeedFout(waarThema + ": 'producten' ontbreekt of is leeg");
        }
        List<Product> producten = new ArrayList<>();
        int i = 0;
        for (JsonNode p : lijst) {
            String waar = waarThema + ", producten[" + ++i + "]" + genoemd(p, "naam");
            if (!p.isObject()) {
                throw new SeedFout(waar + ": verwacht naam en toelichting");
            }
            alleen(p, Set.of("naam", "toelichting"), waar);
            String naam = tekst(p, "naam", waar, MAX_PRODUCT);
            // the same product twice would be ticked off twice; seed 001 itself lists one product twice
            if (!productnamen.add(naam.toLowerCase(java.util.Locale.ROOT))) {
                throw new SeedFout(waar + ": product '" + naam + "' staat al eerder in de lijst");
            }
            producten.add(new Product(naam, tekst(p, "toelichting", waar, MAX_TOELICHTING)));
        }
        return List.copyOf(producten);
    }
}
