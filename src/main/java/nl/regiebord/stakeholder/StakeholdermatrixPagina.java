package nl.regiebord.stakeholder;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;

/** The 4×4 belang × invloed grid, today (with the movement since the last herijking) or on a peildatum. */
@Path("/plannen/{planId}")
@Produces(MediaType.TEXT_HTML)
public class StakeholdermatrixPagina {

    @CheckedTemplate(basePath = "StakeholderPagina")
    static class Templates {
        static native TemplateInstance matrix(Plan plan, List<Rij> rijen, List<String> kolommen, StakeholdermatrixJson matrix,
                                              LocalDate peildatum, Kwadrant[] kwadranten);
    }

    /** A row of the grid: one invloed, its four cells from belang laag to zeer hoog. */
    @TemplateData
    public record Rij(Stakeholderniveau invloed, List<StakeholdermatrixJson.Cel> cellen) {

        /** The row header of the shared grid. */
        public String kop() {
            return "invloed " + invloed.tekst();
        }
    }

    @Inject
    Stakeholdermatrix matrix;

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("stakeholdermatrix")
    @Transactional
    public TemplateInstance matrix(@PathParam("planId") Long planId, @QueryParam("peildatum") String peildatum) {
        Plan plan = Plannen.vind(planId);
        LocalDate dag = StakeholdermatrixResource.peildatum(peildatum);
        StakeholdermatrixJson m;
        if (dag != null) {
            m = matrix.bouw(matrix.op(plan, dag), dag, null, null);
        } else {
            Herijking laatste = Herijking.laatste(plan);
            m = matrix.bouw(matrix.nu(plan), null, laatste, matrix.sinds(laatste));
        }
        List<Rij> rijen = Stakeholdermatrix.RIJEN.stream().map(invloed -> new Rij(invloed,
                m.cellen().stream().filter(c -> c.invloed() == invloed).toList())).toList();
        List<String> kolommen = rijen.get(0).cellen().stream().map(c -> "belang " + c.belang().tekst()).toList();
        return Templates.matrix(plan, rijen, kolommen, m, dag, Kwadrant.values());
    }
}
