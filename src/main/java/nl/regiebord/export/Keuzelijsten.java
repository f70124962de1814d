package nl.regiebord.export;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.regiebord.api.Keuzewaarde;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Dropdowns on cells, fed from a hidden sheet 'Keuzelijsten' with one named range per list. A list written
 * into the validation itself is limited to 255 characters; a named range has no such limit and reads well when
 * someone unhides the sheet. One instance per workbook.
 */
public final class Keuzelijsten {

    public static final String BLADNAAM = "Keuzelijsten";
    static final String NAAM_VOORVOEGSEL = "Keuzelijst_";
    /** Excel's limits for the message shown when a value is refused. */
    static final int MAX_TITEL = 32;
    static final int MAX_MELDING = 255;

    private final Workbook werkboek;
    private final Map<String, String> namen = new HashMap<>();
    private final Map<String, List<String>> lijsten = new HashMap<>();
    private Sheet blad;

    public Keuzelijsten(Workbook werkboek) {
        this.werkboek = werkboek;
    }

    /** A dropdown of the allowed values of a choice list on one column, from the row below the header to {@code laatsteRij}. */
    public <E extends Enum<E> & Keuzewaarde> void kolom(Sheet doel, int kolom, int laatsteRij, String lijst, Class<E> type) {
        keuzelijst(doel, new CellRangeAddressList(1, laatsteRij, kolom, kolom), lijst, Keuzewaarde.toegestaan(type));
    }

    /**
     * Puts a dropdown with {@code waarden} on {@code cellen}; another value is refused with a Dutch message.
     *
     * @param lijst the list's name, letters only ("Actiestatus"); the same list is stored once however often it is
     *              used; another list needs another name, also when it is written by another export of the workbook
     */
    public void keuzelijst(Sheet doel, CellRangeAddressList cellen, String lijst, List<String> waarden) {
        List<String> eerder = lijsten.putIfAbsent(lijst, List.copyOf(waarden));
        if (eerder != null && !eerder.equals(waarden)) {
            // two different lists under one name would silently give the second column the first one's values
            throw new IllegalArgumentException("Keuzelijst '" + lijst + "' bestaat al met andere waarden: " + eerder);
        }
        String naam = namen.computeIfAbsent(lijst, l -> bewaar(l, waarden));
        DataValidationHelper helper = doel.getDataValidationHelper();
        DataValidation validatie = helper.createValidation(helper.createFormulaListConstraint(naam), cellen);
        // In xlsx "suppress" means the opposite (Excel's showDropDown flag hides the arrow): false shows it.
        validatie.setSuppressDropDownArrow(false);
        validatie.setShowErrorBox(true);
        validatie.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validatie.createErrorBox(Tekstlengte.ingekort("Ongeldige " + lijst.toLowerCase(Locale.ROOT), MAX_TITEL),
                foutmelding(waarden));
        validatie.setEmptyCellAllowed(true);
        doel.addValidationData(validatie);
    }

    /** The allowed values when they fit in Excel's message box, otherwise a pointer to the dropdown. */
    static String foutmelding(List<String> waarden) {
        String metWaarden = "Kies een waarde uit de lijst: " + String.join(", ", waarden) + ".";
        return metWaarden.length() <= MAX_MELDING ? metWaarden : "Kies een waarde uit de keuzelijst van deze cel.";
    }

    private String bewaar(String lijst, List<String> waarden) {
        if (!lijst.matches("[A-Za-z]+") || waarden.isEmpty()) {
            throw new IllegalArgumentException("Keuzelijst '" + lijst + "': een naam van alleen letters en ten minste "
                    + "één waarde zijn nodig");
        }
        Sheet lijstblad = blad();
        int kolom = namen.size();
        rij(lijstblad, 0).createCell(kolom).setCellValue(lijst);
        for (int i = 0; i < waarden.size(); i++) {
            rij(lijstblad, i + 1).createCell(kolom).setCellValue(waarden.get(i));
        }
        String kolomletter = CellReference.convertNumToColString(kolom);
        Name naam = werkboek.createName();
        naam.setNameName(NAAM_VOORVOEGSEL + lijst);
        naam.setRefersToFormula("'" + lijstblad.getSheetName().replace("'", "''") + "'!$" + kolomletter + "$2:$"
                + kolomletter + "$" + (waarden.size() + 1));
        return naam.getNameName();
    }

    /** Moves the lookup sheet, if any, to the end of the workbook. */
    void achteraan() {
        if (blad != null) {
            werkboek.setSheetOrder(blad.getSheetName(), werkboek.getNumberOfSheets() - 1);
        }
    }

    private Sheet blad() {
        if (blad == null) {
            blad = werkboek.createSheet(Bladnamen.uniek(werkboek, BLADNAAM));
            if (blad instanceof SXSSFSheet streamend) {
                // a later list adds a column to rows written earlier, so this small sheet stays in memory
                streamend.setRandomAccessWindowSize(-1);
            }
            werkboek.setSheetHidden(werkboek.getSheetIndex(blad), true);
        }
        return blad;
    }

    private static Row rij(Sheet blad, int nummer) {
        Row rij = blad.getRow(nummer);
        return rij != null ? rij : blad.createRow(nummer);
    }
}
