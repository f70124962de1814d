package nl.regiebord.risico;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When the stuurgroep should look at a risk again: its last review or the day it entered the matrix, whichever
 * is later (an example risk scored months after it was added is not overdue at once), plus the
 * interval of its kwalificatie — by default hoog monthly, midden quarterly, laag half-yearly. Only risks in
 * the matrix are planned; an unscored, clustered, closed or deleted risk has no next review.
 */
public record Reviewplanning(int hoogMaanden, int middenMaanden, int laagMaanden, LocalDate vandaag, ZoneId zone) {

    public static final int HOOG = 1;
    public static final int MIDDEN = 3;
    public static final int LAAG = 6;

    public LocalDate volgende(Risico risico) {
        if (!risico.inMatrix()) {
            return null;
        }
        LocalDate inMatrix = risico.inMatrixSinds != null ? risico.inMatrixSinds
                : LocalDate.ofInstant(risico.aangemaakt, zone);
        LocalDate vanaf = risico.laatsteReview != null && risico.laatsteReview.isAfter(inMatrix)
                ? risico.laatsteReview : inMatrix;
        return vanaf.plusMonths(maanden(risico.score().kwalificatie()));
    }

    public boolean teLaat(Risico risico) {
        LocalDate volgende = volgende(risico);
        return volgende != null && volgende.isBefore(vandaag);
    }

    public int maanden(Kwalificatie kwalificatie) {
        return switch (kwalificatie) {
            case HOOG -> hoogMaanden;
            case MIDDEN -> middenMaanden;
            case LAAG -> laagMaanden;
        };
    }
}
