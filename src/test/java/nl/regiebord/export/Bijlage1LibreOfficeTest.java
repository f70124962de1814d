package nl.regiebord.export;

import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.regiebord.actie.Bijlage1Checklist;
import nl.regiebord.export.Werkmaplezer;
import nl.regiebord.plan.Testplannen;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The workbook opens in LibreOffice: a headless conversion to CSV must succeed and write every sheet. Skips
 * without LibreOffice, except in CI, where a missing tool is a failure.
 */
@QuarkusTest
class Bijlage1LibreOfficeTest {

    static final String INSTALLEREN = "apt-get install libreoffice-calc-nogui";
    /** UTF-8, comma, double quotes, formatted as shown, every sheet to its own file (last token -1). */
    static final String CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    @Test
    void libreOfficeConvertsEverySheetOfTheWorkbookWithoutError() throws Exception {
        Optional<Path> libreoffice = opPad("libreoffice").or(() -> opPad("soffice"));
        if (libreoffice.isEmpty()) {
            String melding = "LibreOffice (libreoffice of soffice) staat niet op het PATH; installeer het met: "
                    + INSTALLEREN;
            if ("true".equals(System.getenv("CI"))) {
                fail(melding);
            }
            Assumptions.abort(melding);
        }
        long plan = Testplannen.samenwerkingsverband();
        byte[] inhoud = Werkmaplezer.download(plan).asByteArray();
        Path map = Files.createTempDirectory("bijlage1-lo-");
        Path profiel = Files.createTempDirectory("lo-");
        try {
            Path xlsx = map.resolve("bijlage1.xlsx");
            Files.write(xlsx, inhoud);
            Path uit = Files.createDirectory(map.resolve("csv"));
            List<String> opdracht = List.of(libreoffice.get().toString(), "--headless",
                    "-env:UserInstallation=" + profiel.toUri(), "--convert-to", CSV_FILTER, "--outdir", uit.toString(),
                    xlsx.toString());
            Process proces = new ProcessBuilder(opdracht).redirectErrorStream(true).start();
            boolean klaar = proces.waitFor(180, TimeUnit.SECONDS);
            String uitvoer = new String(proces.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!klaar) {
                proces.destroyForcibly();
                fail("LibreOffice was na 180 s nog niet klaar: " + uitvoer);
            }
            assertEquals(0, proces.exitValue(), "LibreOffice: " + uitvoer);

            List<String> bladen = new ArrayList<>();
            try (XSSFWorkbook werkmap = Werkmaplezer.lees(inhoud)) {
                werkmap.forEach((Sheet blad) -> bladen.add(blad.getSheetName()));
            }
            for (String blad : bladen) {
                Path csv = uit.resolve("bijlage1-" + blad + ".csv");
                assertTrue(Files.isRegularFile(csv), "geen csv voor blad " + blad + " in " + lijst(uit) + "; " + uitvoer);
            }
            List<String> checklist = Files.readAllLines(uit.resolve("bijlage1-" + Bijlage1Checklist.BLADNAAM + ".csv"),
                    StandardCharsets.UTF_8);
            assertTrue(checklist.get(0).startsWith("Thema,Fase,Actie,Deadline,Status,Verantwoordelijke,Toelichting,"
                    + "Te laat,Afgevinkt,Besluit Cranendonck"), checklist.get(0));
            // token 9 ("as shown") is false in this filter: LibreOffice writes a date in its own notation, and
            // a serial number (44500) would mean it did not see a date
            assertTrue(checklist.stream().anyMatch(r -> r.contains("verordening vaststellen")
                            && (r.contains("10/31/2021") || r.contains("31-10-2021") || r.contains("2021-10-31"))),
                    "de deadline is voor LibreOffice een datum: "
                            + checklist.stream().filter(r -> r.contains("verordening vaststellen")).toList());
            assertTrue(checklist.stream().anyMatch(r -> r.contains("☐")), "de vinkjes komen als UTF-8 door");
        } finally {
            verwijder(map);
            verwijder(profiel);
        }
    }

    static Optional<Path> opPad(String programma) {
        String pad = System.getenv("PATH");
        if (pad == null) {
            return Optional.empty();
        }
        for (String map : pad.split(File.pathSeparator)) {
            Path kandidaat = Path.of(map, programma);
            if (Files.isRegularFile(kandidaat) && Files.isExecutable(kandidaat)) {
                return Optional.of(kandidaat);
            }
        }
        return Optional.empty();
    }

    private static List<String> lijst(Path map) throws IOException {
        try (Stream<Path> bestanden = Files.list(map)) {
            return bestanden.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void verwijder(Path map) throws IOException {
        try (Stream<Path> alles = Files.walk(map)) {
            alles.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
