package nl.regiebord.risico;

/**
 * The one place where a risk's score and kwalificatie are derived: score = kans × impact with laag=1,
 * midden=2, hoog=3 (so 1, 2, 3, 4, 6 or 9), kwalificatie laag for 1–2, midden for 3–4, hoog for 6–9.
 */
public record Risicoscore(int score, Kwalificatie kwalificatie) {

    /** The score, or null while kans or impact is not scored yet. */
    public static Risicoscore van(Risiconiveau kans, Risiconiveau impact) {
        if (kans == null || impact == null) {
            return null;
        }
        int score = kans.waarde() * impact.waarde();
        Kwalificatie kwalificatie = score <= 2 ? Kwalificatie.LAAG : score <= 4 ? Kwalificatie.MIDDEN : Kwalificatie.HOOG;
        return new Risicoscore(score, kwalificatie);
    }
}
