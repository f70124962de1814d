package nl.regiebord.projectkaart;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import nl.regiebord.actie.PlanActie;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.Historielabels;
import nl.regiebord.risico.Risico;

/** A card's history on the pages: its fields by the labels of its steps, actions and risks by name, euros. */
@ApplicationScoped
public class Kaarthistorie implements Historielabels {

    static final String BEDRAG = "investering (euro)";
    static final String ACTIES = "acties";
    static final String RISICOS = "risico's";

    private static final Map<String, String> LABELS = Arrays.stream(Kaartonderdeel.values())
            .collect(Collectors.toMap(Kaartonderdeel::veld, Kaartonderdeel::label));

    @Override
    public String onderwerp() {
        return Historie.PROJECTKAART;
    }

    @Override
    public String label(String veld) {
        return switch (veld) {
            case BEDRAG -> "Investering: bedrag in euro";
            case ACTIES -> "Acties uit de tijdtafel";
            case RISICOS -> "Risico's uit het risicoregister";
            default -> LABELS.getOrDefault(veld, veld);
        };
    }

    @Override
    public String waarde(String veld, String waarde) {
        return switch (veld) {
            case BEDRAG -> waarde.matches("-?\\d{1,15}(\\.\\d+)?") ? Kaartweergave.euro(new BigDecimal(waarde)) : waarde;
            case ACTIES -> Historielabels.namen(waarde, PlanActie::namen);
            case RISICOS -> Historielabels.namen(waarde, Risico::titels);
            default -> waarde;
        };
    }
}
