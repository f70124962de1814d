package nl.regiebord.projectkaart;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How a card's values read on the pages: amounts the Dutch way, empty parts by their name in the model. */
@TemplateExtension
public class Kaartweergave {

    private static final DecimalFormatSymbols NL = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));

    /** "€ 45.000,00": always with cents, as the exports' currency format shows it. */
    static String euro(BigDecimal bedrag) {
        return bedrag == null ? "" : "€ " + new DecimalFormat("#,##0.00", NL).format(bedrag);
    }

    /** The amount as it is typed in a field: "25000,50". */
    static String bedrag(BigDecimal bedrag) {
        return bedrag == null ? "" : new DecimalFormat(heel(bedrag) ? "0" : "0.00", NL).format(bedrag);
    }

    /** The names of the parts still empty, as the model calls them. */
    static List<String> ontbrekend(KaartJson kaart) {
        return kaart.ontbreekt().stream().map(Kaartweergave::label).toList();
    }

    /** The parts still empty, each with the step where it is filled in. */
    static List<Kaartonderdeel> ontbrekendeOnderdelen(KaartJson kaart) {
        return kaart.ontbreekt().stream().map(Kaartweergave::onderdeel).toList();
    }

    static List<String> ontbrekendeDelen(Kaartoverzicht.Kaart kaart) {
        return kaart.ontbreekt().stream().map(Kaartweergave::label).toList();
    }

    private static String label(String veld) {
        return onderdeel(veld).label();
    }

    private static Kaartonderdeel onderdeel(String veld) {
        return Arrays.stream(Kaartonderdeel.values()).filter(o -> o.veld().equals(veld)).findFirst().orElseThrow();
    }

    private static boolean heel(BigDecimal bedrag) {
        return bedrag.stripTrailingZeros().scale() <= 0;
    }
}
