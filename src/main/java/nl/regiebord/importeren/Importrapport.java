package nl.regiebord.importeren;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The answer of an import, row by row. {@code proef}: a dry run, nothing was changed; {@code toegepast}: the
 * changes of the rows with uitkomst "wijziging" were saved, in one transaction.
 */
public record Importrapport(boolean proef, boolean toegepast, String blad, Aantallen aantallen, List<Rijverslag> rijen) {

    public static final String WIJZIGING = "wijziging";
    public static final String CONFLICT = "conflict";
    public static final String ONGEWIJZIGD = "ongewijzigd";

    public record Aantallen(int wijzigingen, int conflicten, int ongewijzigd) {
    }

    /**
     * One row of the sheet: its number as Excel shows it, the record's id and name, what happened. For a conflict,
     * {@code wijzigingen} holds what the file wanted ({@code nieuw}) against what Regiebord now has ({@code oud}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rijverslag(int rij, long id, String omschrijving, String uitkomst, List<Veldwijziging> wijzigingen,
                             String melding) {

        @JsonIgnore
        public boolean isWijziging() {
            return WIJZIGING.equals(uitkomst);
        }

        @JsonIgnore
        public boolean isConflict() {
            return CONFLICT.equals(uitkomst);
        }
    }

    public record Veldwijziging(String veld, String kolom, String oud, String nieuw) {
    }

    static Importrapport van(boolean proef, boolean toegepast, String blad, List<Rijverslag> rijen) {
        int wijzigingen = (int) rijen.stream().filter(Rijverslag::isWijziging).count();
        int conflicten = (int) rijen.stream().filter(Rijverslag::isConflict).count();
        return new Importrapport(proef, toegepast, blad,
                new Aantallen(wijzigingen, conflicten, rijen.size() - wijzigingen - conflicten), rijen);
    }

    /** The rows that change or conflict: what a person reviews before applying. */
    @JsonIgnore
    public List<Rijverslag> bijzondereRijen() {
        return rijen.stream().filter(r -> !ONGEWIJZIGD.equals(r.uitkomst())).toList();
    }
}
