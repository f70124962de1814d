package nl.regiebord.stakeholder;

import nl.regiebord.api.Keuzewaarde;

/** The wijze van communiceren of ch. 5: also the form a logged contact took. */
public enum Communicatie implements Keuzewaarde {
    LIVE("live"),
    ALGEMENE_MAIL("algemene mail"),
    PERSOONLIJKE_MAIL("persoonlijke mail"),
    APP("app"),
    TELEFOON("telefoon"),
    OVERLEG("overleg");

    private final String tekst;

    Communicatie(String tekst) {
        this.tekst = tekst;
    }

    @Override
    public String tekst() {
        return tekst;
    }
}
