package nl.regiebord.export;

import java.util.List;
import nl.regiebord.export.Werkboekstijl.Kolom;
import nl.regiebord.export.Werkboekstijl.Soort;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The two hidden columns at the end of every row that can be imported again: the record's id and the version it
 * had when exported. With them an import knows which record a row is, and whether someone changed it in Regiebord
 * after the export (then the row is a conflict, never overwritten). Hidden, so they do not distract on screen or
 * on paper; at the end, so the visible columns keep their letters.
 */
public final class Rijsleutel {

    public static final String ID = "id";
    public static final String VERSIE = "versie";
    public static final List<Kolom> KOLOMMEN = List.of(new Kolom(ID, 10), new Kolom(VERSIE, 8));

    private Rijsleutel() {
    }

    /** Hides the key columns, which start at {@code eersteKolom}. */
    public static void verberg(Sheet blad, int eersteKolom) {
        for (int k = 0; k < KOLOMMEN.size(); k++) {
            blad.setColumnHidden(eersteKolom + k, true);
        }
    }

    public static void schrijf(Werkboekstijl stijl, Row rij, int eersteKolom, long id, long versie) {
        stijl.getal(rij, eersteKolom, id, Soort.GETAL, null);
        stijl.getal(rij, eersteKolom + 1, versie, Soort.GETAL, null);
    }
}
