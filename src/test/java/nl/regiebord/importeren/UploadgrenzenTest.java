package nl.regiebord.importeren;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.security.Testgebruikers;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static nl.regiebord.actie.Bijlage1Checklist.KOP_STATUS;
import static nl.regiebord.importeren.Checklistbestand.acties;
import static nl.regiebord.importeren.Checklistbestand.importeer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The limits on what one upload may cost: its unpacked size, the number read at once, and a body without a length
 * that grows past the limit. Each is refused with a Dutch problem naming the field, and nothing is imported.
 */
@QuarkusTest
class UploadgrenzenTest {

    private static final String PROBLEEM = "application/problem+json";

    @Inject
    Importplaatsen plaatsen;

    private static byte[] metWijziging(long plan) {
        long actie = Testplannen.actie(plan, "beleid", "startnotitie", "startnotitie opstellen");
        return Checklistbestand.van(plan).tekst(actie, KOP_STATUS, "bezig").bytes();
    }

    /**
     * A real filled-in checklist whose sheet XML carries 60 MB of comments that pack about 40 times: every entry
     * stays within POI's own limits (ratio, size per entry), and the upload is well under 5 MB.
     */
    private static byte[] uitgepakt60Megabyte(byte[] echt) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Random willekeur = new Random(7);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(echt));
             ZipOutputStream zip = new ZipOutputStream(uit)) {
            for (ZipEntry deel = in.getNextEntry(); deel != null; deel = in.getNextEntry()) {
                byte[] inhoud = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(deel.getName()));
                if (deel.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(inhoud, StandardCharsets.UTF_8);
                    int na = xml.indexOf("?>") + 2;
                    zip.write(xml.substring(0, na).getBytes(StandardCharsets.UTF_8));
                    StringBuilder vulling = new StringBuilder();
                    for (long geschreven = 0; geschreven < 60L * 1024 * 1024; geschreven += vulling.length()) {
                        vulling.setLength(0);
                        vulling.append("<!-- vulling vulling vulling vulling vulling ").append(willekeur.nextInt(4))
                                .append(" -->");
                        zip.write(vulling.toString().getBytes(StandardCharsets.US_ASCII));
                    }
                    zip.write(xml.substring(na).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(inhoud);
                }
                zip.closeEntry();
            }
        }
        return uit.toByteArray();
    }

    @Test
    void aWorkbookThatUnpacksTo60MegabytesIsRefusedThroughTheApiWithNothingImported() throws IOException {
        long plan = Testplannen.gemeente();
        byte[] groot = uitgepakt60Megabyte(metWijziging(plan));
        assertTrue(groot.length < Werkmapopener.MAX_BESTAND, "klein ingepakt: " + groot.length);
        List<Map<String, Object>> voor = acties(plan);
        for (boolean proef : new boolean[]{true, false}) {
            importeer(plan, groot, proef).then().statusCode(413).contentType(PROBLEEM)
                    .body("detail", containsString("uitgepakt is het groter dan 50,0 MB"))
                    .body("velden[0].veld", equalTo(Uploadverzoek.BESTAND));
        }
        assertEquals(voor, acties(plan), "niets geïmporteerd");
    }

    @Test
    void onThePageTheSameWorkbookIsRefusedAtTheField() throws IOException {
        long plan = Testplannen.gemeente();
        byte[] groot = uitgepakt60Megabyte(metWijziging(plan));
        List<Map<String, Object>> voor = acties(plan);
        String csrf = Bezoeker.csrf(Bezoeker.open("/plannen/" + plan + "/tijdtafel"));
        Response antwoord = given().redirects().follow(false).multiPart("_csrf", csrf).multiPart("stap", "controleren")
                .multiPart("bestand", "groot.xlsx", groot, Checklistbestand.XLSX)
                .post("/plannen/" + plan + "/tijdtafel/import");
        assertEquals(413, antwoord.statusCode());
        assertTrue(antwoord.asString().contains("uitgepakt is het groter dan 50,0 MB"), antwoord.asString());
        assertEquals(voor, acties(plan));
    }

    /** While two imports are being read, a third waits its turn at the client: 503 with Retry-After. */
    @Test
    void aThirdImportAtOnceIs503WithRetryAfter() {
        long plan = Testplannen.gemeente();
        byte[] bestand = metWijziging(plan);
        List<Map<String, Object>> voor = acties(plan);
        int genomen = 0;
        try {
            while (plaatsen.neem()) {
                genomen++;
            }
            assertEquals(Importplaatsen.TEGELIJK, genomen);
            importeer(plan, bestand, false).then().statusCode(503).contentType(PROBLEEM)
                    .header("Retry-After", String.valueOf(Importplaatsen.OPNIEUW_NA_SECONDEN))
                    .body("velden[0].veld", equalTo(Uploadverzoek.BESTAND))
                    .body("detail", containsString("Probeer het over"));
        } finally {
            for (; genomen > 0; genomen--) {
                plaatsen.geefTerug();
            }
        }
        assertEquals(voor, acties(plan));
        importeer(plan, bestand, true).then().statusCode(200);
    }

    private static HttpResponse<String> zonderLengte(String pad, String kop, String waarde, byte[] inhoud)
            throws IOException, InterruptedException {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + pad))
                        .header(kop, waarde)
                        .header("Content-Type", "multipart/form-data; boundary=grens")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(inhoud)))
                        .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The file as the one part of a multipart form. */
    private static byte[] multipart(byte[] bestand) {
        byte[] kop = ("--grens\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"checklist.xlsx\"\r\n"
                + "Content-Type: " + Checklistbestand.XLSX + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] staart = "\r\n--grens--\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] alles = new byte[kop.length + bestand.length + staart.length];
        System.arraycopy(kop, 0, alles, 0, kop.length);
        System.arraycopy(bestand, 0, alles, kop.length, bestand.length);
        System.arraycopy(staart, 0, alles, kop.length + bestand.length, staart.length);
        return alles;
    }

    private static String basis() {
        return "Basic " + Base64.getEncoder().encodeToString((Testgebruikers.BEHEERDER + ":"
                + Testgebruikers.BEHEERDER_WACHTWOORD).getBytes(StandardCharsets.UTF_8));
    }

    /** Sent chunked (no Content-Length), past the 10 MB limit: the same Dutch problem as any too large upload. */
    @Test
    void aChunkedUploadPastTheLimitGetsTheSameProblemDocument() throws Exception {
        long plan = Testplannen.gemeente();
        List<Map<String, Object>> voor = acties(plan);
        List<String> foutregels = new CopyOnWriteArrayList<>();
        Logger foutlog = Logger.getLogger("io.quarkus.vertx.http.runtime.QuarkusErrorHandler");
        Handler lezer = new Handler() {
            @Override
            public void publish(LogRecord regel) {
                if (regel.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    foutregels.add(regel.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        foutlog.addHandler(lezer);
        HttpResponse<String> antwoord;
        try {
            antwoord = zonderLengte("/api/plannen/" + plan + "/import/bijlage1", "Authorization", basis(),
                    multipart(new byte[12 * 1024 * 1024]));
            Thread.sleep(500); // the cut-off connection fails the rest of the body just after the answer
        } finally {
            foutlog.removeHandler(lezer);
        }
        assertEquals(List.of(), foutregels, "a refused upload is no server error in the log");
        assertEquals(413, antwoord.statusCode(), antwoord.body());
        assertTrue(antwoord.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEEM), antwoord.headers().toString());
        assertTrue(antwoord.body().contains("Het verzoek is te groot: ten hoogste 10 MB"), antwoord.body());
        assertTrue(antwoord.body().contains("\"veld\":\"bestand\""), antwoord.body());
        assertEquals(voor, acties(plan));
    }

    @Test
    void aChunkedUploadPastTheLimitOnThePageGetsTheDutchText() throws Exception {
        long plan = Testplannen.gemeente();
        String cookie = Testgebruikers.inloggen(Testgebruikers.BEHEERDER, Testgebruikers.BEHEERDER_WACHTWOORD);
        HttpResponse<String> antwoord = zonderLengte("/plannen/" + plan + "/tijdtafel/import", "Cookie",
                nl.regiebord.security.Sessiecookie.NAAM + "=" + cookie, multipart(new byte[12 * 1024 * 1024]));
        assertEquals(413, antwoord.statusCode(), antwoord.body());
        assertTrue(antwoord.body().contains("Het verzoek is te groot: ten hoogste 10 MB wordt aangenomen"),
                antwoord.body());
    }

    /** A chunked upload within the limit is read as any other. */
    @Test
    void aChunkedUploadWithinTheLimitIsImported() throws Exception {
        long plan = Testplannen.gemeente();
        HttpResponse<String> antwoord = zonderLengte("/api/plannen/" + plan + "/import/bijlage1?dryRun=true",
                "Authorization", basis(), multipart(metWijziging(plan)));
        assertEquals(200, antwoord.statusCode(), antwoord.body());
        assertTrue(antwoord.body().contains("\"wijzigingen\":1"), antwoord.body());
    }
}
