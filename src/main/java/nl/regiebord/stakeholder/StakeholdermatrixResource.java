package nl.regiebord.stakeholder;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.register.Registerfilters;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/plannen/{planId}/stakeholdermatrix")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stakeholders")
public class StakeholdermatrixResource {

    @Inject
    Stakeholdermatrix matrix;

    @Toegestaan(Recht.LEZEN)
    @GET
    @Transactional
    @Operation(summary = "De stakeholdermatrix (belang × invloed) van een plan",
            description = """
                    Zestien cellen met belang, invloed, kwadrant, aantal en de stakeholders erin; per kwadrant \
                    het aantal en de standaard omgang. Na een herijking zegt beweging per stakeholder hoe die \
                    sindsdien verschoof. peildatum=JJJJ-MM-DD: de matrix zoals die aan het eind van die dag was, \
                    opgebouwd uit de vastgelegde standen.""")
    public StakeholdermatrixJson matrix(@PathParam("planId") Long planId, @QueryParam("peildatum") String peildatum) {
        Plan plan = Plannen.vind(planId);
        LocalDate dag = peildatum(peildatum);
        if (dag != null) {
            return matrix.bouw(matrix.op(plan, dag), dag, null, null);
        }
        Herijking laatste = Herijking.laatste(plan);
        return matrix.bouw(matrix.nu(plan), null, laatste, matrix.sinds(laatste));
    }

    static LocalDate peildatum(String tekst) {
        return Registerfilters.peildatum(tekst);
    }
}
