package nl.regiebord.importeren;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.VeldFout;
import nl.regiebord.pagina.Paginas;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The upload of a filled-in sheet on its page, in two steps; each {@link Importsoort} has a page resource that
 * extends this one with its own path (the checklist on the tijdtafel, the productenchecklist on its own page).
 * "Controleren" runs the import as a dry run and shows what would change; the page that shows it carries the
 * checked workbook back in its "Toepassen" form, base64 in a hidden field. So nothing is kept on the server between
 * the two steps (any instance behind the load balancer can take the second), and what is applied is exactly the
 * file that was checked. Applying checks everything again.
 */
public abstract class ImportPagina {

    static final String CONTROLEREN = "controleren";
    static final String TOEPASSEN = "toepassen";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rapport(Plan plan, Uploadplek soort, Importrapport rapport, Weigering fout,
                                               String inhoud, String bestandsnaam);
    }

    /** A refused import as the page shows it: the message and, per cell at fault, where and what. */
    public record Weigering(String detail, List<VeldFout> velden) {
    }

    @Inject
    Importeur importeur;

    /** The kind of sheet this page takes back. */
    protected abstract Importsoort soort();

    @Toegestaan(Recht.ACTIES_WIJZIGEN)
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importeer(@PathParam("planId") Long planId, @RestForm("stap") String stap,
                              @RestForm(Uploadverzoek.BESTAND) FileUpload bestand, @RestForm("inhoud") String inhoud,
                              @RestForm("bestandsnaam") String bestandsnaam) {
        Importsoort soort = soort();
        Plan plan = Plannen.vind(planId);
        try {
            if (TOEPASSEN.equals(stap)) {
                Importrapport rapport = pasToe(soort, planId, inhoud);
                return Response.ok(Templates.rapport(plan, soort.plek(), rapport, null, null, bestandsnaam)).build();
            }
            FileUpload upload = Uploadverzoek.verplicht(bestand);
            Importrapport rapport = importeur.importeer(soort, planId, upload.uploadedFile(), true);
            return Response.ok(Templates.rapport(plan, soort.plek(), rapport, null, base64(upload.uploadedFile()),
                    upload.fileName())).build();
        } catch (ApiFout fout) {
            return Paginas.opnieuw(fout, Templates.rapport(plan, soort.plek(), null,
                    new Weigering(fout.getMessage(), fout.velden()), null, bestandsnaam));
        }
    }

    private Importrapport pasToe(Importsoort soort, Long planId, String inhoud) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(inhoud == null ? "" : inhoud.strip());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length == 0) {
            throw new ApiFout(400, "Het gecontroleerde bestand ontbreekt in het formulier. Kies het bestand opnieuw en "
                    + "klik op Controleren.", null, null);
        }
        java.nio.file.Path tijdelijk = null;
        try {
            tijdelijk = Files.createTempFile("regiebord-import", ".xlsx");
            Files.write(tijdelijk, bytes);
            return importeur.importeer(soort, planId, tijdelijk, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            verwijder(tijdelijk);
        }
    }

    private static String base64(java.nio.file.Path bestand) {
        try {
            return Base64.getEncoder().encodeToString(Files.readAllBytes(bestand));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void verwijder(java.nio.file.Path bestand) {
        if (bestand == null) {
            return;
        }
        try {
            Files.deleteIfExists(bestand);
        } catch (IOException e) {
            bestand.toFile().deleteOnExit();
        }
    }
}
