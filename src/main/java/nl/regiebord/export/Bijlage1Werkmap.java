package nl.regiebord.export;

import org.apache.poi.ss.usermodel.Workbook;

/** The Bijlage 1 workbook: cover sheet, checklist, and the hidden sheet behind the dropdowns. */
public final class Bijlage1Werkmap {

    private Bijlage1Werkmap() {
    }

    public static void schrijf(Workbook werkmap, Bijlage1 bijlage) {
        Werkboekstijl stijl = new Werkboekstijl(werkmap);
        new Bijlage1Voorblad(stijl).schrijf(werkmap, bijlage);
        new Bijlage1Checklist(stijl, new Keuzelijsten(werkmap)).schrijf(werkmap, bijlage);
        werkmap.setActiveSheet(0);
    }
}
