package nl.regiebord.export;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Sheet names Excel accepts, made from any text (a plan or gemeente name): at most 31 characters, none of
 * {@code [ ] : * ? / \}, not starting or ending with an apostrophe, not the reserved "History", and unique in
 * the workbook regardless of case.
 */
public final class Bladnamen {

    public static final int MAX_LENGTE = 31;
    static final String RESERVE = "Blad";
    private static final String GERESERVEERD = "history";
    private static final Pattern VERBODEN = Pattern.compile("[\\[\\]:*?/\\\\]");
    private static final Pattern BESTURING = Pattern.compile("\\p{Cntrl}+");

    private Bladnamen() {
    }

    /** A new sheet named after {@code gewenst}, made safe and unique. */
    public static Sheet maak(Workbook werkboek, String gewenst) {
        return werkboek.createSheet(uniek(werkboek, gewenst));
    }

    /** A safe name that no sheet of the workbook has yet: "Weert", then "Weert (2)". */
    public static String uniek(Workbook werkboek, String gewenst) {
        String basis = veilig(gewenst);
        String naam = basis;
        for (int volgnummer = 2; bezet(werkboek, naam); volgnummer++) {
            String achtervoegsel = " (" + volgnummer + ")";
            naam = Tekstlengte.ingekort(basis, MAX_LENGTE - achtervoegsel.length()).stripTrailing() + achtervoegsel;
        }
        return naam;
    }

    /** A name Excel accepts; not yet unique. */
    public static String veilig(String gewenst) {
        String naam = gewenst == null ? "" : gewenst;
        naam = BESTURING.matcher(naam).replaceAll(" ");
        naam = VERBODEN.matcher(naam).replaceAll("-");
        naam = naam.strip().replaceAll("\\s+", " ");
        naam = Tekstlengte.ingekort(naam, MAX_LENGTE);
        naam = zonderApostrofAanRand(naam).strip();
        return naam.isEmpty() ? RESERVE : naam;
    }

    private static boolean bezet(Workbook werkboek, String naam) {
        String klein = naam.toLowerCase(Locale.ROOT);
        if (klein.equals(GERESERVEERD)) {
            return true;
        }
        for (Sheet blad : werkboek) {
            if (blad.getSheetName().toLowerCase(Locale.ROOT).equals(klein)) {
                return true;
            }
        }
        return false;
    }

    private static String zonderApostrofAanRand(String naam) {
        int begin = 0;
        int einde = naam.length();
        while (begin < einde && naam.charAt(begin) == '\'') {
            begin++;
        }
        while (einde > begin && naam.charAt(einde - 1) == '\'') {
            einde--;
        }
        return naam.substring(begin, einde);
    }
}
