package nl.regiebord.toegang;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of a plan's members, for the suggestions under every person field ({@code <datalist>}): a name chosen
 * from them links the record to that member, as the API does for a typed member's name; any other name stays a name.
 * {@code {inject:ledenlijst.namen(plan.id)}} in a template, read once per request.
 */
@Named("ledenlijst")
@RequestScoped
public class Ledenlijst {

    private final Map<Long, List<String>> namen = new HashMap<>();

    public List<String> namen(Long planId) {
        return namen.computeIfAbsent(planId, id -> Lidmaatschap.gebruikersVan(id).stream().map(g -> g.naam)
                .distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList());
    }
}
