package nl.regiebord.actie;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.regiebord.importeren.ImportPagina;
import nl.regiebord.importeren.Importsoort;

/** The filled-in Bijlage 1 checklist taken back on the tijdtafel page. */
@Path("/plannen/{planId}/tijdtafel/import")
@Produces(MediaType.TEXT_HTML)
public class ChecklistImportPagina extends ImportPagina {

    @Inject
    Bijlage1Import soort;

    @Override
    protected Importsoort soort() {
        return soort;
    }
}
