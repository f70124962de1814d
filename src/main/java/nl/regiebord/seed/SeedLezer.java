package nl.regiebord.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.modelplan.Deadlineregel;
import nl.regiebord.modelplan.Fase;
import nl.regiebord.modelplan.Modelinhoud;

/**
 * Reads and checks the seed files of {@code seed-data/}: {@code index.yaml} names the version and the files.
 * Every problem stops with a {@link SeedFout} naming the file and the entry, so a typo in the model never
 * reaches a plan.
 */
public class SeedLezer {

    public static final String MAP = "seed-data/";
    static final Set<String> BESLUITORGANEN = Set.of("college", "raad", "college of raad");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final Function<String, InputStream> bronnen;
    private final MessageDigest hash;

    /** @param bronnen opens a file by its name relative to the seed folder, or returns null when it is absent */
    public SeedLezer(Function<String, InputStream> bronnen) {
        this.bronnen = bronnen;
        try {
            this.hash = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SeedLezer vanClasspath() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return new SeedLezer(naam -> loader.getResourceAsStream(MAP + naam));
    }

    /** The model and a fingerprint of every file read, to tell whether anything changed since the last start. */
    public record Resultaat(Modelinhoud inhoud, String vingerafdruk) {
    }

    public Resultaat lees() {
        Knoop index = open("index.yaml");
        index.alleen("versie", "bron", "keten", "themas");
        String versie = index.tekst("versie", true);
        String bron = index.tekst("bron", false);
        String ketenBestand = index.tekst("keten", true);
        List<Modelinhoud.SchakelInfo> keten = leesKeten(open(ketenBestand));
        List<Modelinhoud.Thema> themas = new ArrayList<>();
        Set<String> sleutels = new HashSet<>();
        for (Knoop bestand : index.lijst("themas", true)) {
            Knoop thema = open(bestand.waarde().get("bestandsnaam").asText());
            Modelinhoud.Thema gelezen = leesThema(thema);
            if (!sleutels.add(gelezen.sleutel())) {
                throw thema.fout("thema '" + gelezen.sleutel() + "' komt in meer dan één bestand voor");
            }
            themas.add(gelezen);
        }
        themas.sort(java.util.Comparator.comparingInt(Modelinhoud.Thema::volgorde));
        return new Resultaat(new Modelinhoud(versie, bron, List.copyOf(themas), keten),
                HexFormat.of().formatHex(hash.digest()));
    }

    private List<Modelinhoud.SchakelInfo> leesKeten(Knoop bestand) {
        bestand.alleen("bron", "schakels");
        List<Modelinhoud.SchakelInfo> schakels = new ArrayList<>();
        for (Knoop s : bestand.lijst("schakels", true)) {
            s.alleen("nummer", "naam", "omschrijving", "rolGemeente", "taken");
            int nummer = s.getal("nummer");
            if (nummer != schakels.size() + 1) {
                throw s.fout("schakels moeten op volgorde staan, verwacht nummer " + (schakels.size() + 1));
            }
            schakels.add(new Modelinhoud.SchakelInfo(nummer, s.tekst("naam", true), s.tekst("omschrijving", true),
                    s.tekst("rolGemeente", true), s.teksten("taken")));
        }
        return List.copyOf(schakels);
    }

    private Modelinhoud.Thema leesThema(Knoop t) {
        t.alleen("thema", "naam", "volgorde", "bron", "inleiding", "aandachtspunten", "onderdelen");
        String thema = t.tekst("thema", true);
        if (!thema.matches("[a-z]+")) {
            throw t.fout("'thema' moet een sleutel van kleine letters zijn, niet '" + thema + "'");
        }
        List<Modelinhoud.Onderdeel> onderdelen = new ArrayList<>();
        Set<String> actieSleutels = new HashSet<>();
        List<Knoop> onderdeelKnopen = t.lijst("onderdelen", true);
        for (Knoop o : onderdeelKnopen) {
            o.alleen("sleutel", "naam", "tabel", "aandachtspunten", "acties");
            String sleutel = o.tekst("sleutel", false);
            if (sleutel == null && onderdeelKnopen.size() > 1) {
                throw o.fout("een thema met meer onderdelen geeft elk onderdeel een 'sleutel'");
            }
            List<Modelinhoud.Actie> acties = new ArrayList<>();
            for (Knoop a : o.lijst("acties", true)) {
                Modelinhoud.Actie actie = leesActie(a, thema, sleutel);
                if (!actieSleutels.add(actie.sleutel())) {
                    throw a.fout("actie '" + actie.actie() + "' staat twee keer in hetzelfde onderdeel");
                }
                acties.add(actie);
            }
            onderdelen.add(new Modelinhoud.Onderdeel(sleutel, o.tekst("naam", false), o.tekst("tabel", false),
                    o.teksten("aandachtspunten"), List.copyOf(acties)));
        }
        return new Modelinhoud.Thema(thema, t.tekst("naam", true), t.getal("volgorde"), t.tekst("bron", false),
                t.tekst("inleiding", false), t.teksten("aandachtspunten"), List.copyOf(onderdelen));
    }

    private Modelinhoud.Actie leesActie(Knoop a, String thema, String onderdeel) {
        a.alleen("fase", "actie", "deadline", "status", "besluitorgaan", "eigenAanvulling", "stappen");
        String faseTekst = a.tekst("fase", true);
        Fase fase = Keuzewaarde.lees(Fase.class, faseTekst).orElseThrow(() -> a.fout("onbekende fase '" + faseTekst
                + "'; toegestaan: " + String.join(", ", Keuzewaarde.toegestaan(Fase.class))));
        String actie = a.tekst("actie", true);
        String deadline = a.tekst("deadline", false);
        String status = a.tekst("status", false);
        if (status != null && !status.equals("afgerond")) {
            throw a.fout("status '" + status + "' is onbekend; het model kent alleen 'afgerond' of leeg");
        }
        Deadlineregel.Verschuiving verschuiving;
        try {
            verschuiving = Deadlineregel.lees(deadline, status);
        } catch (IllegalArgumentException e) {
            throw a.fout(e.getMessage());
        }
        String orgaan = a.tekst("besluitorgaan", false);
        if (orgaan != null && !BESLUITORGANEN.contains(orgaan)) {
            throw a.fout("besluitorgaan '" + orgaan + "' is onbekend; toegestaan: college, raad, college of raad");
        }
        List<Modelinhoud.Stap> stappen = new ArrayList<>();
        for (Knoop s : a.lijst("stappen", false)) {
            s.alleen("kop", "tekst", "punten");
            stappen.add(new Modelinhoud.Stap(s.tekst("kop", true), s.tekst("tekst", false) == null ? ""
                    : s.tekst("tekst", false), s.teksten("punten")));
        }
        String sleutel = thema + "/" + (onderdeel == null ? "-" : onderdeel) + "/" + actie;
        return new Modelinhoud.Actie(sleutel, fase, actie, deadline == null ? "" : deadline, status == null ? "" : status,
                verschuiving.startMaanden(), verschuiving.deadlineMaanden(), orgaan, a.tekst("eigenAanvulling", false),
                List.copyOf(stappen));
    }

    private Knoop open(String naam) {
        byte[] inhoud;
        try (InputStream in = bronnen.apply(naam)) {
            if (in == null) {
                throw new SeedFout(MAP + naam + ": bestand niet gevonden");
            }
            inhoud = in.readAllBytes();
        } catch (IOException e) {
            throw new SeedFout(MAP + naam + ": niet te lezen", e);
        }
        hash.update(naam.getBytes(StandardCharsets.UTF_8));
        hash.update(inhoud);
        try {
            JsonNode boom = yaml.readTree(inhoud);
            if (boom == null || !boom.isObject()) {
                throw new SeedFout(MAP + naam + ": verwacht een YAML-document met velden");
            }
            return new Knoop(MAP + naam, "", boom);
        } catch (JsonProcessingException e) {
            String waar = e.getLocation() == null ? "" : " op regel " + e.getLocation().getLineNr();
            throw new SeedFout(MAP + naam + ": geen geldige YAML" + waar + " (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new SeedFout(MAP + naam + ": niet te lezen", e);
        }
    }

    /** A node of a seed file that knows where it is, for messages like "thema-inkoop.yaml, onderdelen[1].acties[3]". */
    private record Knoop(String bestand, String pad, JsonNode waarde) {

        SeedFout fout(String melding) {
            String naam = benoemd("actie").or(() -> benoemd("naam")).map(n -> " ('" + n + "')").orElse("");
            return new SeedFout(bestand + (pad.isEmpty() ? "" : ", " + pad) + naam + ": " + melding);
        }

        private java.util.Optional<String> benoemd(String veld) {
            JsonNode v = waarde.get(veld);
            return v != null && v.isTextual() && !v.asText().isBlank() ? java.util.Optional.of(v.asText().strip())
                    : java.util.Optional.empty();
        }

        void alleen(String... velden) {
            Set<String> bekend = Set.of(velden);
            Iterator<String> namen = waarde.fieldNames();
            while (namen.hasNext()) {
                String naam = namen.next();
                if (!bekend.contains(naam)) {
                    throw fout("onbekend veld '" + naam + "'; bekend zijn: " + String.join(", ", velden));
                }
            }
        }

        String tekst(String veld, boolean verplicht) {
            JsonNode v = waarde.get(veld);
            if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
                if (verplicht) {
                    throw fout("'" + veld + "' ontbreekt of is leeg");
                }
                return null;
            }
            if (!v.isValueNode()) {
                throw fout("'" + veld + "' moet een tekst zijn");
            }
            return v.asText().strip();
        }

        int getal(String veld) {
            JsonNode v = waarde.get(veld);
            if (v == null || !v.isInt()) {
                throw fout("'" + veld + "' moet een geheel getal zijn");
            }
            return v.asInt();
        }

        List<Knoop> lijst(String veld, boolean verplicht) {
            JsonNode v = waarde.get(veld);
            if (v == null || v.isNull()) {
                if (verplicht) {
                    throw fout("'" + veld + "' ontbreekt");
                }
                return List.of();
            }
            if (!v.isArray()) {
                throw fout("'" + veld + "' moet een lijst zijn");
            }
            List<Knoop> knopen = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode element = v.get(i);
                String elementPad = (pad.isEmpty() ? "" : pad + ".") + veld + "[" + (i + 1) + "]";
                if (element.isTextual()) {
                    knopen.add(new Knoop(bestand, elementPad,
                            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                                    .put("bestandsnaam", element.asText())));
                } else if (element.isObject()) {
                    knopen.add(new Knoop(bestand, elementPad, element));
                } else {
                    throw new Knoop(bestand, elementPad, element).fout("verwacht een item met velden");
                }
            }
            return knopen;
        }

        List<String> teksten(String veld) {
            JsonNode v = waarde.get(veld);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                throw fout("'" + veld + "' moet een lijst van teksten zijn");
            }
            List<String> teksten = new ArrayList<>();
            for (JsonNode element : v) {
                if (!element.isTextual() || element.asText().isBlank()) {
                    throw fout("'" + veld + "' bevat een lege of ongeldige tekst");
                }
                if (element.asText().contains("\n")) {
                    throw fout("'" + veld + "' bevat een tekst over meer regels; zet elk punt apart in de lijst");
                }
                teksten.add(element.asText().strip());
            }
            return List.copyOf(teksten);
        }
    }
}
