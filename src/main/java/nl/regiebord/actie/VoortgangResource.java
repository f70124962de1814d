package nl.regiebord.actie;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/plannen/{planId}/voortgang")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Voortgang")
public class VoortgangResource {

    @Inject
    Voortgangsberekening berekening;
    @Inject
    ActieWeergave weergave;

    @Toegestaan(Recht.LEZEN)
    @GET
    @Transactional
    @Operation(summary = """
            Voortgang per thema: aantallen per status, % afgerond (nvt telt niet mee), aantal te laat, \
            volgende deadline""")
    public List<ThemaVoortgang> voortgang(@PathParam("planId") Long planId) {
        Plan plan = Plannen.vind(planId);
        return berekening.perThema(weergave.acties(plan), weergave.vandaag());
    }
}
