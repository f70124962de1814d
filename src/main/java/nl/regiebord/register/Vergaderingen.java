package nl.regiebord.register;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;
import nl.regiebord.api.VeldFout;
import nl.regiebord.plan.Plan;
import nl.regiebord.security.HuidigeGebruiker;

/**
 * Recording a meeting that reviewed a register ({@link Registerreview}): its date and who took part, and the
 * list of what it decided per entry, each error named by its place ("besluiten[1].kans").
 */
@ApplicationScoped
public class Vergaderingen {

    @Inject
    HuidigeGebruiker gebruiker;
    @Inject
    Clock klok;

    /** When the meeting was held and who took part. */
    public record Kop(LocalDate datum, List<String> aanwezigen) {
    }

    /** Reads one entry of the list; returns null after adding its own errors to {@code fouten}. */
    @FunctionalInterface
    public interface Regellezer<T> {
        T lees(Invoer regel, String waar, List<VeldFout> fouten);
    }

    /**
     * Reads date and participants; {@code wat} names the meeting in a message ("review", "herijking"). The
     * caller checks its list and calls {@link Invoer#controleer()}.
     */
    public Kop leesKop(Invoer invoer, String wat) {
        LocalDate datum = invoer.datum("datum", true);
        List<String> aanwezigen = invoer.tekstLijst("aanwezigen", true, 50, 200);
        if (aanwezigen != null && String.join("\n", aanwezigen).length() > Registerreview.MAX_AANWEZIGEN) {
            invoer.fout("aanwezigen", "zijn samen te lang, ten hoogste " + Registerreview.MAX_AANWEZIGEN + " tekens");
        }
        if (datum != null && datum.isAfter(LocalDate.now(klok))) {
            invoer.fout("datum", "ligt in de toekomst; leg een " + wat + " vast als die is gehouden");
        }
        return new Kop(datum, aanwezigen);
    }

    /** Fills in the meeting's head, who records it and when, and saves it. */
    public <R extends Registerreview> R leg(R review, Plan plan, Kop kop) {
        review.plan = plan;
        review.datum = kop.datum();
        review.aanwezigen = String.join("\n", kop.aanwezigen());
        review.vastgelegdDoor = gebruiker.naam();
        review.tijdstip = Instant.now(klok);
        review.persist();
        return review;
    }

    /**
     * Reads every entry of the list {@code veld}; an entry that names an unknown {@code onderwerp} is an error of
     * that field. All errors together refuse the whole meeting.
     */
    public static <T> List<T> leesRegels(JsonNode lijst, String veld, String onderwerp, Regellezer<T> lezer) {
        List<T> regels = new ArrayList<>();
        List<VeldFout> fouten = new ArrayList<>();
        if (lijst == null || lijst.isNull()) {
            return regels;
        }
        for (int i = 0; i < lijst.size(); i++) {
            String waar = veld + "[" + i + "].";
            try {
                T regel = lezer.lees(Invoer.van(lijst.get(i)), waar, fouten);
                if (regel != null) {
                    regels.add(regel);
                }
            } catch (ApiFout fout) {
                if (fout.velden() == null) {
                    fouten.add(new VeldFout(fout.status() == 404 ? waar + onderwerp : veld + "[" + i + "]",
                            fout.getMessage()));
                    continue;
                }
                fout.velden().forEach(v -> fouten.add(new VeldFout(waar + v.veld(), v.melding(), v.toegestaan())));
            }
        }
        if (!fouten.isEmpty()) {
            throw ApiFout.ongeldig(fouten);
        }
        return regels;
    }
}
