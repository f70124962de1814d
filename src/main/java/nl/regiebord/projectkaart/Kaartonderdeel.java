package nl.regiebord.projectkaart;

import java.util.function.Predicate;

/**
 * The parts of a projectkaart the model asks to fill in, per step, each with the field the API names it by and
 * when it counts as filled in.
 */
public enum Kaartonderdeel {
    PROJECTMANAGER(1, "projectmanager", "Projectmanager", k -> gevuld(k.projectmanager)),
    PROJECTLEIDER(1, "projectleider", "Projectleider", k -> gevuld(k.projectleider)),
    AANLEIDING(2, "aanleiding", "Aanleiding", k -> gevuld(k.aanleiding)),
    DOEL(2, "doel", "Doel", k -> gevuld(k.doel)),
    SMART(2, "smart", "Doel SMART geformuleerd", k -> k.smart().size() == Smart.values().length),
    AANPAK(2, "aanpak", "Aanpak", k -> gevuld(k.aanpak)),
    RISICOS_EN_VOORWAARDEN(2, "risicosEnVoorwaarden", "Risico's en voorwaarden",
            k -> gevuld(k.risicosEnVoorwaarden) || !k.risicoIds.isEmpty()),
    INVESTERING(2, "investering", "Investering", k -> gevuld(k.investering) || k.investeringBedrag != null),
    MIJLPALEN(3, "mijlpalen", "Mijlpalen", k -> !k.mijlpalen.isEmpty()),
    INZETTEN(4, "inzetten", "Inzetten", k -> gevuld(k.inzetten)),
    INFORMEREN(4, "informeren", "Informeren", k -> gevuld(k.informeren)),
    VERBETEREN(4, "verbeteren", "Verbeteren", k -> gevuld(k.verbeteren)),
    BETREKKEN(4, "betrekken", "Betrekken", k -> gevuld(k.betrekken)),
    BORGEN(4, "borgen", "Borgen", k -> gevuld(k.borgen));

    private final int stap;
    private final String veld;
    private final String label;
    private final Predicate<Projectkaart> ingevuld;

    Kaartonderdeel(int stap, String veld, String label, Predicate<Projectkaart> ingevuld) {
        this.stap = stap;
        this.veld = veld;
        this.label = label;
        this.ingevuld = ingevuld;
    }

    public int stap() {
        return stap;
    }

    public String veld() {
        return veld;
    }

    public String label() {
        return label;
    }

    boolean isIngevuld(Projectkaart kaart) {
        return ingevuld.test(kaart);
    }

    private static boolean gevuld(String tekst) {
        return tekst != null && !tekst.isBlank();
    }
}
