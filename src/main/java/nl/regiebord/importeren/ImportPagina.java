package nl.regiebord.importeren;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.VeldFout;
import nl.regiebord.pagina.Paginas;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.product.Productenimport;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;

/**
 * The upload of a filled-in sheet on its page (the checklist on the tijdtafel, the productenchecklist on its own
 * page; {@link Uploadpagina}), in two steps. "Controleren" runs the import as a dry run and shows what would
 * change; the page that shows it carries the checked workbook back in its "Toepassen" form, base64 in a hidden
 * field. So nothing is kept on the server between the two steps (any instance behind the load balancer can take
 * the second), and what is applied is exactly the file that was checked. Applying checks everything again.
 */
@Path("/plannen/{planId}/tijdtafel/import")
@Produces(MediaType.TEXT_HTML)
public class ImportPagina {

    static final String CONTROLEREN = "controleren";
    static final String TOEPASSEN = "toepassen";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rapport(Plan plan, Uploadpagina soort, Importrapport rapport, Weigering fout,
                                               String inhoud, String bestandsnaam);
    }

    /** A refused import as the page shows it: the message and, per cell at fault, where and what. */
    public record Weigering(String detail, List<VeldFout> velden) {
    }

    /** The same two steps for the productenchecklist, on its page. */
    @Path("/plannen/{planId}/producten/import")
    @Produces(MediaType.TEXT_HTML)
    public static class Producten {

        @Inject
        Importeur importeur;
        @Inject
        Productenimport producten;

        @Toegestaan(Recht.ACTIES_WIJZIGEN)
        @POST
        @Consumes(MediaType.MULTIPART_FORM_DATA)
        public Response importeer(@PathParam("planId") Long planId, @RestForm("stap") String stap,
                                  @RestForm(ImportResource.BESTAND) FileUpload bestand,
                                  @RestForm("inhoud") String inhoud, @RestForm("bestandsnaam") String bestandsnaam) {
            return verwerk(importeur, producten, Uploadpagina.PRODUCTEN, planId, stap, bestand, inhoud, bestandsnaam);
        }
    }

    @Inject
    Importeur importeur;
    @Inject
    Bijlage1Import bijlage1;

    @Toegestaan(Recht.ACTIES_WIJZIGEN)
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importeer(@PathParam("planId") Long planId, @RestForm("stap") String stap,
                              @RestForm(ImportResource.BESTAND) FileUpload bestand, @RestForm("inhoud") String inhoud,
                              @RestForm("bestandsnaam") String bestandsnaam) {
        return verwerk(importeur, bijlage1, Uploadpagina.BIJLAGE1, planId, stap, bestand, inhoud, bestandsnaam);
    }

    static Response verwerk(Importeur importeur, Importsoort soort, Uploadpagina pagina, Long planId, String stap,
                            FileUpload bestand, String inhoud, String bestandsnaam) {
        Plan plan = Plannen.vind(planId);
        try {
            if (TOEPASSEN.equals(stap)) {
                Importrapport rapport = pasToe(importeur, soort, planId, inhoud);
                return Response.ok(Templates.rapport(plan, pagina, rapport, null, null, bestandsnaam)).build();
            }
            FileUpload upload = ImportResource.verplicht(bestand);
            Importrapport rapport = importeur.importeer(soort, planId, upload.uploadedFile(), true);
            return Response.ok(Templates.rapport(plan, pagina, rapport, null, base64(upload.uploadedFile()),
                    upload.fileName())).build();
        } catch (ApiFout fout) {
            return Paginas.opnieuw(fout, Templates.rapport(plan, pagina, null,
                    new Weigering(fout.getMessage(), fout.velden()), null, bestandsnaam));
        }
    }

    private static Importrapport pasToe(Importeur importeur, Importsoort soort, Long planId, String inhoud) {
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
