package nl.regiebord.modelplan;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/model")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model Plan van Aanpak")
public class ModelResource {

    @Inject
    Modelcatalogus catalogus;

    @GET
    @Operation(summary = """
            Het Model Plan van Aanpak: thema's met onderdelen, acties (fase, deadline als in het model \
            en als datum bij inwerkingtreding 2022-01-01), stappen en aandachtspunten""")
    public Modelinhoud model() {
        return catalogus.inhoud();
    }

    @GET
    @Path("keten")
    @Operation(summary = "De 5 schakels van de inburgeringsketen met de rol van de gemeente")
    public List<Modelinhoud.SchakelInfo> keten() {
        return catalogus.inhoud().keten();
    }
}
