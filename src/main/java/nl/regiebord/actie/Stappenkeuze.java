package nl.regiebord.actie;

import nl.regiebord.api.Keuzewaarde;

/**
 * Which steps a checklist shows ({@code ?stappen=open|alle}): by default only those of actions still to do, since
 * in a plan years under way the steps of finished actions bury what is open; a finished action keeps its own row.
 */
public enum Stappenkeuze implements Keuzewaarde {
    OPEN("open", "alleen van acties die nog niet afgerond of nvt zijn"),
    ALLE("alle", "alle stappen, ook van afgeronde acties");

    public static final String PARAMETER = "stappen";
    /** The parameter in the API's documentation, for the Bijlage 1 and the whole plan's workbook alike. */
    public static final String BESCHRIJVING = "open (standaard): de stappen van acties die afgerond of nvt zijn "
            + "blijven weg, de actie zelf houdt haar regel; alle: ook die stappen. Het voorblad zegt welke keuze "
            + "is gemaakt.";

    private final String tekst;
    private final String omschrijving;

    Stappenkeuze(String tekst, String omschrijving) {
        this.tekst = tekst;
        this.omschrijving = omschrijving;
    }

    /** The query parameter as given; absent means {@link #OPEN}, anything unknown a 400 naming the allowed values. */
    public static Stappenkeuze van(String waarde) {
        Stappenkeuze keuze = Keuzewaarde.filter(waarde, PARAMETER, Stappenkeuze.class);
        return keuze == null ? OPEN : keuze;
    }

    /** Whether the checklist lists the steps of an action with this status. */
    public boolean toont(ActieStatus status) {
        return this == ALLE || !status.isKlaar();
    }

    @Override
    public String tekst() {
        return tekst;
    }

    /** What the cover sheet says about the choice. */
    public String omschrijving() {
        return omschrijving;
    }
}
