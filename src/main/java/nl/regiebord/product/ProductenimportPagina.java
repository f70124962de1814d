package nl.regiebord.product;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.regiebord.importeren.ImportPagina;
import nl.regiebord.importeren.Importsoort;

/** The filled-in productenchecklist taken back on its page. */
@Path("/plannen/{planId}/producten/import")
@Produces(MediaType.TEXT_HTML)
public class ProductenimportPagina extends ImportPagina {

    @Inject
    Productenimport soort;

    @Override
    protected Importsoort soort() {
        return soort;
    }
}
