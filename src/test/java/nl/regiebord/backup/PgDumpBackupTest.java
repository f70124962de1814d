package nl.regiebord.backup;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.regiebord.pagina.Bezoeker;
import org.flywaydb.core.Flyway;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The PostgreSQL route of docs/beheer.md: {@code pg_dump -Fc} of the live database, {@code pg_restore} into a new, empty
 * database, and there every table, row and sequence of the live one, with Flyway finding nothing to do. Runs in the
 * PostgreSQL execution of the suite; skips without pg_dump and pg_restore, except under CI=true.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "regiebord.testdb", matches = "postgresql",
        disabledReason = "alleen in de uitvoering op PostgreSQL")
class PgDumpBackupTest {

    static final String INSTALLEREN = "apt-get install postgresql-client";
    /** The scratch database the dump is restored into; dropped afterwards. */
    static final String HERSTELDATABASE = "regiebord_herstel";

    @Inject
    DataSource database;

    @Test
    void aPgDumpRestoredIntoAnEmptyDatabaseHoldsEveryPlanActionAndHistoryEntry() throws Exception {
        Path pgDump = gereedschap("pg_dump");
        Path pgRestore = gereedschap("pg_restore");
        long plan = Backupgegevens.maak();
        Server server = Server.uitOmgeving();
        Path map = Files.createTempDirectory("regiebord-pgdump-");
        Path dump = map.resolve("regiebord.dump");
        try (Connection live = database.getConnection()) {
            voerUit(server, pgDump.toString(), "-Fc", "-h", server.host(), "-p", server.poort(), "-U", server.gebruiker(),
                    "-d", server.database(), "-f", dump.toString());
            try (Statement opdracht = live.createStatement()) {
                opdracht.execute("drop database if exists " + HERSTELDATABASE + " with (force)");
                opdracht.execute("create database " + HERSTELDATABASE);
            }
            try {
                voerUit(server, pgRestore.toString(), "--no-owner", "--exit-on-error", "--single-transaction",
                        "-h", server.host(), "-p", server.poort(), "-U", server.gebruiker(), "-d", HERSTELDATABASE,
                        dump.toString());
                String url = "jdbc:postgresql://" + server.host() + ":" + server.poort() + "/" + HERSTELDATABASE;
                try (Connection hersteld = DriverManager.getConnection(url, server.gebruiker(), server.wachtwoord())) {
                    Databasevergelijking.vergelijk(live, hersteld);
                    try (var vraag = hersteld.prepareStatement("select count(*) from historie where plan_id = ?")) {
                        vraag.setLong(1, plan);
                        try (var rij = vraag.executeQuery()) {
                            rij.next();
                            assertTrue(rij.getLong(1) >= 5, "de historie van het plan is terug");
                        }
                    }
                }
                Flyway flyway = Flyway.configure().dataSource(url, server.gebruiker(), server.wachtwoord())
                        .locations("filesystem:src/main/resources/db/migration").load();
                flyway.validate();
                assertEquals(0, flyway.info().pending().length, "migraties die Flyway nog zou uitvoeren");
            } finally {
                try (Statement opdracht = live.createStatement()) {
                    opdracht.execute("drop database if exists " + HERSTELDATABASE + " with (force)");
                }
            }
        } finally {
            Files.deleteIfExists(dump);
            Files.deleteIfExists(map);
        }
    }

    @Test
    void theEndpointAndTheBeheerPageSendAPostgresqlInstallToPgDump() {
        given().post("/api/beheer/backup").then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("pg_dump")).body("detail", containsString("Backups"));
        Document beheer = Bezoeker.open("/beheer");
        assertTrue(beheer.select("form[action=/beheer/backup]").isEmpty(), "geen knop op PostgreSQL");
        assertTrue(beheer.select("#backup-postgresql").text().contains("pg_dump"));
    }

    /** Host, port, database and credentials of the suite's PostgreSQL, as the pom gives them. */
    record Server(String host, String poort, String database, String gebruiker, String wachtwoord) {
        static Server uitOmgeving() {
            URI adres = URI.create(System.getenv("_TEST_QUARKUS_DATASOURCE_JDBC_URL").substring("jdbc:".length()));
            return new Server(adres.getHost(), String.valueOf(adres.getPort() < 0 ? 5432 : adres.getPort()),
                    adres.getPath().substring(1), System.getenv("QUARKUS_DATASOURCE_USERNAME"),
                    System.getenv("QUARKUS_DATASOURCE_PASSWORD"));
        }
    }

    private static void voerUit(Server server, String... opdracht) throws Exception {
        ProcessBuilder bouwer = new ProcessBuilder(opdracht).redirectErrorStream(true);
        bouwer.environment().put("PGPASSWORD", server.wachtwoord());
        Process proces = bouwer.start();
        boolean klaar = proces.waitFor(120, TimeUnit.SECONDS);
        String uitvoer = new String(proces.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!klaar) {
            proces.destroyForcibly();
            fail(opdracht[0] + " was na 120 s nog niet klaar: " + uitvoer);
        }
        assertEquals(0, proces.exitValue(), String.join(" ", opdracht) + ":\n" + uitvoer);
    }

    /** The tool on the PATH; without it the test skips with what to install, and fails under CI=true. */
    private static Path gereedschap(String naam) {
        Optional<Path> pad = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(map -> !map.isEmpty()).map(map -> Path.of(map, naam)).filter(Files::isExecutable).findFirst();
        if (pad.isEmpty()) {
            String melding = naam + " staat niet op het PATH; installeer het met: " + INSTALLEREN;
            if ("true".equals(System.getenv("CI"))) {
                fail(melding);
            }
            Assumptions.abort(melding);
        }
        return pad.get();
    }
}
