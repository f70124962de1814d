package nl.regiebord.modelplan;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The seeded model, read once from the database after seeding and kept in memory: it changes only when the
 * service starts with new seed data. Names of themes and parts, aandachtspunten and the steps of new plans
 * come from here.
 */
@ApplicationScoped
public class Modelcatalogus {

    private volatile Modelinhoud inhoud;

    public Modelinhoud inhoud() {
        Modelinhoud huidig = inhoud;
        if (huidig == null) {
            throw new IllegalStateException("Het model is nog niet geladen");
        }
        return huidig;
    }

    public String themaNaam(String sleutel) {
        return inhoud().thema(sleutel).map(Modelinhoud.Thema::naam).orElse(sleutel);
    }

    public String onderdeelNaam(String thema, String onderdeel) {
        if (onderdeel == null) {
            return null;
        }
        return inhoud().thema(thema).flatMap(t -> t.onderdeel(onderdeel)).map(Modelinhoud.Onderdeel::naam)
                .orElse(onderdeel);
    }

    /**
     * What of a plan's action is Regiebord's own rather than the model's (with what the model says), by the key of
     * the model action it was made from; null for the model's own actions and for a plan's own actions.
     */
    public String eigenAanvulling(String modelSleutel) {
        if (modelSleutel == null) {
            return null;
        }
        return inhoud().themas().stream().flatMap(t -> t.onderdelen().stream()).flatMap(o -> o.acties().stream())
                .filter(a -> a.sleutel().equals(modelSleutel)).findFirst()
                .map(Modelinhoud.Actie::eigenAanvulling).orElse(null);
    }

    /**
     * Reads the model tables; called by the seed loader within its transaction, with the version and source of
     * the seed data it holds.
     */
    public void laad(String versie, String bron) {
        Map<String, List<ModelStap>> stappen = ModelStap.opVolgorde().stream()
                .collect(Collectors.groupingBy(s -> s.actieSleutel));
        Map<String, List<String>> aandachtspunten = ModelAandachtspunt.opVolgorde().stream()
                .collect(Collectors.groupingBy(a -> a.thema + "/" + (a.onderdeel == null ? "" : a.onderdeel),
                        Collectors.mapping(a -> a.tekst, Collectors.toList())));
        List<ModelActie> acties = ModelActie.opVolgorde();
        List<ModelOnderdeel> onderdelen = ModelOnderdeel.opVolgorde();
        List<Modelinhoud.Thema> themas = new ArrayList<>();
        for (ModelThema t : ModelThema.opVolgorde()) {
            List<Modelinhoud.Onderdeel> delen = new ArrayList<>();
            for (ModelOnderdeel o : onderdelen) {
                if (!o.thema.equals(t.sleutel)) {
                    continue;
                }
                List<Modelinhoud.Actie> deelActies = acties.stream()
                        .filter(a -> a.thema.equals(t.sleutel) && java.util.Objects.equals(a.onderdeel, o.sleutel))
                        .map(a -> new Modelinhoud.Actie(a.sleutel, a.fase, a.actie, a.deadlineTekst, a.modelStatus,
                                a.startMaanden, a.deadlineMaanden, a.besluitorgaan, a.eigenAanvulling,
                                stappen.getOrDefault(a.sleutel, List.of()).stream()
                                        .map(s -> new Modelinhoud.Stap(s.kop, s.tekst, regels(s.punten))).toList()))
                        .toList();
                delen.add(new Modelinhoud.Onderdeel(o.sleutel, o.naam, o.tabel,
                        List.copyOf(aandachtspunten.getOrDefault(t.sleutel + "/" + (o.sleutel == null ? "-" : o.sleutel),
                                List.of())), deelActies));
            }
            themas.add(new Modelinhoud.Thema(t.sleutel, t.naam, t.volgorde, t.bron, t.inleiding,
                    List.copyOf(aandachtspunten.getOrDefault(t.sleutel + "/", List.of())), List.copyOf(delen)));
        }
        List<Modelinhoud.SchakelInfo> keten = Schakel.opVolgorde().stream()
                .map(s -> new Modelinhoud.SchakelInfo(s.nummer, s.naam, s.omschrijving, s.rolGemeente, regels(s.taken)))
                .toList();
        inhoud = new Modelinhoud(versie, bron, List.copyOf(themas), keten);
    }

    private static List<String> regels(String tekst) {
        return tekst == null || tekst.isEmpty() ? List.of() : Arrays.asList(tekst.split("\n"));
    }
}
