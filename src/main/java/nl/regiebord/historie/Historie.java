package nl.regiebord.historie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.security.HuidigeGebruiker;

/** Records every change of a field, with who made it, so nothing changes without a trace. */
@ApplicationScoped
public class Historie {

    public static final String ACTIE = "actie";
    public static final String PLAN = "plan";
    public static final String RISICO = "risico";
    public static final String PROJECTKAART = "projectkaart";
    public static final String STAKEHOLDER = "stakeholder";
    public static final String PRODUCT = "product";

    @Inject
    HuidigeGebruiker gebruiker;
    @Inject
    Clock klok;

    /** Records the change when the value really changed; values are kept as the user reads them. */
    public void leg(Long planId, String onderwerp, Long onderwerpId, String veld, Object oud, Object nieuw, String bron) {
        String van = alsTekst(oud);
        String naar = alsTekst(nieuw);
        if (Objects.equals(van, naar)) {
            return;
        }
        HistorieRegel regel = new HistorieRegel();
        regel.planId = planId;
        regel.onderwerp = onderwerp;
        regel.onderwerpId = onderwerpId;
        regel.tijdstip = Instant.now(klok);
        regel.gebruiker = gebruiker.naam();
        regel.gebruikerId = gebruiker.id();
        regel.veld = veld;
        regel.oud = van;
        regel.nieuw = naar;
        regel.bron = bron;
        regel.persist();
    }

    public List<HistorieRegel> van(String onderwerp, Long onderwerpId, int limiet) {
        return HistorieRegel.recentVan(onderwerp, onderwerpId, limiet);
    }

    static String alsTekst(Object waarde) {
        if (waarde == null) {
            return null;
        }
        if (waarde instanceof Keuzewaarde keuze) {
            return keuze.tekst();
        }
        if (waarde instanceof Boolean b) {
            return b ? "ja" : "nee";
        }
        if (waarde instanceof List<?> lijst) {
            return String.join(", ", lijst.stream().map(String::valueOf).toList());
        }
        return waarde.toString();
    }
}
