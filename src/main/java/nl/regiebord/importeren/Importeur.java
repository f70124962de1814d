package nl.regiebord.importeren;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;
import nl.regiebord.api.VeldFout;
import nl.regiebord.export.Tekstmaat;
import nl.regiebord.importeren.Importblad.Bestandsrij;
import nl.regiebord.importeren.Importblad.Gelezen;
import nl.regiebord.importeren.Importrapport.Rijverslag;
import nl.regiebord.importeren.Importrapport.Veldwijziging;
import nl.regiebord.importeren.Importsoort.Stand;

/**
 * Takes a filled-in sheet back: compares each row with the record as it is now, and applies the differences
 * through the record's own service, all in one transaction or not at all. A row whose record changed in Regiebord
 * since the export (its version differs) is a conflict: reported, never overwritten. A dry run goes through the
 * very same steps, rules included, and then rolls the transaction back.
 */
@ApplicationScoped
public class Importeur {

    /** How the history marks a change that came in through an import. */
    public static final String BRON = "import";

    /** A row compared with its record: what would change, and the {@link Invoer} body that changes it. */
    private record Vergelijking(Bestandsrij rij, Stand stand, List<Veldwijziging> wijzigingen, ObjectNode body) {
    }

    @Inject
    Importplaatsen plaatsen;

    public Importrapport importeer(Importsoort soort, Long planId, Path bestand, boolean proef) {
        return plaatsen.metPlaats(() -> verwerk(soort, planId, bestand, proef));
    }

    private Importrapport verwerk(Importsoort soort, Long planId, Path bestand, boolean proef) {
        Importblad.Resultaat gelezen;
        try (Uploadwerkmap upload = Werkmapopener.open(bestand)) {
            gelezen = Importblad.lees(upload.werkmap(), soort);
        }
        List<Importfout> fouten = new ArrayList<>(gelezen.fouten());
        QuarkusTransaction.begin();
        try {
            List<Rijverslag> verslag = new ArrayList<>();
            List<Vergelijking> teWijzigen = new ArrayList<>();
            Set<Long> gezien = new HashSet<>();
            for (Bestandsrij rij : gelezen.rijen()) {
                if (!gezien.add(rij.id())) {
                    fouten.add(new Importfout(rij.idCel(), "de rij met id " + rij.id() + " staat meer dan eens in het blad"));
                    continue;
                }
                Optional<Stand> stand = soort.stand(planId, rij.id());
                if (stand.isEmpty()) {
                    fouten.add(new Importfout(rij.idCel(), "id " + rij.id() + " hoort bij geen enkele rij van dit plan; "
                            + "was het bestand uit een ander plan geëxporteerd?"));
                    continue;
                }
                Vergelijking vergelijking = vergelijk(rij, stand.get());
                verslag.add(verslagVan(vergelijking));
                if (verslag.get(verslag.size() - 1).isWijziging()) {
                    teWijzigen.add(vergelijking);
                }
            }
            if (fouten.isEmpty()) {
                pasToe(soort, planId, teWijzigen, fouten);
            }
            if (!fouten.isEmpty()) {
                throw Importfout.weigering(fouten);
            }
            if (proef) {
                QuarkusTransaction.rollback();
            } else {
                QuarkusTransaction.commit();
            }
            return Importrapport.van(proef, !proef, soort.bladnaam(), verslag);
        } finally {
            if (QuarkusTransaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                QuarkusTransaction.rollback();
            }
        }
    }

    private static Vergelijking vergelijk(Bestandsrij rij, Stand stand) {
        List<Veldwijziging> wijzigingen = new ArrayList<>();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<Importveld, Gelezen> waarde : rij.waarden().entrySet()) {
            Importveld veld = waarde.getKey();
            String nieuw = waarde.getValue().waarde();
            String oud = stand.waarden().get(veld.veld());
            // a text the export cut short to fit its row says nothing new: the whole text stays
            if ((nieuw == null && veld.leegLaatStaan()) || Objects.equals(nieuw, oud) || Tekstmaat.isIngekortVan(nieuw, oud)) {
                continue;
            }
            wijzigingen.add(new Veldwijziging(veld.veld(), waarde.getValue().cel().letter(), oud, nieuw));
            body.put(veld.veld(), nieuw);
        }
        body.put(Invoer.VERSIE, stand.versie());
        return new Vergelijking(rij, stand, List.copyOf(wijzigingen), body);
    }

    private static Rijverslag verslagVan(Vergelijking v) {
        Bestandsrij rij = v.rij();
        if (v.wijzigingen().isEmpty()) {
            return new Rijverslag(rij.rij(), rij.id(), v.stand().omschrijving(), Importrapport.ONGEWIJZIGD, null, null);
        }
        if (rij.versie() != v.stand().versie()) {
            return new Rijverslag(rij.rij(), rij.id(), v.stand().omschrijving(), Importrapport.CONFLICT, v.wijzigingen(),
                    "In Regiebord gewijzigd na de export (versie " + rij.versie() + " in het bestand, nu " + v.stand().versie()
                            + "); deze rij is niet overgenomen. Exporteer opnieuw en vul de wijziging daarin in.");
        }
        return new Rijverslag(rij.rij(), rij.id(), v.stand().omschrijving(), Importrapport.WIJZIGING, v.wijzigingen(), null);
    }

    /**
     * Changes the records one by one through their service. A refusal by a rule ends the attempt: the service has
     * then marked the transaction for rollback, and nothing of the file is applied anyway.
     */
    private static void pasToe(Importsoort soort, Long planId, List<Vergelijking> teWijzigen, List<Importfout> fouten) {
        for (Vergelijking v : teWijzigen) {
            try {
                soort.wijzig(planId, v.rij().id(), Invoer.van(v.body()));
            } catch (ApiFout fout) {
                if (fout.status() == 409) {
                    throw fout;
                }
                fouten.addAll(alsImportfouten(fout, v));
                return;
            }
        }
    }

    /** The service names fields; the person needs the cells. A rule across fields lands on the first changed cell. */
    private static List<Importfout> alsImportfouten(ApiFout fout, Vergelijking v) {
        List<Importfout> fouten = new ArrayList<>();
        if (fout.velden() != null) {
            for (VeldFout veldfout : fout.velden()) {
                fouten.add(new Importfout(cel(v, veldfout.veld()), veldfout.melding(), veldfout.toegestaan()));
            }
        }
        if (fouten.isEmpty()) {
            String veld = v.wijzigingen().get(0).veld();
            fouten.add(new Importfout(cel(v, veld), fout.getMessage()));
        }
        return fouten;
    }

    private static Cel cel(Vergelijking v, String veld) {
        return v.rij().waarden().entrySet().stream().filter(e -> e.getKey().veld().equals(veld))
                .map(e -> e.getValue().cel()).findFirst().orElse(v.rij().idCel());
    }
}
