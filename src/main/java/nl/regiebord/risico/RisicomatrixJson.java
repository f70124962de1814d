package nl.regiebord.risico;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * The 3×3 risicomatrix: nine cells, rows from kans hoog to laag, within a row impact from laag to hoog.
 * {@code rest}: the residual view; {@code peildatum}: as it stood at the end of that day.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RisicomatrixJson(boolean rest, LocalDate peildatum, int aantal, List<Cel> cellen) {

    public record Cel(Risiconiveau kans, Risiconiveau impact, int score, Kwalificatie kwalificatie, String kleur, int aantal,
                      List<RisicoInCel> risicos) {
    }

    /**
     * A risk in a cell, by its number ("R3"). {@code zonderRest}: in the residual view, a risk without rest scores that stays at its own
     * scores. {@code vorige}: where it stood at the previous review, when it moved since (or was not in the
     * matrix then: {@code nieuw}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RisicoInCel(Long id, String nummer, Categorie categorie, String omschrijving, String korteNaam,
                              Boolean zonderRest, Beweging beweging) {
    }

    /** How a risk moved since the previous review: "was hoog/midden", or new in the matrix. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Beweging(Risiconiveau wasKans, Risiconiveau wasImpact, Integer wasScore, String richting, String tekst) {

        /** The mark beside the number in a cell: an arrow, or "nieuw". */
        public String teken() {
            return switch (richting) {
                case "omhoog" -> "↑";
                case "omlaag" -> "↓";
                case "verschoven" -> "↔";
                default -> richting;
            };
        }
    }
}
