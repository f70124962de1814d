package nl.regiebord.actie;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.regiebord.security.HuidigeGebruiker;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/mij/acties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mijn account")
public class MijnActiesResource {

    @Inject
    MijnActies mijnActies;
    @Inject
    HuidigeGebruiker gebruiker;

    @GET
    @Operation(summary = "Mijn acties", description = """
            De acties in alle plannen waarvan jij verantwoordelijke bent en \
            die nog open of bezig zijn: te laat eerst, dan op deadline.""")
    public List<MijnActies.MijnActie> lijst() {
        return mijnActies.van(gebruiker.vereist().id());
    }
}
