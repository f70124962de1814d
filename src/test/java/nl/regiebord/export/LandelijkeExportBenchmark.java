package nl.regiebord.export;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.regiebord.actie.PlanActie;
import nl.regiebord.plan.Plan;
import nl.regiebord.proefdata.Proefdata;
import nl.regiebord.toegang.Lidmaatschap;
import nl.regiebord.toegang.Rol;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: every plan of a database filled with the test data (see docs/benchmarks.md, "Landelijke schaal")
 * exported one after another, each timed and its heap peak sampled, against writing the same cells with bare POI
 * SXSSF (no styles, validations or widths) in the same JVM. The cells are read back from the export itself, so any
 * export can be compared: {@code -Dbenchmark.export=bijlage1.xlsx} (default), {@code plan.xlsx}, ... And with
 * {@code -Dbenchmark.groot=5000} one extra plan gets that many own actions and is exported a few times.
 *
 * <p>Runs only with {@code -Dbenchmark=true} and {@code -Dbenchmark.jdbc.url=...} (a database the benchmark may
 * change: a copy of the H2 file, or regiebord_bench). The figures go to standard output and to
 * target/benchmark-landelijk-&lt;export&gt;.txt; nothing here fails on a figure.
 */
@QuarkusTest
@TestProfile(LandelijkeExportBenchmark.BestaandeDatabase.class)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class LandelijkeExportBenchmark {

    /** The database of the test data, kept as it is: no Flyway clean, no in-memory H2. */
    public static class BestaandeDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> instellingen = new HashMap<>();
            for (String profiel : List.of("", "%test.")) {
                instellingen.put(profiel + "quarkus.datasource.jdbc.url", System.getProperty("benchmark.jdbc.url", ""));
                instellingen.put(profiel + "quarkus.flyway.clean-at-start", "false");
                instellingen.put(profiel + "regiebord.proefdata.plannen", "0");
            }
            for (String sleutel : List.of("username", "password")) {
                String waarde = System.getProperty("benchmark.jdbc." + sleutel);
                if (waarde != null) {
                    instellingen.put("quarkus.datasource." + sleutel, waarde);
                }
            }
            return instellingen;
        }
    }

    static final String EXPORT = System.getProperty("benchmark.export", "bijlage1.xlsx");
    static final String WACHTWOORD = System.getProperty("benchmark.wachtwoord", "proefdata-wachtwoord");
    static final int GROOT = Integer.getInteger("benchmark.groot", 0);
    static final int MAX_PLANNEN = Integer.getInteger("benchmark.plannen", Integer.MAX_VALUE);

    @Inject
    Proefdata proefdata;
    @Inject
    Eigenacties eigenacties;
    @TestHTTPResource("/")
    URL basis;

    private record Meting(long millis, long bytes, long heapErbij) {
    }

    @Test
    void everyPlanOneAfterAnotherAgainstBarePoi() throws Exception {
        List<String> regels = new ArrayList<>();
        regels.add("JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, export " + EXPORT);
        List<Long> plannen = QuarkusTransaction.requiringNew().call(() ->
                Plan.<Plan>list("order by id").stream().map(p -> p.id).limit(MAX_PLANNEN).toList());

        Meting opwarmen = exporteer(plannen.get(0));
        if (opwarmen == null) {
            regels.add("GET /api/plannen/{id}/export/" + EXPORT + " bestaat (nog) niet in deze versie: niets gemeten");
            schrijf(regels);
            return;
        }
        naPoi(cellen(plannen.get(0)));
        long export = 0;
        long kaal = 0;
        long bytes = 0;
        long piekExport = 0;
        long piekKaal = 0;
        long cellen = 0;
        for (Long plan : plannen) {
            Meting e = exporteer(plan);
            List<List<List<Object>>> inhoud = cellen(plan);
            Meting k = naPoi(inhoud);
            export += e.millis();
            kaal += k.millis();
            bytes += e.bytes();
            piekExport = Math.max(piekExport, e.heapErbij());
            piekKaal = Math.max(piekKaal, k.heapErbij());
            cellen += inhoud.stream().flatMap(List::stream).mapToLong(List::size).sum();
        }
        regels.add(String.format(Locale.ROOT, "%d plannen na elkaar: export %d ms (%.1f ms per plan, %d KB), "
                        + "kale SXSSF met dezelfde %d cellen %d ms: verhouding %.2f", plannen.size(), export,
                (double) export / plannen.size(), bytes / 1024, cellen, kaal, (double) export / kaal));
        regels.add(String.format(Locale.ROOT, "hoogste heap erbij tijdens één export: %d MB; kale SXSSF: %d MB",
                piekExport / (1024 * 1024), piekKaal / (1024 * 1024)));

        if (GROOT > 0) {
            long groot = grootPlan();
            naPoi(cellen(groot));
            for (int ronde = 1; ronde <= 3; ronde++) {
                Meting e = exporteer(groot);
                Meting k = naPoi(cellen(groot));
                regels.add(String.format(Locale.ROOT, "plan met %d eigen acties, ronde %d: export %d ms (%d KB, heap "
                                + "erbij %d MB), kale SXSSF %d ms (heap erbij %d MB): verhouding %.2f", GROOT, ronde,
                        e.millis(), e.bytes() / 1024, e.heapErbij() / (1024 * 1024), k.millis(),
                        k.heapErbij() / (1024 * 1024), (double) e.millis() / k.millis()));
            }
        }
        schrijf(regels);
    }

    /** Plan 343 of the test data, made by the generator if absent, with {@link #GROOT} own actions (once). */
    private long grootPlan() {
        proefdata.vul(343);
        long id = QuarkusTransaction.requiringNew().call(() -> Plan.<Plan>find("order by id desc").firstResult().id);
        if (QuarkusTransaction.requiringNew().call(() -> PlanActie.count("plan.id", id)) < GROOT) {
            eigenacties.voegVeelToe(id, GROOT);
        }
        return id;
    }

    private Meting exporteer(long plan) throws IOException {
        String kop = "Basic " + Base64.getEncoder().encodeToString((lezer(plan) + ":" + WACHTWOORD)
                .getBytes(StandardCharsets.UTF_8));
        // the first request of a user checks the password with bcrypt; that is not the export's time
        HttpURLConnection aanmelden = verbinding("api/plannen/" + plan, kop);
        aanmelden.getInputStream().readAllBytes();
        Bijlage1Benchmark.Geheugenpiek piek = Bijlage1Benchmark.Geheugenpiek.start();
        long begin = System.nanoTime();
        HttpURLConnection verbinding = verbinding("api/plannen/" + plan + "/export/" + EXPORT, kop);
        if (verbinding.getResponseCode() == 404) {
            piek.stop();
            return null;
        }
        ByteArrayOutputStream inhoud = new ByteArrayOutputStream();
        try (InputStream in = verbinding.getInputStream()) {
            in.transferTo(inhoud);
        }
        long millis = (System.nanoTime() - begin) / 1_000_000;
        long heap = piek.stop() - piek.voor;
        laatste = inhoud.toByteArray();
        return new Meting(millis, laatste.length, heap);
    }

    private byte[] laatste;

    /** The values of the last export, sheet by sheet and row by row, as bare POI would be given them. */
    private List<List<List<Object>>> cellen(long plan) throws IOException {
        List<List<List<Object>>> bladen = new ArrayList<>();
        try (XSSFWorkbook werkmap = new XSSFWorkbook(new ByteArrayInputStream(laatste))) {
            for (Sheet blad : werkmap) {
                List<List<Object>> rijen = new ArrayList<>();
                for (Row rij : blad) {
                    List<Object> waarden = new ArrayList<>();
                    for (Cell cel : rij) {
                        waarden.add(switch (cel.getCellType()) {
                            case NUMERIC -> DateUtil.isCellDateFormatted(cel) ? cel.getLocalDateTimeCellValue()
                                    : (Object) cel.getNumericCellValue();
                            case BOOLEAN -> cel.getBooleanCellValue();
                            case FORMULA -> cel.getCellFormula();
                            default -> cel.getCellType() == CellType.BLANK ? "" : cel.toString();
                        });
                    }
                    rijen.add(waarden);
                }
                bladen.add(rijen);
            }
        }
        return bladen;
    }

    /** The same cells with bare SXSSF: no style, width, validation or filter; what the library costs at least. */
    private static Meting naPoi(List<List<List<Object>>> bladen) throws IOException {
        Bijlage1Benchmark.Geheugenpiek piek = Bijlage1Benchmark.Geheugenpiek.start();
        long begin = System.nanoTime();
        Teller teller = new Teller();
        SXSSFWorkbook werkmap = new SXSSFWorkbook(100);
        try {
            int nummer = 0;
            for (List<List<Object>> blad : bladen) {
                Sheet sheet = werkmap.createSheet("blad" + ++nummer);
                int r = 0;
                for (List<Object> rij : blad) {
                    Row row = sheet.createRow(r++);
                    int c = 0;
                    for (Object waarde : rij) {
                        Cell cel = row.createCell(c++);
                        if (waarde instanceof Double d) {
                            cel.setCellValue(d);
                        } else if (waarde instanceof java.time.LocalDateTime t) {
                            cel.setCellValue(t);
                        } else if (waarde instanceof Boolean b) {
                            cel.setCellValue(b);
                        } else {
                            cel.setCellValue((String) waarde);
                        }
                    }
                }
            }
            werkmap.write(teller);
        } finally {
            werkmap.close();
        }
        return new Meting((System.nanoTime() - begin) / 1_000_000, teller.aantal, piek.stop() - piek.voor);
    }

    private String lezer(long plan) {
        return QuarkusTransaction.requiringNew().call(() -> Lidmaatschap.<Lidmaatschap>find(
                        "planId = ?1 order by case when rol = ?2 then 0 else 1 end, id", plan, Rol.LEZER)
                .firstResult().gebruiker.gebruikersnaam);
    }

    private HttpURLConnection verbinding(String pad, String kop) throws IOException {
        HttpURLConnection verbinding = (HttpURLConnection) new URL(basis, pad).openConnection();
        verbinding.setRequestProperty("Authorization", kop);
        return verbinding;
    }

    private static void schrijf(List<String> regels) throws IOException {
        regels.forEach(System.out::println);
        Files.write(Path.of("target", "benchmark-landelijk-" + EXPORT.replace('.', '-') + ".txt"), regels,
                StandardCharsets.UTF_8);
    }

    private static final class Teller extends OutputStream {
        long aantal;

        @Override
        public void write(int b) {
            aantal++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            aantal += len;
        }
    }
}
