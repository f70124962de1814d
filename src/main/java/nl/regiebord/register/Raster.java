package nl.regiebord.register;

import java.util.ArrayList;
import java.util.List;

/**
 * The grid of a register (the risk matrix, kans × impact; the stakeholder grid, invloed × belang): cells row by
 * row, each made of the entries that stand in it. What a cell tells (score, kwalificatie, quadrant) is the
 * feature's own.
 */
public final class Raster {

    private Raster() {
    }

    /** Where an entry stands: on row {@code rij} and column {@code kolom}. */
    @FunctionalInterface
    public interface Plaats<P, N> {
        boolean op(P positie, N rij, N kolom);
    }

    /** A cell: its row and column value and the entries that stand in it. */
    @FunctionalInterface
    public interface Cel<N, P, C> {
        C maak(N rij, N kolom, List<P> erin);
    }

    /**
     * The cells, row by row, from the top row and within a row from the left; the entries in the grid are
     * placed by {@code plaats}, in their given order.
     */
    public static <N, P, C> List<C> cellen(List<N> rijen, List<N> kolommen, List<P> inRaster, Plaats<P, N> plaats,
                                           Cel<N, P, C> cel) {
        List<C> cellen = new ArrayList<>();
        for (N rij : rijen) {
            for (N kolom : kolommen) {
                cellen.add(cel.maak(rij, kolom, inRaster.stream().filter(p -> plaats.op(p, rij, kolom)).toList()));
            }
        }
        return cellen;
    }
}
