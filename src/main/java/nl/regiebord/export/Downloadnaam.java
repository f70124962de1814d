package nl.regiebord.export;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * File names of downloads: they say what, which plan and which day ({@code Bijlage1-Weert-2026-11-23.xlsx}),
 * keep the plan's own spelling where the browser can (RFC 6266 {@code filename*}, UTF-8) and fall back to
 * plain ASCII where it cannot.
 */
public final class Downloadnaam {

    /** Room for the rest of the name within the 255 characters file systems allow. */
    static final int MAX_PLANNAAM = 150;
    private static final Pattern NIET_IN_BESTANDSNAAM = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
    private static final Pattern ACCENTEN = Pattern.compile("\\p{M}+");
    private static final String ATTR_CHAR = "!#$&+-.^_`|~";

    private Downloadnaam() {
    }

    /** {@code Bijlage1-<plan>-2026-11-23.xlsx}, with what no file system accepts replaced by '-'. */
    public static String bestandsnaam(String soort, String plannaam, LocalDate datum, String extensie) {
        String plan = NIET_IN_BESTANDSNAAM.matcher(plannaam.strip().replaceAll("\\s+", " ")).replaceAll("-");
        plan = Tekstlengte.ingekort(plan, MAX_PLANNAAM).strip();
        return soort + "-" + plan + "-" + datum + "." + extensie;
    }

    /** {@code attachment; filename="ASCII"; filename*=UTF-8''percent-encoded} */
    public static String contentDisposition(String bestandsnaam) {
        return "attachment; filename=\"" + ascii(bestandsnaam) + "\"; filename*=UTF-8''" + procentCodering(bestandsnaam);
    }

    /** "Súdwest-Fryslân" becomes "Sudwest-Fryslan"; what has no ASCII form becomes '_'. */
    static String ascii(String naam) {
        String zonderAccenten = ACCENTEN.matcher(Normalizer.normalize(naam, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder uit = new StringBuilder();
        zonderAccenten.codePoints().forEach(c -> {
            boolean veilig = c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%';
            uit.append(veilig ? (char) c : '_');
        });
        return uit.toString();
    }

    /** RFC 8187: every byte outside the attr-char set as %XX. */
    static String procentCodering(String naam) {
        StringBuilder uit = new StringBuilder();
        for (byte b : naam.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || ATTR_CHAR.indexOf(c) >= 0) {
                uit.append((char) c);
            } else {
                uit.append('%').append(String.format("%02X", c));
            }
        }
        return uit.toString();
    }
}
