package nl.regiebord.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import nl.regiebord.modelplan.ModelAandachtspunt;
import nl.regiebord.modelplan.ModelActie;
import nl.regiebord.modelplan.ModelOnderdeel;
import nl.regiebord.modelplan.ModelStap;
import nl.regiebord.modelplan.ModelThema;
import nl.regiebord.modelplan.Modelcatalogus;
import nl.regiebord.modelplan.Modelinhoud;
import nl.regiebord.modelplan.Schakel;
import org.jboss.logging.Logger;

/**
 * Loads {@code seed-data/} into the database at start. Idempotent: when the files' fingerprint equals the stored
 * one nothing is written, so a restart never duplicates; when the model changed, the model tables are replaced.
 * Plans keep their own copy of the actions they were created from, so they are not touched. At start it runs in
 * {@code Opstart}'s transaction, which keeps two instances from loading at the same moment.
 */
@ApplicationScoped
public class SeedLader {

    private static final Logger LOG = Logger.getLogger(SeedLader.class);

    @Inject
    EntityManager em;
    @Inject
    Modelcatalogus catalogus;
    @Inject
    Clock klok;

    /** Reads seed-data and writes it when it differs from what the database holds. */
    @Transactional
    public void herlaad() {
        SeedLezer.Resultaat gelezen = SeedLezer.vanClasspath().lees();
        SeedVersie opgeslagen = em.find(SeedVersie.class, 1L);
        if (opgeslagen != null && opgeslagen.vingerafdruk.equals(gelezen.vingerafdruk())) {
            LOG.debugf("Model Plan van Aanpak versie %s is al geladen", opgeslagen.versie);
        } else {
            schrijf(gelezen.inhoud());
            if (opgeslagen == null) {
                opgeslagen = new SeedVersie();
                opgeslagen.id = 1L;
            }
            opgeslagen.versie = gelezen.inhoud().versie();
            opgeslagen.bron = gelezen.inhoud().bron();
            opgeslagen.vingerafdruk = gelezen.vingerafdruk();
            opgeslagen.geladenOp = Instant.now(klok);
            em.merge(opgeslagen);
            em.flush();
            LOG.infof("Model Plan van Aanpak versie %s geladen uit seed-data", gelezen.inhoud().versie());
        }
        catalogus.laad(opgeslagen.versie, opgeslagen.bron);
    }

    private void schrijf(Modelinhoud inhoud) {
        ModelStap.deleteAll();
        ModelActie.deleteAll();
        ModelAandachtspunt.deleteAll();
        ModelOnderdeel.deleteAll();
        ModelThema.deleteAll();
        Schakel.deleteAll();
        for (Modelinhoud.Thema thema : inhoud.themas()) {
            ModelThema t = new ModelThema();
            t.sleutel = thema.sleutel();
            t.naam = thema.naam();
            t.volgorde = thema.volgorde();
            t.bron = thema.bron();
            t.inleiding = thema.inleiding();
            t.persist();
            bewaarAandachtspunten(thema.sleutel(), null, thema.aandachtspunten());
            int onderdeelVolgorde = 0;
            int actieVolgorde = 0;
            for (Modelinhoud.Onderdeel onderdeel : thema.onderdelen()) {
                ModelOnderdeel o = new ModelOnderdeel();
                o.thema = thema.sleutel();
                o.sleutel = onderdeel.sleutel();
                o.naam = onderdeel.naam();
                o.tabel = onderdeel.tabel();
                o.volgorde = ++onderdeelVolgorde;
                o.persist();
                bewaarAandachtspunten(thema.sleutel(), onderdeel.sleutel() == null ? "-" : onderdeel.sleutel(),
                        onderdeel.aandachtspunten());
                for (Modelinhoud.Actie actie : onderdeel.acties()) {
                    ModelActie a = new ModelActie();
                    a.sleutel = actie.sleutel();
                    a.thema = thema.sleutel();
                    a.onderdeel = onderdeel.sleutel();
                    a.volgorde = ++actieVolgorde;
                    a.fase = actie.fase();
                    a.actie = actie.actie();
                    a.deadlineTekst = actie.deadlineTekst();
                    a.modelStatus = actie.modelStatus();
                    a.startMaanden = actie.startMaanden();
                    a.deadlineMaanden = actie.deadlineMaanden();
                    a.besluitorgaan = actie.besluitorgaan();
                    a.eigenAanvulling = actie.eigenAanvulling();
                    a.persist();
                    int stapVolgorde = 0;
                    for (Modelinhoud.Stap stap : actie.stappen()) {
                        ModelStap s = new ModelStap();
                        s.actieSleutel = actie.sleutel();
                        s.volgorde = ++stapVolgorde;
                        s.kop = stap.kop();
                        s.tekst = stap.tekst();
                        s.punten = String.join("\n", stap.punten());
                        s.persist();
                    }
                }
            }
        }
        for (Modelinhoud.SchakelInfo schakel : inhoud.keten()) {
            Schakel s = new Schakel();
            s.nummer = schakel.nummer();
            s.naam = schakel.naam();
            s.omschrijving = schakel.omschrijving();
            s.rolGemeente = schakel.rolGemeente();
            s.taken = String.join("\n", schakel.taken());
            s.persist();
        }
    }

    private void bewaarAandachtspunten(String thema, String onderdeel, java.util.List<String> punten) {
        int volgorde = 0;
        for (String punt : punten) {
            ModelAandachtspunt a = new ModelAandachtspunt();
            a.thema = thema;
            a.onderdeel = onderdeel;
            a.volgorde = ++volgorde;
            a.tekst = punt;
            a.persist();
        }
    }
}
