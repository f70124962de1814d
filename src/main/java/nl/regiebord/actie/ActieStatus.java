package nl.regiebord.actie;

import nl.regiebord.api.Keuzewaarde;

/** Where an action of a plan stands. {@code nvt}: does not apply to this plan. */
public enum ActieStatus implements Keuzewaarde {
    OPEN("open"),
    BEZIG("bezig"),
    AFGEROND("afgerond"),
    NVT("nvt");

    private final String tekst;

    ActieStatus(String tekst) {
        this.tekst = tekst;
    }

    @Override
    public String tekst() {
        return tekst;
    }

    /** Done or not applicable: such an action is never late and needs no more work. */
    public boolean isKlaar() {
        return this == AFGEROND || this == NVT;
    }
}
