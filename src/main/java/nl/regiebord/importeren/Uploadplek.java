package nl.regiebord.importeren;

import java.util.List;

/**
 * Where a kind of sheet comes back on the pages, and how the pages speak of it: the page the upload form sits on
 * ({@code /plannen/1/producten}), the sheet's name ("productenchecklist"), its rows in the singular and plural,
 * and the link from a row of the report to its record ({@code {plan}} and {@code {id}} filled in).
 */
public record Uploadplek(String pagina, String blad, String enkelvoud, String meervoud, String terug,
                         List<Importveld> kolommen, String rijlink) {

    /** The page the form sits on: {@code /plannen/1/producten}. */
    public String pad(Long planId) {
        return "/plannen/" + planId + "/" + pagina;
    }

    /** Where the form posts: {@code /plannen/1/producten/import}. */
    public String upload(Long planId) {
        return pad(planId) + "/import";
    }

    /** The page of one row's record, linked from the report. */
    public String link(Long planId, long id) {
        return rijlink.replace("{plan}", String.valueOf(planId)).replace("{id}", String.valueOf(id));
    }

    /** "Checklist", at the start of a title. */
    public String titel() {
        return hoofdletter(blad);
    }

    /** "Actie", the report's column of the row's record. */
    public String kolomkop() {
        return hoofdletter(enkelvoud);
    }

    /** The navigation item that stays marked on the report page. */
    public String actief() {
        return pagina;
    }

    /** What the import reads, in the sheet's order: "status, verantwoordelijke, toelichting en deadline". */
    public String velden() {
        List<String> namen = kolommen.stream().map(Importveld::veld).toList();
        return namen.size() == 1 ? namen.get(0)
                : String.join(", ", namen.subList(0, namen.size() - 1)) + " en " + namen.get(namen.size() - 1);
    }

    private static String hoofdletter(String tekst) {
        return Character.toUpperCase(tekst.charAt(0)) + tekst.substring(1);
    }
}
