package nl.regiebord.risico;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import nl.regiebord.api.ApiFout;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.register.Registerfilters;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import nl.regiebord.transactie.AlleenLezen;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/plannen/{planId}/risicomatrix")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risico's")
public class RisicomatrixResource {

    @Inject
    Risicomatrix matrix;

    @Toegestaan(Recht.LEZEN)
    @GET
    @AlleenLezen
    @Operation(summary = "De risicomatrix (kans × impact) van een plan",
            description = """
                    Negen cellen met kans, impact, score, kwalificatie, aantal en de risico's erin: de \
                    gescoorde, niet geclusterde risico's met status open of beheerst. rest=true: de matrix na de \
                    maatregelen (een risico zonder rest-kans en rest-impact blijft op zijn eigen scores, met \
                    zonderRest). Na een risicoreview zegt beweging per risico hoe het sindsdien verschoof (was hoog/hoog). peildatum=JJJJ-MM-DD: de matrix zoals die aan het eind van die dag was.""")
    public RisicomatrixJson matrix(@PathParam("planId") Long planId, @QueryParam("rest") String rest,
                             @QueryParam("peildatum") String peildatum) {
        Plan plan = Plannen.vind(planId);
        boolean residu = RisicoResource.waarheid("rest", rest);
        LocalDate dag = peildatum(peildatum);
        if (dag != null) {
            return matrix.bouw(matrix.op(plan, dag), residu, dag, null);
        }
        return matrix.bouw(matrix.nu(plan), residu, null, matrix.sinds(Risicoreview.laatste(plan), residu));
    }

    static LocalDate peildatum(String tekst) {
        return Registerfilters.peildatum(tekst);
    }
}
