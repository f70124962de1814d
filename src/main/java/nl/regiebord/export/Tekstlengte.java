package nl.regiebord.export;

/** Cutting text to a limit Excel or a file system sets, counted in UTF-16 units as they count. */
final class Tekstlengte {

    private Tekstlengte() {
    }

    /** At most {@code lengte} units, without splitting a character outside the BMP in two. */
    static String ingekort(String tekst, int lengte) {
        if (tekst.length() <= lengte) {
            return tekst;
        }
        int einde = lengte;
        if (Character.isHighSurrogate(tekst.charAt(einde - 1))) {
            einde--;
        }
        return tekst.substring(0, einde);
    }
}
