package nl.regiebord.importeren;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;
import nl.regiebord.export.Rijsleutel;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads the rows of one sheet of an uploaded workbook: the columns are found by their header, so a user who
 * inserts or moves a column does not break the import; a row counts when its hidden id cell is filled (theme and
 * step rows have none). Every cell value that cannot be read is collected as an {@link Importfout} with its place.
 */
final class Importblad {

    /** One row to import: its number as Excel shows it, the record's id and version, and the read values. */
    record Bestandsrij(int rij, long id, long versie, Cel idCel, Map<Importveld, Gelezen> waarden) {
    }

    /** The value of a cell as the API would take it (text, an ISO date, a list value), or null when empty. */
    record Gelezen(Cel cel, String waarde) {
    }

    record Resultaat(List<Bestandsrij> rijen, List<Importfout> fouten) {
    }

    /** Dates as people type them in a Dutch spreadsheet, besides real date cells. */
    private static final List<DateTimeFormatter> DATUMNOTATIES = List.of("d-M-uuuu", "d/M/uuuu", "d.M.uuuu", "uuuu-M-d")
            .stream().map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT)).toList();

    private final DataFormatter opmaak = new DataFormatter(Locale.forLanguageTag("nl-NL"));
    private final String bladnaam;
    private final List<Importfout> fouten = new ArrayList<>();

    private Importblad(String bladnaam) {
        this.bladnaam = bladnaam;
    }

    static Resultaat lees(Workbook werkmap, Importsoort soort) {
        return new Importblad(soort.bladnaam()).rijen(werkmap, soort);
    }

    private Resultaat rijen(Workbook werkmap, Importsoort soort) {
        Sheet blad = werkmap.getSheet(bladnaam);
        if (blad == null) {
            throw new ApiFout(400, "De werkmap heeft geen blad '" + bladnaam + "'. Upload de checklist zoals Regiebord "
                    + "die exporteert; de naam van het blad mag niet veranderd zijn.", null, null);
        }
        Row kopRij = blad.getRow(blad.getFirstRowNum());
        if (blad.getPhysicalNumberOfRows() == 0 || kopRij == null) {
            throw new ApiFout(400, "Het blad '" + bladnaam + "' is leeg: er staan geen kolomkoppen en geen rijen in.",
                    null, null);
        }
        Map<String, Integer> koppen = koppen(kopRij);
        List<String> ontbrekend = new ArrayList<>();
        int idKolom = kolom(koppen, Rijsleutel.ID, ontbrekend);
        int versieKolom = kolom(koppen, Rijsleutel.VERSIE, ontbrekend);
        Map<Importveld, Integer> kolommen = new LinkedHashMap<>();
        for (Importveld veld : soort.velden()) {
            kolommen.put(veld, kolom(koppen, veld.kop(), ontbrekend));
        }
        if (!ontbrekend.isEmpty()) {
            throw new ApiFout(400, "Het blad '" + bladnaam + "' mist " + (ontbrekend.size() == 1 ? "de kolom " : "de kolommen ")
                    + String.join(", ", ontbrekend.stream().map(k -> "'" + k + "'").toList()) + " in rij "
                    + (kopRij.getRowNum() + 1) + ". De kolommen id en versie zijn verborgen; laat ze staan.", null, null);
        }
        List<Bestandsrij> rijen = new ArrayList<>();
        for (int r = kopRij.getRowNum() + 1; r <= blad.getLastRowNum(); r++) {
            Row rij = blad.getRow(r);
            if (rij == null) {
                continue;
            }
            Cel idCel = cel(r, idKolom, Rijsleutel.ID);
            Optional<Long> id = getal(rij.getCell(idKolom), idCel);
            if (id.isEmpty()) {
                continue;
            }
            Cel versieCel = cel(r, versieKolom, Rijsleutel.VERSIE);
            Optional<Long> versie = getal(rij.getCell(versieKolom), versieCel);
            if (versie.isEmpty()) {
                fouten.add(new Importfout(versieCel, "de versie ontbreekt; laat de verborgen kolommen id en versie staan"));
                continue;
            }
            Map<Importveld, Gelezen> waarden = new LinkedHashMap<>();
            for (Map.Entry<Importveld, Integer> kolom : kolommen.entrySet()) {
                Importveld veld = kolom.getKey();
                int k = kolom.getValue();
                waarden.put(veld, waarde(rij.getCell(k), veld, cel(r, k, veld.kop())));
            }
            rijen.add(new Bestandsrij(r + 1, id.get(), versie.get(), idCel, waarden));
        }
        if (rijen.isEmpty() && fouten.isEmpty()) {
            throw new ApiFout(400, "Het blad '" + bladnaam + "' bevat geen rijen om te importeren: geen enkele rij heeft "
                    + "een id in de verborgen kolom '" + Rijsleutel.ID + "'.", null, null);
        }
        return new Resultaat(rijen, fouten);
    }

    private Map<String, Integer> koppen(Row kopRij) {
        Map<String, Integer> koppen = new LinkedHashMap<>();
        for (Cell cel : kopRij) {
            if (cel.getCellType() == CellType.STRING) {
                koppen.putIfAbsent(sleutel(cel.getStringCellValue()), cel.getColumnIndex());
            }
        }
        return koppen;
    }

    private static int kolom(Map<String, Integer> koppen, String kop, List<String> ontbrekend) {
        Integer kolom = koppen.get(sleutel(kop));
        if (kolom == null) {
            ontbrekend.add(kop);
            return -1;
        }
        return kolom;
    }

    private static String sleutel(String kop) {
        return kop.strip().toLowerCase(Locale.ROOT);
    }

    private Cel cel(int rijIndex, int kolom, String kop) {
        return new Cel(bladnaam, rijIndex + 1, kolom, kop);
    }

    /** A whole number in a hidden key column; empty for an empty cell, or (with an error) for anything else. */
    private Optional<Long> getal(Cell cel, Cel plek) {
        if (leeg(cel)) {
            return Optional.empty();
        }
        if (!isWaarde(cel, plek)) {
            return Optional.empty();
        }
        if (cel.getCellType() == CellType.NUMERIC && cel.getNumericCellValue() == Math.rint(cel.getNumericCellValue())
                && cel.getNumericCellValue() >= 0) {
            return Optional.of((long) cel.getNumericCellValue());
        }
        String tekst = opmaak.formatCellValue(cel).strip();
        if (tekst.matches("\\d{1,18}")) {
            return Optional.of(Long.parseLong(tekst));
        }
        fouten.add(new Importfout(plek, "'" + tekst + "' is geen nummer; laat de verborgen kolommen id en versie "
                + "zoals ze zijn geëxporteerd"));
        return Optional.empty();
    }

    private Gelezen waarde(Cell cel, Importveld veld, Cel plek) {
        if (leeg(cel) || !isWaarde(cel, plek)) {
            return new Gelezen(plek, null);
        }
        return new Gelezen(plek, switch (veld.soort()) {
            case TEKST -> tekst(cel);
            case DATUM -> datum(cel, plek);
            case KEUZE -> keuze(cel, veld, plek);
        });
    }

    private String tekst(Cell cel) {
        String tekst = cel.getCellType() == CellType.STRING ? cel.getStringCellValue() : opmaak.formatCellValue(cel);
        tekst = tekst.replace("\r\n", "\n").strip();
        return tekst.isEmpty() ? null : tekst;
    }

    private String datum(Cell cel, Cel plek) {
        LocalDate datum = null;
        if (cel.getCellType() == CellType.NUMERIC) {
            if (!DateUtil.isCellDateFormatted(cel) || !DateUtil.isValidExcelDate(cel.getNumericCellValue())) {
                fouten.add(new Importfout(plek, "'" + opmaak.formatCellValue(cel) + "' is een getal, geen datum; "
                        + "typ een datum als 31-10-2021"));
                return null;
            }
            datum = cel.getLocalDateTimeCellValue().toLocalDate();
        } else {
            String tekst = tekst(cel);
            if (tekst == null) {
                return null;
            }
            for (DateTimeFormatter notatie : DATUMNOTATIES) {
                try {
                    datum = LocalDate.parse(tekst, notatie);
                    break;
                } catch (DateTimeParseException e) {
                    // try the next way of writing a date
                }
            }
            if (datum == null) {
                fouten.add(new Importfout(plek, "'" + tekst + "' is geen geldige datum; typ een datum als 31-10-2021"));
                return null;
            }
        }
        if (datum.isBefore(Invoer.VROEGSTE_DATUM) || datum.isAfter(Invoer.LAATSTE_DATUM)) {
            fouten.add(new Importfout(plek, "de datum " + datum.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"))
                    + " moet tussen " + Invoer.VROEGSTE_DATUM.getYear() + " en " + Invoer.LAATSTE_DATUM.getYear() + " liggen"));
            return null;
        }
        return datum.toString();
    }

    private String keuze(Cell cel, Importveld veld, Cel plek) {
        String tekst = tekst(cel);
        if (tekst == null) {
            return null;
        }
        return veld.toegestaan().stream().filter(w -> w.equalsIgnoreCase(tekst.replaceAll("\\s+", " "))).findFirst()
                .orElseGet(() -> {
                    fouten.add(new Importfout(plek, "'" + tekst + "' is geen toegestane waarde; kies uit de keuzelijst",
                            veld.toegestaan()));
                    return null;
                });
    }

    /** A formula or an error value where the import expects a value typed in: refused, with its place. */
    private boolean isWaarde(Cell cel, Cel plek) {
        if (cel.getCellType() == CellType.FORMULA) {
            fouten.add(new Importfout(plek, "bevat een formule (=" + cel.getCellFormula() + "); verwacht wordt een "
                    + "waarde. Typ de waarde in of plak de cel als waarde"));
            return false;
        }
        if (cel.getCellType() == CellType.ERROR) {
            fouten.add(new Importfout(plek, "bevat een foutwaarde (" + opmaak.formatCellValue(cel) + "); verwacht wordt een waarde"));
            return false;
        }
        return true;
    }

    private static boolean leeg(Cell cel) {
        return cel == null || cel.getCellType() == CellType.BLANK
                || (cel.getCellType() == CellType.STRING && cel.getStringCellValue().isBlank());
    }
}
