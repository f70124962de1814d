package nl.regiebord.overzicht;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.regiebord.api.Lijstgrootte;
import nl.regiebord.historie.Activiteit;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/plannen/{planId}/activiteit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plannen")
public class ActiviteitResource {

    @Inject
    Activiteit activiteit;

    @GET
    @Toegestaan(Recht.LEZEN)
    @Operation(summary = "Recente wijzigingen in het plan", description = """
            Nieuwste eerst, met wie en wanneer; \
            ?limit=1–1000, standaard 100.""")
    public List<Activiteit.Wijziging> lijst(@PathParam("planId") Long planId, @QueryParam("limit") String limit) {
        Plannen.vind(planId);
        return activiteit.van(planId, Lijstgrootte.lees(limit));
    }
}
