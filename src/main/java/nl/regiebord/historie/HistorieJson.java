package nl.regiebord.historie;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistorieJson(Long id, Instant tijdstip, String gebruiker, String veld, String oud, String nieuw,
                           String bron) {

    public static HistorieJson van(HistorieRegel regel) {
        return new HistorieJson(regel.id, regel.tijdstip, regel.gebruiker, regel.veld, regel.oud, regel.nieuw, regel.bron);
    }
}
