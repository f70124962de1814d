package nl.regiebord.backup;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import nl.regiebord.security.Testgebruikers;
import org.flywaydb.core.Flyway;
import org.h2.tools.RunScript;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The beheerder's backup of the embedded H2 database, restored the way docs/beheer.md says (H2's RunScript into an
 * empty database) and compared with the live database table by table, row by row.
 */
@QuarkusTest
@DisabledIfSystemProperty(named = "regiebord.testdb", matches = "postgresql",
        disabledReason = "op PostgreSQL maakt pg_dump de back-up: PgDumpBackupTest")
class H2BackupTest {

    @Inject
    DataSource database;

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseHoldsEveryPlanActionAndHistoryEntry() throws Exception {
        long plan = Backupgegevens.maak();
        Response antwoord = given().post("/api/beheer/backup");
        antwoord.then().statusCode(200).contentType(startsWith(Backup.MEDIA_TYPE))
                .header("Content-Disposition", matchesPattern(
                        "attachment; filename=\"regiebord-backup-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.zip\".*"));
        Path map = Files.createTempDirectory("regiebord-herstel-");
        try {
            Path zip = map.resolve("backup.zip");
            Files.write(zip, antwoord.asByteArray());
            assertEquals("script.sql", eersteItem(zip), "de zip bevat het SQL-script");

            // the restore of docs/beheer.md: RunScript from the H2 jar into an empty database
            String url = "jdbc:h2:file:" + map.resolve("regiebord").toAbsolutePath();
            new RunScript().runTool("-url", url, "-user", "regiebord", "-password", "regiebord",
                    "-script", zip.toString(), "-options", "compression", "zip");

            try (Connection hersteld = DriverManager.getConnection(url, "regiebord", "regiebord");
                 Connection live = database.getConnection()) {
                Databasevergelijking.vergelijk(live, hersteld);
                assertTrue(aantal(hersteld, "select count(*) from historie where plan_id = ?", plan) >= 5,
                        "de historie van het plan is terug");
                assertEquals(Backupgegevens.LASTIGE_TEKST, tekst(hersteld,
                        "select toelichting from plan_actie where plan_id = ? and toelichting is not null", plan));
                // Flyway at the next start finds the schema current and its migrations unchanged
                Flyway flyway = Flyway.configure().dataSource(url, "regiebord", "regiebord")
                        .locations("filesystem:src/main/resources/db/migration").load();
                flyway.validate();
                assertEquals(0, flyway.info().pending().length, "migraties die Flyway nog zou uitvoeren");
                // the next record gets a number the restored data does not use yet
                try (Statement opdracht = hersteld.createStatement()) {
                    opdracht.execute("insert into historie (id, plan_id, onderwerp, onderwerp_id, tijdstip, gebruiker, "
                            + "veld) values (next value for historie_seq, " + plan + ", 'plan', " + plan
                            + ", current_timestamp, 'test', 'naam')");
                    opdracht.execute("shutdown");
                }
            }
        } finally {
            verwijder(map);
        }
    }

    @Test
    void theBackupIsMadeWhileTheServiceKeepsWorkingAndLeavesNoTemporaryFile() throws Exception {
        Set<Path> voor = tijdelijkeBackups();
        long plan = Testplannen.gemeente();
        given().post("/api/beheer/backup").then().statusCode(200);
        // the service was not stopped: the plan still changes afterwards
        given().contentType("application/json").body(Map.of("naam", "Na de back-up", "version", 0))
                .patch("/api/plannen/" + plan).then().statusCode(200);
        for (int i = 0; i < 50 && !voor.containsAll(tijdelijkeBackups()); i++) {
            Thread.sleep(100);
        }
        assertEquals(voor, tijdelijkeBackups(), "tijdelijke back-upbestanden");
    }

    @Test
    void aBackupLeftBehindByAStoppedProcessIsRemovedByTheNext() throws Exception {
        Path tijdelijk = Path.of(System.getProperty("java.io.tmpdir"));
        Path oud = Files.createDirectory(tijdelijk.resolve("regiebord-backup-achtergelaten-" + System.nanoTime()));
        Path vers = Files.createDirectory(tijdelijk.resolve("regiebord-backup-nog-bezig-" + System.nanoTime()));
        try {
            Files.writeString(oud.resolve("regiebord-backup.zip"), "een hele database");
            java.nio.file.attribute.FileTime tweeUurGeleden =
                    java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(2 * 3600));
            Files.setLastModifiedTime(oud.resolve("regiebord-backup.zip"), tweeUurGeleden);
            Files.setLastModifiedTime(oud, tweeUurGeleden);

            given().post("/api/beheer/backup").then().statusCode(200);

            assertFalse(Files.exists(oud), "the backup left behind two hours ago is gone");
            assertTrue(Files.isDirectory(vers), "a younger one may be another download: it stays");
        } finally {
            for (Path map : List.of(oud, vers)) {
                if (Files.exists(map)) {
                    verwijder(map);
                }
            }
        }
    }

    @Test
    void theBeheerPageDownloadsTheBackupWithItsCsrfToken() throws Exception {
        Document beheer = Bezoeker.open("/beheer");
        assertNotNull(beheer.selectFirst("form[action=/beheer/backup] input[name=_csrf]"), "formulier met CSRF-token");
        assertTrue(beheer.select("#backup-postgresql").isEmpty());
        Response download = Bezoeker.verstuur(beheer, "form[action=/beheer/backup]", Map.of());
        download.then().statusCode(200).contentType(startsWith(Backup.MEDIA_TYPE))
                .header("Content-Disposition", containsString("regiebord-backup-"));
        Path zip = Files.createTempFile("regiebord-pagina-", ".zip");
        try {
            Files.write(zip, download.asByteArray());
            assertEquals("script.sql", eersteItem(zip));
        } finally {
            Files.deleteIfExists(zip);
        }
        // without the token the guard refuses it
        Bezoeker.verstuur(beheer, "form[action=/beheer/backup]", java.util.Collections.singletonMap("_csrf", null))
                .then().statusCode(403);
    }

    @Test
    void onlyABeheerderMakesABackup() {
        String projectmanager = Testgebruikers.nieuw("Pia Projectmanager");
        long plan = Testplannen.gemeente();
        Testgebruikers.lid(plan, projectmanager, "projectmanager");
        given().auth().preemptive().basic(projectmanager, Testgebruikers.WACHTWOORD).post("/api/beheer/backup")
                .then().statusCode(403).contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("Alleen een beheerder mag een back-up maken."));
        Testgebruikers.als(projectmanager, Testgebruikers.WACHTWOORD);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", Bezoeker.csrf(Bezoeker.open("/account"))).post("/beheer/backup")
                .then().statusCode(403);
        assertTrue(Bezoeker.open("/account").select("a[href=/beheer]").isEmpty());
        Testgebruikers.anoniem();
        given().post("/api/beheer/backup").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }

    private static String eersteItem(Path zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry item = in.getNextEntry();
            return item == null ? null : item.getName();
        }
    }

    private static long aantal(Connection verbinding, String sql, long plan) throws SQLException {
        try (PreparedStatement opdracht = verbinding.prepareStatement(sql)) {
            opdracht.setLong(1, plan);
            try (ResultSet rij = opdracht.executeQuery()) {
                rij.next();
                return rij.getLong(1);
            }
        }
    }

    private static String tekst(Connection verbinding, String sql, long plan) throws SQLException {
        try (PreparedStatement opdracht = verbinding.prepareStatement(sql)) {
            opdracht.setLong(1, plan);
            try (ResultSet rij = opdracht.executeQuery()) {
                assertTrue(rij.next(), sql);
                return rij.getString(1);
            }
        }
    }

    private static Set<Path> tijdelijkeBackups() throws IOException {
        try (Stream<Path> bestanden = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return bestanden.filter(p -> p.getFileName().toString().startsWith("regiebord-backup-"))
                    .collect(Collectors.toSet());
        }
    }

    private static void verwijder(Path map) throws IOException {
        try (Stream<Path> inhoud = Files.walk(map)) {
            for (Path p : inhoud.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
