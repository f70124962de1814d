package nl.regiebord.risico;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import nl.regiebord.register.Standen;

/** Writes and reads the {@link Risicostand} rows from which the matrix of an earlier moment is rebuilt. */
@ApplicationScoped
public class Risicostanden extends Standen<Risico, Risicostand> {

    public Risicostanden() {
        super(r -> Risicostand.laatste(r.id), Risicostand::new, Risicostand::totEnMet);
    }

    /** Records the risk's current state when it differs from the last recorded one, and when it entered the matrix. */
    @Override
    public void leg(Risico r) {
        // no automatic flush before this read: the risk's pending change and inMatrixSinds go out in one update,
        // so its version rises once per change
        Risicostand vorige = laatste(r);
        boolean wasInMatrix = vorige != null && Risico.inMatrix(vorige.kans, vorige.impact, vorige.status,
                vorige.clusterIn, vorige.verwijderd);
        if (vorige != null && r.inMatrix() && !wasInMatrix) {
            r.inMatrixSinds = LocalDate.now(klok);
        }
        leg(r, vorige);
    }
}
