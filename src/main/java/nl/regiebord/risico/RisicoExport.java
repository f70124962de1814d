package nl.regiebord.risico;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.plan.Plan;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The risk register as .xlsx: the table of ch. 4 step 7 (risk, category, kwalificatie in its colour, kans, impact,
 * maatregel, eigenaar, status, residual), the coloured 3×3 matrix with counts, and a legend of the scoring. The
 * colours are {@link Kwalificatie#rgb()}, the same as on the pages.
 */
@ApplicationScoped
public class RisicoExport {

    static final String REGISTER = "Risicoregister";
    static final String MATRIX = "Risicomatrix";
    static final String LEGENDA = "Legenda";
    static final List<String> KOPPEN = List.of("Nr.", "Risico", "Categorie", "Kwalificatie", "Score", "Kans", "Impact",
            "Beheersmaatregel", "Eigenaar", "Status", "Ingebracht door", "Rest-kans", "Rest-impact",
            "Rest-kwalificatie", "Geclusterd in", "Volgende review");
    static final int[] BREEDTES = {6, 50, 14, 13, 7, 9, 9, 60, 20, 12, 20, 10, 11, 15, 12, 15};

    @Inject
    RisicoService risicos;
    @Inject
    Risicomatrix matrix;

    public byte[] maak(Plan plan) {
        List<RisicoJson> register = risicos.alsJson(plan, risicos.vanPlan(plan, false));
        List<Risicopositie> posities = matrix.nu(plan);
        try (XSSFWorkbook boek = new XSSFWorkbook(); ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            Stijlen stijlen = new Stijlen(boek);
            schrijfRegister(boek.createSheet(REGISTER), register, stijlen);
            Sheet m = boek.createSheet(MATRIX);
            int rij = schrijfMatrix(m, 0, plan.naam + " – nu", matrix.bouw(posities, false, null, null), stijlen);
            schrijfMatrix(m, rij + 1, "Na de maatregelen (rest)", matrix.bouw(posities, true, null, null), stijlen);
            m.setColumnWidth(0, 16 * 256);
            for (int k = 1; k <= 3; k++) {
                m.setColumnWidth(k, 18 * 256);
            }
            liggend(m);
            schrijfLegenda(boek.createSheet(LEGENDA), stijlen);
            boek.write(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void schrijfRegister(Sheet blad, List<RisicoJson> register, Stijlen stijlen) {
        Row kop = blad.createRow(0);
        for (int k = 0; k < KOPPEN.size(); k++) {
            cel(kop, k, KOPPEN.get(k), stijlen.kop);
            blad.setColumnWidth(k, BREEDTES[k] * 256);
        }
        int i = 1;
        for (RisicoJson r : register) {
            Row rij = blad.createRow(i++);
            if (r.nummer() != null) {
                getal(rij, 0, r.nummer(), stijlen.tekst);
            }
            cel(rij, 1, r.omschrijving(), stijlen.tekst);
            cel(rij, 2, r.categorie().tekst(), stijlen.tekst);
            cel(rij, 3, tekst(r.kwalificatie()), r.kwalificatie() == null ? stijlen.tekst : stijlen.kwalificatie.get(r.kwalificatie()));
            if (r.score() != null) {
                getal(rij, 4, r.score(), stijlen.tekst);
            }
            cel(rij, 5, tekst(r.kans()), stijlen.tekst);
            cel(rij, 6, tekst(r.impact()), stijlen.tekst);
            cel(rij, 7, r.maatregel(), stijlen.tekst);
            cel(rij, 8, r.eigenaar(), stijlen.tekst);
            cel(rij, 9, r.status().tekst(), stijlen.tekst);
            cel(rij, 10, r.ingebrachtDoor() != null ? r.ingebrachtDoor() : r.voorbeeld() ? "voorbeeld Tabel 6" : null, stijlen.tekst);
            cel(rij, 11, tekst(r.restKans()), stijlen.tekst);
            cel(rij, 12, tekst(r.restImpact()), stijlen.tekst);
            cel(rij, 13, tekst(r.restKwalificatie()),
                    r.restKwalificatie() == null ? stijlen.tekst : stijlen.kwalificatie.get(r.restKwalificatie()));
            if (r.clusterIn() != null) {
                getal(rij, 14, r.clusterIn(), stijlen.tekst);
            }
            Cell review = rij.createCell(15);
            review.setCellStyle(stijlen.datum);
            if (r.volgendeReview() != null) {
                review.setCellValue(r.volgendeReview());
            }
        }
        blad.createFreezePane(0, 1);
        int laatste = Math.max(1, register.size());
        blad.setAutoFilter(new CellRangeAddress(0, laatste, 0, KOPPEN.size() - 1));
        keuzelijst(blad, 9, laatste, Keuzewaarde.toegestaan(RisicoStatus.class));
        keuzelijst(blad, 5, laatste, Keuzewaarde.toegestaan(Niveau.class));
        keuzelijst(blad, 6, laatste, Keuzewaarde.toegestaan(Niveau.class));
        liggend(blad);
        blad.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    }

    /** Writes one grid from row {@code start}; returns the first row after it. */
    private int schrijfMatrix(Sheet blad, int start, String titel, MatrixJson m, Stijlen stijlen) {
        cel(blad.createRow(start), 0, titel, stijlen.titel);
        Row kop = blad.createRow(start + 1);
        cel(kop, 0, "kans ↓ / impact →", stijlen.kop);
        for (int k = 0; k < 3; k++) {
            cel(kop, k + 1, "impact " + Risicomatrix.KOLOMMEN.get(k).tekst(), stijlen.kop);
        }
        for (int r = 0; r < 3; r++) {
            Row rij = blad.createRow(start + 2 + r);
            rij.setHeightInPoints(36);
            cel(rij, 0, "kans " + Risicomatrix.RIJEN.get(r).tekst(), stijlen.kop);
            for (int k = 0; k < 3; k++) {
                MatrixJson.Cel c = m.cellen().get(r * 3 + k);
                Cell cel = rij.createCell(k + 1);
                cel.setCellValue(c.aantal());
                cel.setCellStyle(stijlen.matrixcel.get(c.kwalificatie()));
            }
        }
        return start + 5;
    }

    private void schrijfLegenda(Sheet blad, Stijlen stijlen) {
        cel(blad.createRow(0), 0, "Hoe een risico wordt gescoord (hoofdstuk 4 van het Model Plan van Aanpak)", stijlen.titel);
        cel(blad.createRow(1), 0, "Score = kans × impact, met laag = 1, midden = 2, hoog = 3 (score 1 tot en met 9).", stijlen.tekst);
        Row kop = blad.createRow(3);
        cel(kop, 0, "Kwalificatie", stijlen.kop);
        cel(kop, 1, "Score", stijlen.kop);
        cel(kop, 2, "Kleur", stijlen.kop);
        String[] scores = {"1–2", "3–4", "6–9"};
        int i = 4;
        for (Kwalificatie k : Kwalificatie.values()) {
            Row rij = blad.createRow(i);
            cel(rij, 0, k.tekst(), stijlen.kwalificatie.get(k));
            cel(rij, 1, scores[i - 4], stijlen.tekst);
            cel(rij, 2, k.kleur(), stijlen.tekst);
            i++;
        }
        cel(blad.createRow(8), 0, "De matrix telt de gescoorde, niet geclusterde risico's met status open of beheerst.", stijlen.tekst);
        cel(blad.createRow(9), 0, "Rest: de verwachte kans en impact na de beheersmaatregel; zonder rest-scores blijft "
                + "een risico in de rest-matrix op zijn eigen scores.", stijlen.tekst);
        blad.setColumnWidth(0, 16 * 256);
        blad.setColumnWidth(1, 10 * 256);
        blad.setColumnWidth(2, 10 * 256);
    }

    private static void keuzelijst(Sheet blad, int kolom, int laatste, List<String> waarden) {
        DataValidationHelper hulp = blad.getDataValidationHelper();
        DataValidation validatie = hulp.createValidation(hulp.createExplicitListConstraint(waarden.toArray(String[]::new)),
                new CellRangeAddressList(1, laatste, kolom, kolom));
        validatie.setShowErrorBox(true);
        blad.addValidationData(validatie);
    }

    private static void liggend(Sheet blad) {
        PrintSetup afdruk = blad.getPrintSetup();
        afdruk.setLandscape(true);
        afdruk.setPaperSize(PrintSetup.A4_PAPERSIZE);
        afdruk.setFitWidth((short) 1);
        afdruk.setFitHeight((short) 0);
        blad.setFitToPage(true);
    }

    private static String tekst(Keuzewaarde waarde) {
        return waarde == null ? null : waarde.tekst();
    }

    private static void cel(Row rij, int kolom, String waarde, CellStyle stijl) {
        Cell cel = rij.createCell(kolom);
        if (waarde != null) {
            cel.setCellValue(waarde);
        }
        cel.setCellStyle(stijl);
    }

    private static void getal(Row rij, int kolom, long waarde, CellStyle stijl) {
        Cell cel = rij.createCell(kolom);
        cel.setCellValue(waarde);
        cel.setCellStyle(stijl);
    }

    /** The workbook's styles, made once: Excel has a limit on their number. */
    private static final class Stijlen {
        final CellStyle kop;
        final CellStyle titel;
        final CellStyle tekst;
        final CellStyle datum;
        final Map<Kwalificatie, CellStyle> kwalificatie = new EnumMap<>(Kwalificatie.class);
        final Map<Kwalificatie, CellStyle> matrixcel = new EnumMap<>(Kwalificatie.class);

        Stijlen(XSSFWorkbook boek) {
            Font vet = boek.createFont();
            vet.setBold(true);
            kop = boek.createCellStyle();
            kop.setFont(vet);
            kop.setVerticalAlignment(VerticalAlignment.CENTER);
            kop.setBorderBottom(BorderStyle.THIN);
            titel = boek.createCellStyle();
            titel.setFont(vet);
            tekst = boek.createCellStyle();
            tekst.setWrapText(true);
            tekst.setVerticalAlignment(VerticalAlignment.TOP);
            datum = boek.createCellStyle();
            datum.cloneStyleFrom(tekst);
            datum.setDataFormat(boek.createDataFormat().getFormat("dd-mm-yyyy"));
            for (Kwalificatie k : Kwalificatie.values()) {
                XSSFCellStyle stijl = boek.createCellStyle();
                stijl.cloneStyleFrom(tekst);
                vul(stijl, k);
                kwalificatie.put(k, stijl);
                XSSFCellStyle cel = boek.createCellStyle();
                vul(cel, k);
                cel.setFont(vet);
                cel.setAlignment(HorizontalAlignment.CENTER);
                cel.setVerticalAlignment(VerticalAlignment.CENTER);
                // the count reads "hoog: 2", so the kwalificatie is there in words, not only in colour
                cel.setDataFormat(boek.createDataFormat().getFormat("\"" + k.tekst() + ": \"0"));
                for (var rand : List.of(BorderStyle.THIN)) {
                    cel.setBorderTop(rand);
                    cel.setBorderBottom(rand);
                    cel.setBorderLeft(rand);
                    cel.setBorderRight(rand);
                }
                matrixcel.put(k, cel);
            }
        }

        private static void vul(XSSFCellStyle stijl, Kwalificatie k) {
            stijl.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(k.rgb()), null));
            stijl.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }

    static String bestandsnaam(Plan plan, LocalDate vandaag) {
        String naam = plan.naam.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "risicos-" + (naam.isEmpty() ? "plan-" + plan.id : naam) + "-" + vandaag + ".xlsx";
    }
}
