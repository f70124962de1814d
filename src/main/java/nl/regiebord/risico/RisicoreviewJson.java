package nl.regiebord.risico;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A review with its decisions and, for one review, the matrix as it froze it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RisicoreviewJson(Long id, LocalDate datum, List<String> aanwezigen, String notitie, Instant tijdstip,
                               String vastgelegdDoor, List<BesluitJson> besluiten, RisicomatrixJson matrix, long version) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BesluitJson(Long risico, String nummer, String maatregel, Risiconiveau kans, Risiconiveau impact,
                              String reden, Risicostatus status) {

        static BesluitJson van(Risicoreviewbesluit b, String nummer) {
            return new BesluitJson(b.risicoId, nummer, b.maatregel, b.kans, b.impact, b.reden, b.status);
        }
    }
}
