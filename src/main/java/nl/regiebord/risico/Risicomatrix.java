package nl.regiebord.risico;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.regiebord.pagina.Weergaveformaten;
import nl.regiebord.plan.Plan;
import nl.regiebord.register.Raster;

/**
 * Places risks in the 3×3 matrix: the scored, unclustered, undeleted risks that are open or beheerst. The matrix
 * of an earlier moment is the same placement over the risks' {@link Risicostand} at that moment.
 */
@ApplicationScoped
public class Risicomatrix {

    static final List<Risiconiveau> RIJEN = List.of(Risiconiveau.HOOG, Risiconiveau.MIDDEN, Risiconiveau.LAAG);
    static final List<Risiconiveau> KOLOMMEN = List.of(Risiconiveau.LAAG, Risiconiveau.MIDDEN, Risiconiveau.HOOG);

    @Inject
    Risicostanden standen;

    public List<Risicopositie> nu(Plan plan) {
        return Risico.alleVan(plan).stream().map(Risicopositie::van).toList();
    }

    public List<Risicopositie> op(Plan plan, Instant moment) {
        return standen.posities(Risico.alleVan(plan), moment, Risicopositie::van);
    }

    public List<Risicopositie> op(Plan plan, LocalDate peildatum) {
        return op(plan, standen.eindVan(peildatum));
    }

    /** The risks as the review froze them. */
    public List<Risicopositie> bij(Risicoreview review) {
        return Risicoreviewpositie.van(review).stream().map(p -> Risicopositie.van(Risico.findById(p.risicoId), p)).toList();
    }

    /**
     * How a risk moved since the review: "was hoog/midden" when its cell changed, "nieuw" when it was not in the
     * matrix then; nothing when it stayed put.
     */
    public Function<Risicopositie, RisicomatrixJson.Beweging> sinds(Risicoreview review, boolean rest) {
        if (review == null) {
            return null;
        }
        Map<Long, Risicopositie> toen = new java.util.HashMap<>();
        bij(review).stream().filter(Risicopositie::inMatrix).forEach(p -> toen.put(p.risico().id, p));
        String sinds = " sinds de review van " + Weergaveformaten.kort(review.datum);
        return nu -> {
            Risicopositie vorige = toen.get(nu.risico().id);
            if (vorige == null) {
                return new RisicomatrixJson.Beweging(null, null, null, "nieuw", "nieuw" + sinds);
            }
            Risiconiveau kans = vorige.kans(rest);
            Risiconiveau impact = vorige.impact(rest);
            if (kans == nu.kans(rest) && impact == nu.impact(rest)) {
                return null;
            }
            int was = Risicoscore.van(kans, impact).score();
            int is = Risicoscore.van(nu.kans(rest), nu.impact(rest)).score();
            String richting = is > was ? "omhoog" : is < was ? "omlaag" : "verschoven";
            String pijl = is > was ? "↑" : is < was ? "↓" : "↔";
            return new RisicomatrixJson.Beweging(kans, impact, was, richting,
                    pijl + " was " + kans.tekst() + "/" + impact.tekst() + sinds);
        };
    }

    /**
     * @param beweging how each risk moved since the previous review (null: not shown)
     */
    public RisicomatrixJson bouw(List<Risicopositie> posities, boolean rest, LocalDate peildatum,
                           Function<Risicopositie, RisicomatrixJson.Beweging> beweging) {
        List<Risicopositie> inMatrix = posities.stream().filter(Risicopositie::inMatrix)
                .sorted(Comparator.comparing((Risicopositie p) -> p.risico().volgnummer)).toList();
        List<RisicomatrixJson.Cel> cellen = Raster.cellen(RIJEN, KOLOMMEN, inMatrix,
                (p, kans, impact) -> p.kans(rest) == kans && p.impact(rest) == impact, (kans, impact, erin) -> {
                    Risicoscore score = Risicoscore.van(kans, impact);
                    List<RisicomatrixJson.RisicoInCel> risicos = erin.stream()
                            .map(p -> new RisicomatrixJson.RisicoInCel(p.risico().id, p.risico().nummer(),
                                    p.risico().categorie, p.risico().omschrijving, p.risico().korteNaam(),
                                    rest && !p.heeftRest() ? Boolean.TRUE : null,
                                    beweging == null ? null : beweging.apply(p)))
                            .toList();
                    return new RisicomatrixJson.Cel(kans, impact, score.score(), score.kwalificatie(),
                            score.kwalificatie().kleur(), risicos.size(), risicos);
                });
        return new RisicomatrixJson(rest, peildatum, inMatrix.size(), cellen);
    }
}
