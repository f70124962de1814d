package nl.regiebord.actie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How far a theme is. {@code percentageAfgerond} counts afgerond against the actions that apply (nvt left out);
 * {@code volgendeDeadline} is the first deadline from today on of an action still to do.
 */
public record ThemaVoortgang(String thema, String themaNaam, Map<String, Integer> perStatus, int totaal,
                             int toepasbaar, int afgerond, int percentageAfgerond, int teLaat,
                             LocalDate volgendeDeadline) {

    /** One part of a progress bar: a status with its position and width in percent of all actions. */
    public record Balkdeel(String status, double x, double breedte) {
    }

    public int aantal(String status) {
        return perStatus.getOrDefault(status, 0);
    }

    /** The bar, in the order afgerond, bezig, open, nvt. */
    public List<Balkdeel> balk() {
        List<Balkdeel> delen = new ArrayList<>();
        if (totaal == 0) {
            return delen;
        }
        double x = 0;
        for (String status : List.of("afgerond", "bezig", "open", "nvt")) {
            double breedte = 100.0 * aantal(status) / totaal;
            if (breedte > 0) {
                delen.add(new Balkdeel(status, x, breedte));
            }
            x += breedte;
        }
        return delen;
    }
}
