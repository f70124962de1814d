package nl.regiebord.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import nl.regiebord.api.ApiFout;
import nl.regiebord.export.Downloadnaam;
import nl.regiebord.security.Aangemelde;
import nl.regiebord.security.HuidigeGebruiker;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * An online backup of the embedded H2 database: H2's {@code SCRIPT}, zipped. It holds every table with its rows,
 * the sequences at their current value and Flyway's schema history, so {@code RUNSCRIPT} into an empty database
 * gives back the same database, also with a later H2 version (a copy of the .mv.db file would not). On PostgreSQL
 * the database's own tools make the backup: pg_dump (docs/beheer.md, "Backups").
 */
@ApplicationScoped
public class Backup {

    public static final String MEDIA_TYPE = "application/zip";
    static final String OP_POSTGRESQL = "Deze installatie gebruikt PostgreSQL. Daar maak je back-ups met pg_dump en "
            + "zet je ze terug met pg_restore; zie docs/beheer.md, hoofdstuk 'Backups'. Regiebord maakt zelf alleen een "
            + "back-up van de ingebouwde H2-database.";

    private static final Logger LOG = Logger.getLogger(Backup.class);
    static final String VOORVOEGSEL = "regiebord-backup-";
    static final Duration ACHTERGELATEN_NA = Duration.ofHours(1);
    private static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    @Inject
    DataSource database;
    @Inject
    Clock klok;
    @Inject
    HuidigeGebruiker gebruiker;
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String databasesoort;

    /** Whether Regiebord makes the backup itself: only of its embedded H2 database. */
    public boolean mogelijk() {
        return "h2".equalsIgnoreCase(databasesoort);
    }

    /** The backup as a download, {@code regiebord-backup-2026-12-01-0630.zip}; the temporary file goes afterwards. */
    public Response download() {
        if (!mogelijk()) {
            throw new ApiFout(409, OP_POSTGRESQL, null, null);
        }
        Aangemelde wie = gebruiker.vereist();
        Path bestand = maak();
        String naam = "regiebord-backup-" + TIJDSTIP.format(LocalDateTime.now(klok)) + ".zip";
        long grootte;
        try {
            grootte = Files.size(bestand);
        } catch (IOException fout) {
            verwijder(bestand);
            throw new UncheckedIOException(fout);
        }
        LOG.infof("Back-up %s (%d bytes) gemaakt door %s (%s)", naam, grootte, wie.naam(), wie.gebruikersnaam());
        StreamingOutput inhoud = uit -> {
            try {
                Files.copy(bestand, uit);
            } finally {
                verwijder(bestand);
            }
        };
        return Response.ok(inhoud, MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloadnaam.contentDisposition(naam))
                .header(HttpHeaders.CONTENT_LENGTH, grootte)
                .build();
    }

    /**
     * Writes the zipped script into a new temporary directory that only this process's user may read (H2 replaces
     * the file, so a file of our own with narrow rights would not do); the caller removes it with {@link #verwijder}.
     */
    Path maak() {
        ruimAchtergelatenOp();
        Path bestand;
        try {
            bestand = Files.createTempDirectory(VOORVOEGSEL).resolve("regiebord-backup.zip");
        } catch (IOException fout) {
            throw new UncheckedIOException(fout);
        }
        try (Connection verbinding = database.getConnection()) {
            boolean autocommit = verbinding.getAutoCommit();
            int isolatie = verbinding.getTransactionIsolation();
            // In SERIALIZABLE (as in SNAPSHOT) H2 takes the snapshot of every table at the transaction's first
            // statement: the script is one consistent moment while the service goes on writing, and it blocks no one.
            verbinding.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            verbinding.setAutoCommit(false);
            try (PreparedStatement script = verbinding.prepareStatement("SCRIPT TO ? COMPRESSION ZIP")) {
                script.setString(1, bestand.toAbsolutePath().toString());
                script.execute();
            } finally {
                verbinding.rollback();
                verbinding.setAutoCommit(autocommit);
                verbinding.setTransactionIsolation(isolatie);
            }
            return bestand;
        } catch (SQLException | RuntimeException fout) {
            verwijder(bestand);
            throw new IllegalStateException("De back-up van de H2-database is mislukt", fout);
        }
    }

    /**
     * A download normally removes its file when it ends, also when the client goes away; should a process have
     * stopped in between, what it left (a whole database, readable by the service's user) goes with the next backup.
     * Only directories older than {@link #ACHTERGELATEN_NA}: a younger one may be another download still running.
     */
    static void ruimAchtergelatenOp() {
        Path tijdelijk = Path.of(System.getProperty("java.io.tmpdir"));
        Instant grens = Instant.now().minus(ACHTERGELATEN_NA);
        try (var mappen = Files.newDirectoryStream(tijdelijk, VOORVOEGSEL + "*")) {
            for (Path map : mappen) {
                if (Files.isDirectory(map) && Files.getLastModifiedTime(map).toInstant().isBefore(grens)) {
                    verwijder(map.resolve("regiebord-backup.zip"));
                    LOG.infof("Achtergelaten tijdelijke back-up %s verwijderd", map);
                }
            }
        } catch (IOException fout) {
            LOG.warnf("Achtergelaten tijdelijke back-ups konden niet worden opgeruimd: %s", fout.getMessage());
        }
    }

    /** Removes the backup file and its directory. */
    static void verwijder(Path bestand) {
        try {
            Files.deleteIfExists(bestand);
            Files.deleteIfExists(bestand.getParent());
        } catch (IOException fout) {
            LOG.warnf("Tijdelijk back-upbestand %s kon niet worden verwijderd: %s", bestand, fout.getMessage());
        }
    }
}
