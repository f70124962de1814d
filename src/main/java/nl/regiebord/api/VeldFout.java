package nl.regiebord.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One field's error in a problem answer: which field, what is wrong (Dutch), and where known the allowed values. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VeldFout(String veld, String melding, List<String> toegestaan) {

    public VeldFout(String veld, String melding) {
        this(veld, melding, null);
    }
}
