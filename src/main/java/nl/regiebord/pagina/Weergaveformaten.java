package nl.regiebord.pagina;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.regiebord.klok.KlokProducer;

/** How dates read on the pages: "31-10-2021", "31 oktober 2021", "23-11-2026 14:05". */
@TemplateExtension
public class Weergaveformaten {

    static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter KORT = DateTimeFormatter.ofPattern("dd-MM-yyyy", NL);
    private static final DateTimeFormatter LANG = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm", NL)
            .withZone(KlokProducer.NEDERLAND);

    public static String kort(LocalDate datum) {
        return datum == null ? "" : KORT.format(datum);
    }

    static String lang(LocalDate datum) {
        return datum == null ? "" : LANG.format(datum);
    }

    static String iso(LocalDate datum) {
        return datum == null ? "" : datum.toString();
    }

    /** A text's paragraphs, separated by an empty line. */
    static java.util.List<String> alineas(String tekst) {
        return tekst == null ? java.util.List.of() : java.util.Arrays.stream(tekst.split("\\n\\s*\\n")).toList();
    }

    /** {@code formulierfout:geen}: for a field on a form that is never refused (a filter), in the field tag. */
    @TemplateExtension(namespace = "formulierfout")
    static Formulierfout geen() {
        return Formulierfout.geen();
    }

    static String tijdstip(Instant moment) {
        return moment == null ? "" : TIJDSTIP.format(moment);
    }
}
