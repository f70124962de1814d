package nl.regiebord.projectkaart;

import java.util.List;

/** The free-text fields of a card by their API name, so a change can go through them one by one. */
final class Kaartvelden {

    static final List<String> TEKSTEN = List.of("aanleiding", "doel", "aanpak", "risicosEnVoorwaarden",
            "investering", "inzetten", "informeren", "verbeteren", "betrekken", "borgen");

    private Kaartvelden() {
    }

    static String lees(Projectkaart k, String veld) {
        return switch (veld) {
            case "aanleiding" -> k.aanleiding;
            case "doel" -> k.doel;
            case "aanpak" -> k.aanpak;
            case "risicosEnVoorwaarden" -> k.risicosEnVoorwaarden;
            case "investering" -> k.investering;
            case "inzetten" -> k.inzetten;
            case "informeren" -> k.informeren;
            case "verbeteren" -> k.verbeteren;
            case "betrekken" -> k.betrekken;
            case "borgen" -> k.borgen;
            default -> throw new IllegalArgumentException(veld);
        };
    }

    static void zet(Projectkaart k, String veld, String waarde) {
        switch (veld) {
            case "aanleiding" -> k.aanleiding = waarde;
            case "doel" -> k.doel = waarde;
            case "aanpak" -> k.aanpak = waarde;
            case "risicosEnVoorwaarden" -> k.risicosEnVoorwaarden = waarde;
            case "investering" -> k.investering = waarde;
            case "inzetten" -> k.inzetten = waarde;
            case "informeren" -> k.informeren = waarde;
            case "verbeteren" -> k.verbeteren = waarde;
            case "betrekken" -> k.betrekken = waarde;
            case "borgen" -> k.borgen = waarde;
            default -> throw new IllegalArgumentException(veld);
        }
    }
}
