package nl.regiebord.backup;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The beheerder's backup of the embedded database, by command (the API) and by the button on the beheer page. */
@Path("/api/beheer/backup")
@Tag(name = "Beheer")
@Toegestaan(Recht.BACKUP_MAKEN)
public class BackupResource {

    /** The button on /beheer: the same download with the session cookie, so the beheerder needs no API call. */
    @Path("/beheer/backup")
    @Toegestaan(Recht.BACKUP_MAKEN)
    public static class VoorPaginas {

        @Inject
        Backup backup;

        @POST
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        @Produces(Backup.MEDIA_TYPE)
        public Response download() {
            return backup.download();
        }
    }

    @Inject
    Backup backup;

    @POST
    @Produces(Backup.MEDIA_TYPE)
    @Operation(summary = "Maak een back-up van de ingebouwde H2-database (beheerder)",
            description = """
                    Terwijl Regiebord doorwerkt: alle tabellen met hun rijen, de reeksen en de historie van de \
                    migraties op één moment, als ingepakt SQL-script (H2 SCRIPT ... COMPRESSION ZIP), bestandsnaam \
                    regiebord-backup-<datum>-<tijd>.zip. Terugzetten met H2's RunScript in een lege database, zie \
                    docs/beheer.md ('Backups'). Op PostgreSQL 409: daar maak je back-ups met pg_dump.""")
    public Response maak() {
        return backup.download();
    }
}
