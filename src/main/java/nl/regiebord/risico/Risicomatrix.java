package nl.regiebord.risico;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.regiebord.plan.Plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Places risks in the 3×3 matrix: the scored, unclustered, undeleted risks that are open or beheerst. The matrix
 * of an earlier moment is the same placement over the risks' {@link RisicoStand} at that moment.
 */
@ApplicationScoped
public class Risicomatrix {

    static final List<Niveau> RIJEN = List.of(Niveau.HOOG, Niveau.MIDDEN, Niveau.LAAG);
    static final List<Niveau> KOLOMMEN = List.of(Niveau.LAAG, Niveau.MIDDEN, Niveau.HOOG);

    @Inject
    Risicostanden standen;

    public List<Risicopositie> nu(Plan plan) {
        return Risico.<Risico>list("plan = ?1 order by id", plan).stream().map(Risicopositie::van).toList();
    }

    public List<Risicopositie> op(Plan plan, Instant moment) {
        Map<Long, RisicoStand> stand = standen.op(plan.id, moment);
        return Risico.<Risico>list("plan = ?1 order by id", plan).stream()
                .filter(r -> stand.containsKey(r.id))
                .map(r -> Risicopositie.van(r, stand.get(r.id))).toList();
    }

    public List<Risicopositie> op(Plan plan, LocalDate peildatum) {
        return op(plan, standen.eindVan(peildatum));
    }

    /**
     * @param beweging how each risk moved since the previous review (null: not shown)
     */
    public MatrixJson bouw(List<Risicopositie> posities, boolean rest, LocalDate peildatum,
                           Function<Risicopositie, MatrixJson.Beweging> beweging) {
        List<Risicopositie> inMatrix = posities.stream().filter(Risicopositie::inMatrix)
                .sorted(Comparator.comparing((Risicopositie p) -> p.risico().id)).toList();
        List<MatrixJson.Cel> cellen = new ArrayList<>();
        for (Niveau kans : RIJEN) {
            for (Niveau impact : KOLOMMEN) {
                Risicoscore score = Risicoscore.van(kans, impact);
                List<MatrixJson.RisicoInCel> risicos = inMatrix.stream()
                        .filter(p -> p.kans(rest) == kans && p.impact(rest) == impact)
                        .map(p -> new MatrixJson.RisicoInCel(p.risico().id, p.risico().nummer, p.risico().categorie,
                                p.risico().omschrijving, p.risico().korteNaam(),
                                rest && !p.heeftRest() ? Boolean.TRUE : null,
                                beweging == null ? null : beweging.apply(p)))
                        .toList();
                cellen.add(new MatrixJson.Cel(kans, impact, score.score(), score.kwalificatie(),
                        score.kwalificatie().kleur(), risicos.size(), risicos));
            }
        }
        return new MatrixJson(rest, peildatum, inMatrix.size(), cellen);
    }
}
