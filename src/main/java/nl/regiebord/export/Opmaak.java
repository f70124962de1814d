package nl.regiebord.export;

import org.apache.poi.ss.usermodel.Workbook;

/**
 * What the sheets of one workbook share: its cell styles and its dropdown lists. Made once per workbook; a workbook
 * that holds several exports (the whole plan) hands the same one to each, so styles are made once and every
 * dropdown list lands on the one hidden lookup sheet under its own name.
 */
public record Opmaak(Workbook werkmap, Werkboekstijl stijl, Keuzelijsten keuzelijsten) {

    public static Opmaak van(Workbook werkmap) {
        return new Opmaak(werkmap, new Werkboekstijl(werkmap), new Keuzelijsten(werkmap));
    }

    /**
     * Finishes the workbook: the hidden lookup sheet, made when the first dropdown needed it, moves behind the
     * sheets people read, and the workbook opens on its first sheet.
     */
    public void rondAf() {
        keuzelijsten.achteraan();
        werkmap.setActiveSheet(0);
        werkmap.setSelectedTab(0);
    }
}
