package nl.regiebord.importeren;

import org.apache.poi.ss.util.CellReference;

/** A place in the uploaded workbook, named as a person finds it in Excel: sheet, row number, column letter. */
public record Cel(String blad, int rij, int kolom, String kop) {

    /** "E" for the fifth column. */
    public String letter() {
        return CellReference.convertNumToColString(kolom);
    }

    /** "Checklist!E12", the cell as Excel writes a reference to it. */
    public String verwijzing() {
        return blad + "!" + letter() + rij;
    }

    /** "blad Checklist, rij 12, kolom E (Status)". */
    public String omschrijving() {
        return "blad " + blad + ", rij " + rij + ", kolom " + letter() + (kop == null ? "" : " (" + kop + ")");
    }
}
