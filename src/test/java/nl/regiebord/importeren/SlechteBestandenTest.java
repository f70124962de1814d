package nl.regiebord.importeren;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.security.Testgebruikers;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import static nl.regiebord.actie.Bijlage1Checklist.KOP_STATUS;
import static nl.regiebord.importeren.Checklistbestand.acties;
import static nl.regiebord.importeren.Checklistbestand.importeer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of bad file gets its own clear Dutch refusal with the right status, never a 500, and the plan is
 * the same afterwards, dry run or not.
 */
@QuarkusTest
class SlechteBestandenTest {

    private static final String PROBLEEM = "application/problem+json";

    /** Posts the file as a dry run and for real; both are refused alike and leave the actions as they were. */
    private static JsonPath weigert(long plan, byte[] inhoud, int status, String tekst) {
        List<Map<String, Object>> voor = acties(plan);
        JsonPath antwoord = null;
        for (boolean proef : new boolean[]{true, false}) {
            antwoord = importeer(plan, inhoud, "checklist.xlsx", Checklistbestand.XLSX, proef).then()
                    .statusCode(status).contentType(PROBLEEM).extract().jsonPath();
            assertEquals(status, antwoord.getInt("status"));
            assertTrue(antwoord.getString("detail").contains(tekst), antwoord.getString("detail"));
        }
        assertEquals(voor, acties(plan), "niets gewijzigd");
        return antwoord;
    }

    private static byte[] metWijziging(long plan) {
        long actie = Testplannen.actie(plan, "beleid", "startnotitie", "startnotitie opstellen");
        return Checklistbestand.van(plan).tekst(actie, KOP_STATUS, "bezig").bytes();
    }

    private static byte[] bytes(XSSFWorkbook werkmap) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        werkmap.write(uit);
        werkmap.close();
        return uit.toByteArray();
    }

    @Test
    void aFileThatIsNoSpreadsheetAtAllIs415() {
        long plan = Testplannen.gemeente();
        weigert(plan, "Status;Verantwoordelijke\nbezig;Fatima\n".getBytes(StandardCharsets.UTF_8), 415,
                "geen Excel-werkmap (.xlsx)");
    }

    @Test
    void aWordDocumentRenamedToXlsxIs415() throws IOException {
        long plan = Testplannen.gemeente();
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Checklist");
            document.write(uit);
        }
        weigert(plan, uit.toByteArray(), 415, "een Word-document, geen Excel-werkmap");
    }

    @Test
    void anOldXlsWorkbookIs415WithHowToSaveItAsXlsx() throws IOException {
        long plan = Testplannen.gemeente();
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (HSSFWorkbook oud = new HSSFWorkbook()) {
            oud.createSheet("Checklist");
            oud.write(uit);
        }
        weigert(plan, uit.toByteArray(), 415, "oude Excel-formaat (.xls)");
    }

    @Test
    void aPasswordProtectedWorkbookIs400() throws Exception {
        long plan = Testplannen.gemeente();
        byte[] gewoon = metWijziging(plan);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor versleuteling = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            versleuteling.confirmPassword("geheim");
            try (OutputStream in = versleuteling.getDataStream(container)) {
                in.write(gewoon);
            }
            container.writeFilesystem(uit);
        }
        weigert(plan, uit.toByteArray(), 400, "beveiligd met een wachtwoord");
    }

    /** A real checklist whose sheet XML is padded with 40 MB of spaces: a few kilobytes packed. */
    @Test
    void aZipBombIs400AndIsNotUnpacked() throws IOException {
        long plan = Testplannen.gemeente();
        byte[] echt = metWijziging(plan);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(echt));
             ZipOutputStream zip = new ZipOutputStream(uit)) {
            for (ZipEntry deel = in.getNextEntry(); deel != null; deel = in.getNextEntry()) {
                byte[] inhoud = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(deel.getName()));
                if (deel.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(inhoud, StandardCharsets.UTF_8);
                    int na = xml.indexOf("?>") + 2;
                    zip.write(xml.substring(0, na).getBytes(StandardCharsets.UTF_8));
                    byte[] spaties = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaties, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        zip.write(spaties);
                    }
                    zip.write(xml.substring(na).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(inhoud);
                }
                zip.closeEntry();
            }
        }
        assertTrue(uit.size() < 1024 * 1024, "klein ingepakt: " + uit.size());
        weigert(plan, uit.toByteArray(), 400, "zip-bom");
    }

    /** Larger than the import takes, small enough for the HTTP layer: the application refuses it. */
    @Test
    void aFileOverFiveMegabytesIs413FromTheImport() {
        long plan = Testplannen.gemeente();
        byte[] groot = new byte[6 * 1024 * 1024];
        new Random(9).nextBytes(groot);
        groot[0] = 'P';
        groot[1] = 'K';
        weigert(plan, groot, 413, "te groot: 6,0 MB, ten hoogste 5,0 MB");
    }

    /** Sends the headers of a 50 MB upload and a first part of it over a plain socket; answers the raw response. */
    private static String vijftigMegabyte(String pad, String extraKop) throws IOException {
        try (Socket verbinding = new Socket("localhost", RestAssured.port)) {
            verbinding.setSoTimeout(10_000);
            OutputStream uit = verbinding.getOutputStream();
            uit.write(("POST " + pad + " HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + extraKop
                    + "Content-Type: multipart/form-data; boundary=grens\r\n"
                    + "Content-Length: " + (50L * 1024 * 1024) + "\r\n\r\n"
                    + "--grens\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"groot.xlsx\"\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            uit.write(new byte[64 * 1024]);
            uit.flush();
            InputStream in = verbinding.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * A 50 MB upload is refused by the HTTP layer on its Content-Length, before the body is read: the answer is
     * still a Dutch problem document. Sent over a plain socket, since a client would first try to send it all.
     */
    @Test
    void a50MegabyteUploadIsRefusedBeforeItIsReadWithADutch413() throws IOException {
        long plan = Testplannen.gemeente();
        List<Map<String, Object>> voor = acties(plan);
        String inlog = Base64.getEncoder().encodeToString((Testgebruikers.BEHEERDER + ":"
                + Testgebruikers.BEHEERDER_WACHTWOORD).getBytes(StandardCharsets.UTF_8));
        String antwoord = vijftigMegabyte("/api/plannen/" + plan + "/import/bijlage1",
                "Authorization: Basic " + inlog + "\r\n");
        assertTrue(antwoord.startsWith("HTTP/1.1 413"), antwoord);
        assertTrue(antwoord.toLowerCase().contains("content-type: application/problem+json"), antwoord);
        assertTrue(antwoord.contains("\"title\":\"Te groot\""), antwoord);
        assertTrue(antwoord.contains("Het verzoek is te groot: ten hoogste 10 MB"), antwoord);
        assertTrue(antwoord.toLowerCase().contains("x-content-type-options: nosniff"), "beveiligingskoppen: " + antwoord);
        assertEquals(voor, acties(plan));
    }

    /** The same upload through the page's form: a short Dutch text, not JSON, for the person in the browser. */
    @Test
    void a50MegabyteUploadOnThePageIsRefusedWithADutchText() throws IOException {
        long plan = Testplannen.gemeente();
        String cookie = Testgebruikers.inloggen(Testgebruikers.BEHEERDER, Testgebruikers.BEHEERDER_WACHTWOORD);
        String antwoord = vijftigMegabyte("/plannen/" + plan + "/tijdtafel/import",
                "Cookie: " + nl.regiebord.security.Sessiecookie.NAAM + "=" + cookie + "\r\n");
        assertTrue(antwoord.startsWith("HTTP/1.1 413"), antwoord);
        assertTrue(antwoord.toLowerCase().contains("content-type: text/plain; charset=utf-8"), antwoord);
        assertTrue(antwoord.contains("Het verzoek is te groot: ten hoogste 10 MB wordt aangenomen"), antwoord);
    }

    @Test
    void aFormulaWhereAValueBelongsIs400AtItsCell() {
        long plan = Testplannen.gemeente();
        long actie = Testplannen.actie(plan, "beleid", "startnotitie", "startnotitie opstellen");
        Checklistbestand bestand = Checklistbestand.van(plan);
        int rij = bestand.rijnummer(actie);
        byte[] inhoud = bestand.formule(actie, KOP_STATUS, "LOWER(\"BEZIG\")").bytes();
        JsonPath fout = weigert(plan, inhoud, 400, "Er is niets geïmporteerd: blad Checklist, rij " + rij
                + ", kolom E (Status): bevat een formule (=LOWER(\"BEZIG\"))");
        assertEquals(List.of("Checklist!E" + rij), fout.getList("velden.veld"));
    }

    @Test
    void anEmptyChecklistSheetIs400() throws IOException {
        long plan = Testplannen.gemeente();
        XSSFWorkbook werkmap = new XSSFWorkbook();
        werkmap.createSheet("Checklist");
        weigert(plan, bytes(werkmap), 400, "Het blad 'Checklist' is leeg");
    }

    @Test
    void aWorkbookWithoutTheChecklistSheetIs400() throws IOException {
        long plan = Testplannen.gemeente();
        XSSFWorkbook werkmap = new XSSFWorkbook();
        werkmap.createSheet("Blad1").createRow(0).createCell(0).setCellValue("Status");
        weigert(plan, bytes(werkmap), 400, "De werkmap heeft geen blad 'Checklist'");
    }

    @Test
    void aChecklistWithoutItsHiddenColumnsIs400NamingThem() {
        long plan = Testplannen.gemeente();
        Checklistbestand bestand = Checklistbestand.van(plan);
        var kop = bestand.blad.getRow(0);
        kop.removeCell(kop.getCell(bestand.kolom("versie")));
        Checklistbestand.nieuweCel(kop, bestand.kolom("Toelichting")).setCellValue("Opmerkingen");
        weigert(plan, bestand.bytes(), 400, "mist de kolommen 'versie', 'Toelichting' in rij 1");
    }

    @Test
    void aChecklistWithHeadersButNoActionRowsIs400() throws IOException {
        long plan = Testplannen.gemeente();
        XSSFWorkbook werkmap = new XSSFWorkbook();
        var kop = werkmap.createSheet("Checklist").createRow(0);
        String[] koppen = {"Deadline", "Status", "Verantwoordelijke", "Toelichting", "id", "versie"};
        for (int i = 0; i < koppen.length; i++) {
            kop.createCell(i).setCellValue(koppen[i]);
        }
        weigert(plan, bytes(werkmap), 400, "bevat geen rijen om te importeren");
    }

    @Test
    void anEmptyFileIs400() {
        long plan = Testplannen.gemeente();
        weigert(plan, new byte[0], 400, "Het bestand is leeg");
    }
}
