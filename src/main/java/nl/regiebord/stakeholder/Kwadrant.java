package nl.regiebord.stakeholder;

import nl.regiebord.api.Keuzewaarde;

/**
 * The four categories of Figuur 7, each with its own way of engagement. The one place where belang and invloed
 * decide the category; pages, matrix, coverage check and export all ask here. The colour goes with the name,
 * never alone, and none is a colour of the risk matrix (green, orange, red), which often hangs beside it: a
 * belangrijke speler is no danger.
 */
public enum Kwadrant implements Keuzewaarde {
    BELANGRIJKE_SPELER("belangrijke speler", "paars", "C9B0EC",
            "Nauw betrekken: persoonlijk contact (gevolgd door een e-mail), regelmatig en op maat. Hier gaat de meeste "
                    + "aandacht naartoe; zet de stakeholder bewust in waar dat het project helpt."),
    TEVREDEN_HOUDEN("tevreden houden", "zand", "E6D9BC",
            "Tevreden houden: veel invloed, weinig belang. Informeer gericht over wat hen raakt, vraag hun instemming "
                    + "waar die nodig is en overvraag ze niet; persoonlijk contact waar hun invloed dat vraagt."),
    INFORMEREN("informeren", "blauw", "9FC5E8",
            "Informeren: veel belang, weinig invloed. Houd ze regelmatig op de hoogte, bijvoorbeeld met een "
                    + "gezamenlijke mail of bijeenkomst, en haal hun signalen en ervaringen op."),
    MONITOREN("monitoren", "grijs", "D9D9D9",
            "Monitoren: weinig belang en weinig invloed. Volg ze met weinig inspanning; een algemene mail volstaat. "
                    + "Kijk bij elke herijking of dat nog zo is.");

    private final String tekst;
    private final String kleur;
    private final String rgb;
    private final String omgang;

    Kwadrant(String tekst, String kleur, String rgb, String omgang) {
        this.tekst = tekst;
        this.kleur = kleur;
        this.rgb = rgb;
        this.omgang = omgang;
    }

    /** The quadrant of a score; null while belang or invloed is not scored. */
    public static Kwadrant van(Stakeholderniveau belang, Stakeholderniveau invloed) {
        if (belang == null || invloed == null) {
            return null;
        }
        if (invloed.isHoog()) {
            return belang.isHoog() ? BELANGRIJKE_SPELER : TEVREDEN_HOUDEN;
        }
        return belang.isHoog() ? INFORMEREN : MONITOREN;
    }

    @Override
    public String tekst() {
        return tekst;
    }

    /** The colour's name, as the API gives it and the CSS class uses it. */
    public String kleur() {
        return kleur;
    }

    /** The fill colour as hex RGB, for the export. */
    public String rgb() {
        return rgb;
    }

    /** The default way of engagement of this category. */
    public String omgang() {
        return omgang;
    }
}
