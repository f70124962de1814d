package nl.regiebord.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** A plan's checklist grouped per theme, in the checklist's order, each theme with its progress. */
@ApplicationScoped
public class Productenchecklist {

    public record Themagroep(String sleutel, String naam, Productvoortgang voortgang, List<ProductJson> producten) {
    }

    @Inject
    ProductService producten;
    @Inject
    Productenlijst lijst;

    @Transactional
    public List<Themagroep> perThema(Long planId) {
        List<ProductJson> alle = producten.lijst(planId, null, null);
        List<Themagroep> groepen = new ArrayList<>();
        for (Productenlijst.Thema thema : lijst.themas()) {
            groep(thema.sleutel(), thema.naam(), alle).ifPresent(groepen::add);
        }
        // a theme a later checklist dropped still shows the products a plan already has of it
        alle.stream().map(ProductJson::thema).distinct().filter(t -> lijst.thema(t).isEmpty())
                .forEach(t -> groep(t, t, alle).ifPresent(groepen::add));
        return groepen;
    }

    private static java.util.Optional<Themagroep> groep(String sleutel, String naam, List<ProductJson> alle) {
        List<ProductJson> vanThema = alle.stream().filter(p -> p.thema().equals(sleutel)).toList();
        return vanThema.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new Themagroep(sleutel, naam, Productvoortgang.van(vanThema), vanThema));
    }
}
