package nl.regiebord.projectkaart;

import java.util.Arrays;
import java.util.List;

/**
 * How complete a card is: the parts of the model still empty, and the share filled in as a whole percentage
 * (rounded down, so 100 means nothing is missing). The one place completeness is computed.
 */
public record Volledigheid(List<Kaartonderdeel> ontbreekt, int volledig) {

    static Volledigheid van(Projectkaart kaart) {
        List<Kaartonderdeel> leeg = Arrays.stream(Kaartonderdeel.values()).filter(o -> !o.isIngevuld(kaart)).toList();
        int totaal = Kaartonderdeel.values().length;
        return new Volledigheid(leeg, (totaal - leeg.size()) * 100 / totaal);
    }

    public boolean isCompleet() {
        return ontbreekt.isEmpty();
    }

    /** The API's field names of the empty parts. */
    public List<String> velden() {
        return ontbreekt.stream().map(Kaartonderdeel::veld).toList();
    }

    public List<String> labels() {
        return ontbreekt.stream().map(Kaartonderdeel::label).toList();
    }
}
