package nl.regiebord.risico;

import java.time.LocalDate;
import java.util.List;

/**
 * A risk as the API shows it. {@code nummer} is how people name it ("R3"); {@code voorbeeldnummer} the number of a
 * Tabel 6 example. score, kwalificatie and kleur (and their rest counterparts) are derived by {@link Risicoscore};
 * null while unscored. {@code geclusterd} lists the ids of the risks clustered into this one.
 */
public record RisicoJson(Long id, String nummer, Integer voorbeeldnummer, Categorie categorie, String omschrijving, String maatregel,
                         Risiconiveau kans, Risiconiveau impact, Integer score, Kwalificatie kwalificatie, String kleur,
                         Risiconiveau restKans, Risiconiveau restImpact, Integer restScore, Kwalificatie restKwalificatie,
                         String restKleur, Risicostatus status, String eigenaar, Long eigenaarId,
                         String ingebrachtDoor, Long ingebrachtDoorId, boolean voorbeeld, Long clusterIn,
                         String clusterInNummer, List<Long> geclusterd, boolean inMatrix, boolean verwijderd, LocalDate laatsteReview,
                         LocalDate volgendeReview, boolean reviewTeLaat, long version) {

    static RisicoJson van(Risico r, String clusterInNummer, List<Long> geclusterd, Reviewplanning planning) {
        Risicoscore score = r.score();
        Risicoscore rest = r.restScore();
        LocalDate volgende = planning == null ? null : planning.volgende(r);
        return new RisicoJson(r.id, r.nummer(), r.voorbeeldnummer, r.categorie, r.omschrijving, r.maatregel, r.kans, r.impact,
                score == null ? null : score.score(), score == null ? null : score.kwalificatie(),
                score == null ? null : score.kwalificatie().kleur(), r.restKans, r.restImpact,
                rest == null ? null : rest.score(), rest == null ? null : rest.kwalificatie(),
                rest == null ? null : rest.kwalificatie().kleur(), r.status, r.eigenaar, r.eigenaarId,
                r.ingebrachtDoor, r.ingebrachtDoorId, r.voorbeeld, r.clusterIn, clusterInNummer, geclusterd, r.inMatrix(),
                r.verwijderd, r.laatsteReview, volgende, planning != null && planning.teLaat(r), r.version);
    }
}
