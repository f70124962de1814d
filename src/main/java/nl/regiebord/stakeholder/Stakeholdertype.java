package nl.regiebord.stakeholder;

import nl.regiebord.api.Keuzewaarde;

/** The two lists of the ch. 5 checklist: outside the gemeente's own organisation, or within it. */
public enum Stakeholdertype implements Keuzewaarde {
    EXTERN("extern"),
    INTERN("intern");

    private final String tekst;

    Stakeholdertype(String tekst) {
        this.tekst = tekst;
    }

    @Override
    public String tekst() {
        return tekst;
    }
}
