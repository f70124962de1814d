package nl.regiebord.actie;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import nl.regiebord.transactie.AlleenLezen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/plannen/{planId}/besluitenrooster")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Voortgang")
public class BesluitenroosterResource {

    @Inject
    Besluitenrooster rooster;
    @Inject
    ActieWeergave weergave;

    @Toegestaan(Recht.LEZEN)
    @GET
    @AlleenLezen
    @Operation(summary = """
            Besluiten per gemeente: per actie van de besluitvormende fase (behalve nvt) per gemeente de status, het \
            orgaan en de datum (datumSoort: 'besloten op', 'gepland' voor geagendeerd, 'datum' of 'uiterlijk' voor de \
            deadline). Daaronder per gemeente wat in de komende acht weken geagendeerd is. Eén gemeente: één kolom, \
            die de actie volgt (afgerond is besloten).""")
    public Besluitenrooster.Rooster rooster(@PathParam("planId") Long planId) {
        Plan plan = Plannen.vind(planId);
        return rooster.van(plan, weergave.acties(plan), weergave.vandaag());
    }
}
