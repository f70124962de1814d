package nl.regiebord.voortgang;

import java.time.LocalDate;
import java.util.Map;

/**
 * How far a theme is. {@code percentageAfgerond} counts afgerond against the actions that apply (nvt left out);
 * {@code volgendeDeadline} is the first deadline from today on of an action still to do.
 */
public record ThemaVoortgang(String thema, String themaNaam, Map<String, Integer> perStatus, int totaal,
                             int toepasbaar, int afgerond, int percentageAfgerond, int teLaat,
                             LocalDate volgendeDeadline) {
}
