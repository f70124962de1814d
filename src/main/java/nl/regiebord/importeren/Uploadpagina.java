package nl.regiebord.importeren;

import io.quarkus.qute.TemplateEnum;
import nl.regiebord.product.Productenimport;

import java.util.List;

/**
 * The pages on which a filled-in sheet comes back, one per {@link Importsoort}: where the upload form sits and
 * posts, what the page calls the sheet and its rows, and which columns are read. The pages include the form as
 * {@code {#include ImportPagina/uploadformulier.html soort=Uploadpagina:PRODUCTEN /}}.
 */
@TemplateEnum
public enum Uploadpagina {
    BIJLAGE1("tijdtafel", "checklist", "actie", "acties", "de tijdtafel", Bijlage1Import.VELDEN),
    PRODUCTEN("producten", "productenchecklist", "product", "producten", "de productenchecklist",
            Productenimport.VELDEN);

    private final String pagina;
    private final String blad;
    private final String enkelvoud;
    private final String meervoud;
    private final String terug;
    private final List<Importveld> velden;

    Uploadpagina(String pagina, String blad, String enkelvoud, String meervoud, String terug,
                 List<Importveld> velden) {
        this.pagina = pagina;
        this.blad = blad;
        this.enkelvoud = enkelvoud;
        this.meervoud = meervoud;
        this.terug = terug;
        this.velden = velden;
    }

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
        return this == BIJLAGE1 ? "/plannen/" + planId + "/acties/" + id : pad(planId) + "#product-" + id;
    }

    /** "checklist", "productenchecklist". */
    public String blad() {
        return blad;
    }

    /** "Checklist", at the start of a title. */
    public String titel() {
        return hoofdletter(blad);
    }

    /** "Actie", the report's column of the row's record. */
    public String kolomkop() {
        return hoofdletter(enkelvoud);
    }

    public String enkelvoud() {
        return enkelvoud;
    }

    public String meervoud() {
        return meervoud;
    }

    /** "de tijdtafel", as in "Terug naar de tijdtafel". */
    public String terug() {
        return terug;
    }

    /** The navigation item that stays marked on the report page. */
    public String actief() {
        return pagina;
    }

    /** What the import reads, in the sheet's order: "status, verantwoordelijke, toelichting en deadline". */
    public String velden() {
        List<String> namen = velden.stream().map(Importveld::veld).toList();
        return namen.size() == 1 ? namen.get(0)
                : String.join(", ", namen.subList(0, namen.size() - 1)) + " en " + namen.get(namen.size() - 1);
    }

    private static String hoofdletter(String tekst) {
        return Character.toUpperCase(tekst.charAt(0)) + tekst.substring(1);
    }
}
