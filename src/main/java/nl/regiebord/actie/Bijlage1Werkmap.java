package nl.regiebord.actie;

import nl.regiebord.export.Opmaak;
import org.apache.poi.ss.usermodel.Workbook;

/** The Bijlage 1 workbook: cover sheet, checklist, and the hidden sheet behind the dropdowns. */
public final class Bijlage1Werkmap {

    private Bijlage1Werkmap() {
    }

    public static void schrijf(Workbook werkmap, Bijlage1 bijlage) {
        Opmaak opmaak = Opmaak.van(werkmap);
        schrijf(opmaak, bijlage, Bijlage1Voorblad.TITEL);
        opmaak.rondAf();
    }

    /** The cover sheet, titled {@code titel}, and the checklist, into a workbook that may hold more. */
    public static void schrijf(Opmaak opmaak, Bijlage1 bijlage, String titel) {
        new Bijlage1Voorblad(opmaak.stijl(), titel).schrijf(opmaak.werkmap(), bijlage);
        new Bijlage1Checklist(opmaak).schrijf(opmaak.werkmap(), bijlage);
    }
}
