package nl.regiebord.projectkaart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.regiebord.modelplan.Modelcatalogus;
import nl.regiebord.modelplan.Modelinhoud;
import nl.regiebord.plan.Plan;

/**
 * "In één oogopslag de voortgang op de verschillende thema's": per theme of the model its cards, how complete each
 * is and the next milestone; a theme without a card says so.
 */
@ApplicationScoped
public class Kaartoverzicht {

    /** One card in the overview. */
    @io.quarkus.qute.TemplateData
    public record Kaart(Long id, String titel, int volledig, List<String> ontbreekt, int mijlpalenBehaald,
                        int mijlpalenTotaal, MijlpaalJson volgendeMijlpaal) {
    }

    /** A theme with its cards; {@code volgendeMijlpaal} is the earliest still to reach over all of them. */
    @io.quarkus.qute.TemplateData
    public record Thema(String thema, String themaNaam, boolean zonderKaart, List<Kaart> kaarten,
                        MijlpaalJson volgendeMijlpaal) {
    }

    @Inject
    Modelcatalogus catalogus;
    @Inject
    ProjectkaartService kaarten;

    public List<Thema> van(Plan plan) {
        return van(kaarten.alsJson(plan, false));
    }

    /** The overview of cards already read (the plan's undeleted ones). */
    public List<Thema> van(List<KaartJson> alle) {
        return catalogus.inhoud().themas().stream().map(t -> thema(t, alle)).toList();
    }

    private static Thema thema(Modelinhoud.Thema thema, List<KaartJson> alle) {
        List<Kaart> vanThema = alle.stream().filter(k -> k.thema().equals(thema.sleutel()))
                .map(k -> new Kaart(k.id(), k.titel(), k.volledig(), k.ontbreekt(), k.voortgang().mijlpalenBehaald(),
                        k.voortgang().mijlpalenTotaal(), k.voortgang().volgendeMijlpaal()))
                .toList();
        MijlpaalJson volgende = vanThema.stream().map(Kaart::volgendeMijlpaal).filter(Objects::nonNull)
                .min(Comparator.comparing(MijlpaalJson::verwachteDatum)).orElse(null);
        return new Thema(thema.sleutel(), thema.naam(), vanThema.isEmpty(), vanThema, volgende);
    }
}
