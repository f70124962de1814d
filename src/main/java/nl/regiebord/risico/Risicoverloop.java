package nl.regiebord.risico;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What changed in the risks since a moment, for the stuurgroep: risks raised since, risks that went up or down in
 * the matrix, and risks that left it (vervallen, opgetreden, geclusterd or verwijderd). Two queries.
 */
@ApplicationScoped
public class Risicoverloop {

    public enum Soort { NIEUW, OMHOOG, OMLAAG, VERSCHOVEN, UIT_DE_MATRIX }

    /**
     * @param was  kans/impact then ("midden/hoog"), null when it was not in the matrix
     * @param is   kans/impact now, null when it is not in the matrix
     */
    public record Verandering(Long id, String nummer, String omschrijving, Soort soort, String tekst,
                              Kwalificatie kwalificatie, String was, String is) {
    }

    @Inject
    Risicostanden standen;

    public List<Verandering> sinds(nl.regiebord.plan.Plan plan, Instant moment) {
        List<Risico> risicos = Risico.alleVan(plan);
        Map<Long, Risicostand> toen = standen.op(plan.id, moment);
        Map<Long, String> nummers = new java.util.HashMap<>();
        risicos.forEach(r -> nummers.put(r.id, r.nummer()));
        List<Verandering> veranderd = new ArrayList<>();
        for (Risico r : risicos) {
            Risicopositie nu = Risicopositie.van(r);
            Risicostand stand = toen.get(r.id);
            Risicopositie vorige = stand == null ? null : Risicopositie.van(r, stand);
            boolean wasIn = vorige != null && vorige.inMatrix();
            boolean isIn = nu.inMatrix();
            String was = wasIn ? niveaus(vorige) : null;
            String is = isIn ? niveaus(nu) : null;
            Kwalificatie kwalificatie = isIn ? Risicoscore.van(nu.kans(), nu.impact()).kwalificatie() : null;
            if ((vorige == null || vorige.verwijderd()) && !r.verwijderd) {
                veranderd.add(new Verandering(r.id, r.nummer(), r.omschrijving, Soort.NIEUW,
                        isIn ? "nieuw, " + kwalificatie.tekst() : "nieuw, nog niet in de matrix", kwalificatie, null, is));
            } else if (wasIn && !isIn) {
                veranderd.add(new Verandering(r.id, r.nummer(), r.omschrijving, Soort.UIT_DE_MATRIX,
                        "uit de matrix: " + waarom(r, nummers), null, was, null));
            } else if (!wasIn && isIn) {
                veranderd.add(new Verandering(r.id, r.nummer(), r.omschrijving, Soort.NIEUW,
                        "in de matrix, " + kwalificatie.tekst(), kwalificatie, null, is));
            } else if (wasIn && !was.equals(is)) {
                int eerder = Risicoscore.van(vorige.kans(), vorige.impact()).score();
                int nu2 = Risicoscore.van(nu.kans(), nu.impact()).score();
                Soort soort = nu2 > eerder ? Soort.OMHOOG : nu2 < eerder ? Soort.OMLAAG : Soort.VERSCHOVEN;
                String pijl = soort == Soort.OMHOOG ? "↑ omhoog" : soort == Soort.OMLAAG ? "↓ omlaag" : "↔ verschoven";
                veranderd.add(new Verandering(r.id, r.nummer(), r.omschrijving, soort,
                        pijl + ": was " + was + ", nu " + is, kwalificatie, was, is));
            }
        }
        return veranderd;
    }

    private static String niveaus(Risicopositie p) {
        return p.kans().tekst() + "/" + p.impact().tekst();
    }

    private static String waarom(Risico r, Map<Long, String> nummers) {
        if (r.verwijderd) {
            return "verwijderd";
        }
        if (r.clusterIn != null) {
            return "geclusterd in " + nummers.getOrDefault(r.clusterIn, "een ander risico");
        }
        return r.status.tekst();
    }
}
