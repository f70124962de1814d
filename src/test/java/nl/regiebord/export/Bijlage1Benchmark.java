package nl.regiebord.export;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import nl.regiebord.actie.Bijlage1Export;
import nl.regiebord.actie.Bijlage1Werkmap;
import nl.regiebord.actie.Stappenkeuze;
import nl.regiebord.plan.Testplannen;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Not a test: a measurement of the Bijlage 1 export of a plan with 5 000 own actions besides the model's, in time
 * and heap, streamed (as the endpoint does) and, for comparison, built in memory with XSSF. Runs only with
 * {@code -Dbenchmark=true}; the figures go to standard output and to target/benchmark-bijlage1.txt. See
 * docs/benchmarks.md for the command and the figures.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class Bijlage1Benchmark {

    static final int AANTAL = Integer.getInteger("benchmark.acties", 5_000);
    static final int RONDES = 3;

    @Inject
    Eigenacties eigenacties;
    @Inject
    Bijlage1Export export;
    @TestHTTPResource("/")
    URL basis;

    @Test
    void exportOfAPlanWith5000Actions() throws Exception {
        List<String> regels = new ArrayList<>();
        regels.add("JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", max heap " + mb(Runtime.getRuntime().maxMemory()) + " MB, " + Runtime.getRuntime().availableProcessors()
                + " processors");

        long klein = Testplannen.samenwerkingsverband();
        long groot = Testplannen.samenwerkingsverband();
        long begin = System.nanoTime();
        eigenacties.voegVeelToe(groot, AANTAL);
        regels.add(String.format(Locale.ROOT, "%d eigen acties aangemaakt in %.1f s", AANTAL, sinds(begin) / 1000.0));

        meet(klein, "warm-up (model: 38 acties)", regels);
        for (int ronde = 1; ronde <= RONDES; ronde++) {
            meet(klein, "model, 38 acties, ronde " + ronde, regels);
        }
        for (int ronde = 1; ronde <= RONDES; ronde++) {
            meet(groot, "38 + " + AANTAL + " acties, ronde " + ronde, regels);
        }
        inGeheugen(groot, "ter vergelijking: dezelfde werkmap in het geheugen (XSSF, niet streamend)", regels);

        regels.forEach(System.out::println);
        Files.write(Path.of("target", "benchmark-bijlage1.txt"), regels, StandardCharsets.UTF_8);
    }

    private void meet(long plan, String wat, List<String> regels) throws IOException {
        Geheugenpiek piek = Geheugenpiek.start();
        long begin = System.nanoTime();
        HttpURLConnection verbinding = (HttpURLConnection) new URL(basis, Werkmaplezer.url(plan).substring(1))
                .openConnection();
        assertEquals(200, verbinding.getResponseCode());
        long eersteByte;
        long bytes = 0;
        try (InputStream in = verbinding.getInputStream()) {
            byte[] buffer = new byte[8192];
            int gelezen = in.read(buffer);
            eersteByte = sinds(begin);
            while (gelezen >= 0) {
                bytes += gelezen;
                gelezen = in.read(buffer);
            }
        }
        long totaal = sinds(begin);
        regels.add(String.format(Locale.ROOT, "%-40s %6d ms (eerste byte na %5d ms), %8d bytes, heap-piek %4d MB "
                + "(voor: %d MB)", wat, totaal, eersteByte, bytes, mb(piek.stop()), mb(piek.voor)));
    }

    private void inGeheugen(long plan, String wat, List<String> regels) throws IOException {
        Geheugenpiek piek = Geheugenpiek.start();
        long begin = System.nanoTime();
        long bytes;
        try (XSSFWorkbook werkmap = new XSSFWorkbook()) {
            Bijlage1Werkmap.schrijf(werkmap, export.gegevens(plan, Stappenkeuze.ALLE));
            Teller teller = new Teller();
            werkmap.write(teller);
            bytes = teller.aantal;
        } catch (OutOfMemoryError e) {
            // the point of the comparison: with a heap the streaming export fits in, this may not
            piek.stop();
            regels.add(String.format(Locale.ROOT, "%-40s OutOfMemoryError na %d ms", wat, sinds(begin)));
            return;
        }
        regels.add(String.format(Locale.ROOT, "%-40s %6d ms, %8d bytes, heap-piek %4d MB (voor: %d MB)", wat,
                sinds(begin), bytes, mb(piek.stop()), mb(piek.voor)));
    }

    /** The highest heap use seen while something runs, sampled every millisecond, after a GC before it starts. */
    static final class Geheugenpiek {
        private static final MemoryMXBean GEHEUGEN = ManagementFactory.getMemoryMXBean();
        private final AtomicLong hoogste = new AtomicLong();
        private final Thread meter;
        final long voor;
        private volatile boolean klaar;

        private Geheugenpiek() {
            System.gc();
            voor = gebruikt();
            meter = new Thread(() -> {
                while (!klaar) {
                    hoogste.accumulateAndGet(gebruikt(), Math::max);
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "geheugenpiek");
            meter.setDaemon(true);
        }

        static Geheugenpiek start() {
            Geheugenpiek piek = new Geheugenpiek();
            piek.meter.start();
            return piek;
        }

        long stop() {
            klaar = true;
            try {
                meter.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Math.max(hoogste.get(), gebruikt());
        }

        private static long gebruikt() {
            return GEHEUGEN.getHeapMemoryUsage().getUsed();
        }
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

    private static long sinds(long begin) {
        return (System.nanoTime() - begin) / 1_000_000;
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }
}
