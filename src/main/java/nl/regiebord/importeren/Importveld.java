package nl.regiebord.importeren;

import java.util.List;

/**
 * A column the import reads: its header in the sheet, the API field it changes, what kind of value it holds, and
 * for a list the allowed values. {@code leegLaatStaan}: an empty cell leaves the field as it is, for a field that
 * cannot be emptied (a deadline falls back to the model's date, it never disappears).
 */
public record Importveld(String kop, String veld, Waardesoort soort, List<String> toegestaan, boolean leegLaatStaan) {

    public enum Waardesoort { TEKST, DATUM, KEUZE }

    public static Importveld tekst(String kop, String veld) {
        return new Importveld(kop, veld, Waardesoort.TEKST, List.of(), false);
    }

    public static Importveld datum(String kop, String veld) {
        return new Importveld(kop, veld, Waardesoort.DATUM, List.of(), true);
    }

    public static Importveld keuze(String kop, String veld, List<String> toegestaan) {
        return new Importveld(kop, veld, Waardesoort.KEUZE, List.copyOf(toegestaan), true);
    }
}
