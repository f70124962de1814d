package nl.regiebord.risico;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import nl.regiebord.plan.Plan;

/** The dashboard's risk block: the matrix's count per kwalificatie and the risks whose review is overdue. */
@ApplicationScoped
public class Risicooverzicht {

    public record Overzicht(List<PerKwalificatie> perKwalificatie, List<RisicoJson> reviewTeLaat) {
    }

    public record PerKwalificatie(String kwalificatie, String kleur, long aantal) {
    }

    @Inject
    RisicoService risicos;

    public Overzicht van(Plan plan) {
        List<RisicoJson> register = risicos.alsJson(plan, risicos.vanPlan(plan, false));
        List<PerKwalificatie> tellingen = Arrays.stream(Kwalificatie.values()).map(k -> new PerKwalificatie(k.tekst(),
                k.kleur(), register.stream().filter(r -> r.inMatrix() && r.kwalificatie() == k).count())).toList();
        return new Overzicht(tellingen, register.stream().filter(RisicoJson::reviewTeLaat).toList());
    }
}
