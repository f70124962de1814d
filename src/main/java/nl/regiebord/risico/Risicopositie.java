package nl.regiebord.risico;

/** Where a risk stood for the matrix: today (from the risk) or at an earlier moment (from a {@link RisicoStand}). */
public record Risicopositie(Risico risico, Niveau kans, Niveau impact, Niveau restKans, Niveau restImpact,
                            RisicoStatus status, Long clusterIn, boolean verwijderd) {

    static Risicopositie van(Risico r) {
        return new Risicopositie(r, r.kans, r.impact, r.restKans, r.restImpact, r.status, r.clusterIn, r.verwijderd);
    }

    static Risicopositie van(Risico r, RisicoStand s) {
        return new Risicopositie(r, s.kans, s.impact, s.restKans, s.restImpact, s.status, s.clusterIn, s.verwijderd);
    }

    static Risicopositie van(Risico r, RisicoreviewPositie p) {
        return new Risicopositie(r, p.kans, p.impact, p.restKans, p.restImpact, p.status, p.clusterIn, false);
    }

    boolean inMatrix() {
        return Risico.inMatrix(kans, impact, status, clusterIn, verwijderd);
    }

    boolean heeftRest() {
        return restKans != null && restImpact != null;
    }

    /** In the residual view a risk without rest scores stays at its own scores. */
    Niveau kans(boolean rest) {
        return rest && heeftRest() ? restKans : kans;
    }

    Niveau impact(boolean rest) {
        return rest && heeftRest() ? restImpact : impact;
    }
}
