package nl.regiebord.stakeholder;

import java.time.LocalDate;
import java.time.Period;
import nl.regiebord.api.Keuzewaarde;

/** How often the contact strategy plans a contact; incidenteel plans none. */
public enum Frequentie implements Keuzewaarde {
    WEKELIJKS("wekelijks", Period.ofWeeks(1)),
    MAANDELIJKS("maandelijks", Period.ofMonths(1)),
    PER_KWARTAAL("per kwartaal", Period.ofMonths(3)),
    HALFJAARLIJKS("halfjaarlijks", Period.ofMonths(6)),
    JAARLIJKS("jaarlijks", Period.ofYears(1)),
    INCIDENTEEL("incidenteel", null);

    private final String tekst;
    private final Period periode;

    Frequentie(String tekst, Period periode) {
        this.tekst = tekst;
        this.periode = periode;
    }

    @Override
    public String tekst() {
        return tekst;
    }

    /** Whether this frequency plans contacts at all. */
    public boolean isPeriodiek() {
        return periode != null;
    }

    /** The day the next contact is due after {@code vanaf}; null for incidenteel. */
    public LocalDate volgende(LocalDate vanaf) {
        return periode == null || vanaf == null ? null : vanaf.plus(periode);
    }
}
