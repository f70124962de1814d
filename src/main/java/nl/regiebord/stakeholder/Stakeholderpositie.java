package nl.regiebord.stakeholder;

/** Where a stakeholder stood in the grid: today (from the stakeholder) or at an earlier moment (from a stand). */
public record Stakeholderpositie(Stakeholder stakeholder, Stakeholderniveau belang, Stakeholderniveau invloed, Long samengevoegdIn,
                                 boolean verwijderd) {

    static Stakeholderpositie van(Stakeholder s) {
        return new Stakeholderpositie(s, s.belang, s.invloed, s.samengevoegdIn, s.verwijderd);
    }

    static Stakeholderpositie van(Stakeholder s, Stakeholderstand stand) {
        return new Stakeholderpositie(s, stand.belang, stand.invloed, stand.samengevoegdIn, stand.verwijderd);
    }

    /** In the grid: scored on both, on its own and not deleted. */
    boolean inMatrix() {
        return !verwijderd && samengevoegdIn == null && Kwadrant.van(belang, invloed) != null;
    }
}
