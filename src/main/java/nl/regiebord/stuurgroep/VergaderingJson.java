package nl.regiebord.stuurgroep;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A frozen stuurgroep meeting. {@code overzicht} is the meeting view as it was when the meeting was recorded; the
 * list of meetings leaves it out.
 */
public record VergaderingJson(Long id, LocalDate datum, LocalDate sinds, List<String> aanwezigen,
                              List<String> besluiten, String notitie, Long review, LocalDate reviewDatum,
                              List<ActiepuntJson> actiepunten, Instant tijdstip, String vastgelegdDoor,
                              @JsonInclude(JsonInclude.Include.NON_NULL) StuurgroepJson overzicht, long version) {

    /** An actiepunt as the meeting gave it; {@code actieId} is the own action it became. */
    public record ActiepuntJson(Long actieId, String actie, String verantwoordelijke, LocalDate deadline) {
    }
}
