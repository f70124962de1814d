package nl.regiebord.risico;

/** Where a risk stood for the matrix: today (from the risk) or at an earlier moment (from a {@link Risicostand}). */
public record Risicopositie(Risico risico, Risiconiveau kans, Risiconiveau impact, Risiconiveau restKans, Risiconiveau restImpact,
                            Risicostatus status, Long clusterIn, boolean verwijderd) {

    static Risicopositie van(Risico r) {
        return new Risicopositie(r, r.kans, r.impact, r.restKans, r.restImpact, r.status, r.clusterIn, r.verwijderd);
    }

    static Risicopositie van(Risico r, Risicostand s) {
        return new Risicopositie(r, s.kans, s.impact, s.restKans, s.restImpact, s.status, s.clusterIn, s.verwijderd);
    }

    static Risicopositie van(Risico r, Risicoreviewpositie p) {
        return new Risicopositie(r, p.kans, p.impact, p.restKans, p.restImpact, p.status, p.clusterIn, false);
    }

    boolean inMatrix() {
        return Risico.inMatrix(kans, impact, status, clusterIn, verwijderd);
    }

    boolean heeftRest() {
        return restKans != null && restImpact != null;
    }

    /** In the residual view a risk without rest scores stays at its own scores. */
    Risiconiveau kans(boolean rest) {
        return rest && heeftRest() ? restKans : kans;
    }

    Risiconiveau impact(boolean rest) {
        return rest && heeftRest() ? restImpact : impact;
    }
}
