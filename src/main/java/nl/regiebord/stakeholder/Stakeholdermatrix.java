package nl.regiebord.stakeholder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.regiebord.pagina.Weergaveformaten;
import nl.regiebord.plan.Plan;
import nl.regiebord.register.Raster;

/**
 * Places stakeholders in the 4×4 grid. The grid of an earlier moment is the same placement over the
 * stakeholders' {@link Stakeholderstand} at that moment, so it is rebuilt from what was recorded then.
 */
@ApplicationScoped
public class Stakeholdermatrix {

    /** Invloed down the side, zeer hoog on top; belang across, laag on the left (Figuur 7). */
    public static final List<Stakeholderniveau> RIJEN = List.of(Stakeholderniveau.ZEER_HOOG, Stakeholderniveau.HOOG, Stakeholderniveau.MATIG, Stakeholderniveau.LAAG);
    public static final List<Stakeholderniveau> KOLOMMEN = List.of(Stakeholderniveau.LAAG, Stakeholderniveau.MATIG, Stakeholderniveau.HOOG, Stakeholderniveau.ZEER_HOOG);

    @Inject
    Stakeholderstanden standen;

    public List<Stakeholderpositie> nu(Plan plan) {
        return Stakeholder.alleVan(plan).stream().map(Stakeholderpositie::van).toList();
    }

    public List<Stakeholderpositie> op(Plan plan, Instant moment) {
        return standen.posities(Stakeholder.alleVan(plan), moment, Stakeholderpositie::van);
    }

    public List<Stakeholderpositie> op(Plan plan, LocalDate peildatum) {
        return op(plan, standen.eindVan(peildatum));
    }

    /**
     * How a stakeholder moved since the herijking: "was hoog/matig" when its cell changed, "nieuw" when it was not
     * in the grid then; nothing when it stayed put. Null without a herijking.
     */
    public Function<Stakeholderpositie, StakeholdermatrixJson.Beweging> sinds(Herijking herijking) {
        if (herijking == null) {
            return null;
        }
        Map<Long, Stakeholderpositie> toen = new HashMap<>();
        op(herijking.plan, herijking.tijdstip).stream().filter(Stakeholderpositie::inMatrix)
                .forEach(p -> toen.put(p.stakeholder().id, p));
        String sinds = " sinds de herijking van " + Weergaveformaten.kort(herijking.datum);
        return nu -> {
            Stakeholderpositie vorige = toen.get(nu.stakeholder().id);
            if (vorige == null) {
                return new StakeholdermatrixJson.Beweging(null, null, null, "nieuw" + sinds);
            }
            if (vorige.belang() == nu.belang() && vorige.invloed() == nu.invloed()) {
                return null;
            }
            Kwadrant was = Kwadrant.van(vorige.belang(), vorige.invloed());
            String ander = was == Kwadrant.van(nu.belang(), nu.invloed()) ? "" : ", " + was.tekst();
            return new StakeholdermatrixJson.Beweging(vorige.belang(), vorige.invloed(), was,
                    "was belang " + vorige.belang().tekst() + ", invloed " + vorige.invloed().tekst() + ander + sinds);
        };
    }

    /** @param beweging how each stakeholder moved since the last herijking (null: not shown) */
    public StakeholdermatrixJson bouw(List<Stakeholderpositie> posities, LocalDate peildatum, Herijking herijking,
                                      Function<Stakeholderpositie, StakeholdermatrixJson.Beweging> beweging) {
        List<Stakeholderpositie> inMatrix = posities.stream().filter(Stakeholderpositie::inMatrix)
                .sorted(Comparator.comparing((Stakeholderpositie p) -> p.stakeholder().naam, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<StakeholdermatrixJson.Cel> cellen = Raster.cellen(RIJEN, KOLOMMEN, inMatrix,
                (p, invloed, belang) -> p.belang() == belang && p.invloed() == invloed, (invloed, belang, inCel) -> {
                    Kwadrant kwadrant = Kwadrant.van(belang, invloed);
                    List<StakeholdermatrixJson.StakeholderInCel> erin = inCel.stream()
                            .map(p -> new StakeholdermatrixJson.StakeholderInCel(p.stakeholder().id,
                                    p.stakeholder().naam, p.stakeholder().type, beweging == null ? null : beweging.apply(p)))
                            .toList();
                    return new StakeholdermatrixJson.Cel(belang, invloed, kwadrant, kwadrant.kleur(), erin.size(), erin);
                });
        List<StakeholdermatrixJson.Kwadranttelling> tellingen = Arrays.stream(Kwadrant.values())
                .map(k -> new StakeholdermatrixJson.Kwadranttelling(k, k.kleur(), k.omgang(),
                        (int) inMatrix.stream().filter(p -> Kwadrant.van(p.belang(), p.invloed()) == k).count()))
                .toList();
        return new StakeholdermatrixJson(peildatum, herijking == null ? null : herijking.datum, inMatrix.size(),
                tellingen, cellen);
    }
}
