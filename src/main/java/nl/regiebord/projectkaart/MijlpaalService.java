package nl.regiebord.projectkaart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;
import nl.regiebord.api.Versieconflict;

/** Step 3 of a card: add, change (postpone, reach, move) and remove its milestones, each change in its history. */
@ApplicationScoped
@Transactional
public class MijlpaalService {

    @Inject
    ProjectkaartService kaarten;

    public Mijlpaal vind(Long planId, Long kaartId, Long mijlpaalId) {
        Projectkaart k = kaarten.vind(planId, kaartId);
        Mijlpaal m = mijlpaalId == null ? null : Mijlpaal.findById(mijlpaalId);
        if (m == null || !m.kaart.id.equals(k.id)) {
            throw ApiFout.nietGevonden("Projectkaart " + kaartId + " heeft geen mijlpaal met nummer " + mijlpaalId + ".");
        }
        return m;
    }

    public List<MijlpaalJson> vanKaart(Long planId, Long kaartId) {
        return kaarten.vind(planId, kaartId).mijlpalen.stream().map(this::alsJson).toList();
    }

    public MijlpaalJson alsJson(Mijlpaal m) {
        return MijlpaalJson.van(m, kaarten.vandaag());
    }

    public MijlpaalJson alsJson(Long planId, Long kaartId, Long mijlpaalId) {
        return alsJson(vind(planId, kaartId, mijlpaalId));
    }

    public MijlpaalJson voegToe(Long planId, Long kaartId, Invoer invoer) {
        Projectkaart k = kaarten.vind(planId, kaartId);
        Mijlpaalregels.Gegevens g = Mijlpaalregels.nieuw(invoer);
        weigerAlsVerwijderd(k);
        Mijlpaal m = Mijlpaal.voegToe(k, g);
        m.persist();
        kaarten.leg(k, "mijlpaal", null, m.beschrijving());
        m.flush();
        return alsJson(m);
    }

    public MijlpaalJson wijzig(Long planId, Long kaartId, Long mijlpaalId, Invoer invoer) {
        Mijlpaal m = vind(planId, kaartId, mijlpaalId);
        long versie = invoer.versie();
        Mijlpaalregels.Gegevens g = Mijlpaalregels.gewijzigd(invoer, m, m.kaart.mijlpalen.size());
        if (versie != m.version) {
            throw ApiFout.versieConflict(alsJson(m));
        }
        weigerAlsVerwijderd(m.kaart);
        Projectkaart k = m.kaart;
        String wie = "mijlpaal '" + m.omschrijving + "': ";
        kaarten.leg(k, wie + "omschrijving", m.omschrijving, g.omschrijving());
        m.omschrijving = g.omschrijving();
        kaarten.leg(k, wie + "datum", m.datum, g.datum());
        m.datum = g.datum();
        kaarten.leg(k, wie + "status", m.status, g.status());
        m.status = g.status();
        kaarten.leg(k, wie + "nieuwe datum", m.nieuweDatum, g.nieuweDatum());
        m.nieuweDatum = g.nieuweDatum();
        kaarten.leg(k, wie + "reden", m.reden, g.reden());
        m.reden = g.reden();
        if (g.volgorde() != null && g.volgorde() != m.volgorde) {
            kaarten.leg(k, wie + "plaats", m.volgorde, g.volgorde());
            k.mijlpalen.remove(m);
            k.mijlpalen.add(g.volgorde() - 1, m);
            Mijlpaal.nummer(k.mijlpalen);
        }
        Long id = m.id;
        Versieconflict.schrijfOfWeiger(() -> alsJson(Mijlpaal.<Mijlpaal>findById(id)));
        return alsJson(m);
    }

    public void verwijder(Long planId, Long kaartId, Long mijlpaalId) {
        Mijlpaal m = vind(planId, kaartId, mijlpaalId);
        Projectkaart k = m.kaart;
        weigerAlsVerwijderd(k);
        kaarten.leg(k, "mijlpaal", m.beschrijving(), null);
        k.mijlpalen.remove(m);
        Mijlpaal.nummer(k.mijlpalen);
        k.flush();
    }

    private static void weigerAlsVerwijderd(Projectkaart k) {
        if (k.verwijderd) {
            throw ApiFout.regel("Projectkaart " + k.id + " is verwijderd; herstel haar eerst om haar mijlpalen te wijzigen.");
        }
    }
}
