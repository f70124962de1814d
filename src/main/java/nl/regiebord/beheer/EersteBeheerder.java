package nl.regiebord.beheer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import nl.regiebord.gebruiker.Gebruiker;
import nl.regiebord.gebruiker.Wachtwoorden;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * At the first start, with no user yet, makes the first beheerder: name from {@code REGIEBORD_ADMIN_USER}
 * (default "beheerder"), password from {@code REGIEBORD_ADMIN_PASSWORD}; without one, a random password is
 * printed once in the log. There is never a fixed default password.
 */
@ApplicationScoped
public class EersteBeheerder {

    private static final Logger LOG = Logger.getLogger(EersteBeheerder.class);

    @ConfigProperty(name = "regiebord.admin.user", defaultValue = "beheerder")
    String gebruikersnaam;
    @ConfigProperty(name = "regiebord.admin.password")
    Optional<String> wachtwoord;
    @Inject
    Wachtwoorden wachtwoorden;

    /** Within the start-up transaction ({@code Opstart}), which keeps a second instance from doing it too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void maakAlsNodig() {
        if (Gebruiker.count() > 0) {
            return;
        }
        String naam = Gebruiker.genormaliseerd(gebruikersnaam);
        Optional<String> gegeven = wachtwoord.filter(w -> !w.isBlank());
        // the same rules as every password; the installer chose it and can choose another before the first start
        Optional<String> bezwaar = gegeven.flatMap(w -> Wachtwoorden.bezwaar(w, naam));
        if (bezwaar.isPresent()) {
            throw new IllegalStateException("REGIEBORD_ADMIN_PASSWORD is niet geschikt: " + bezwaar.get() + ".");
        }
        String gekozen = gegeven.orElseGet(() -> Wachtwoorden.willekeurig(naam));
        Gebruiker beheerder = new Gebruiker();
        beheerder.gebruikersnaam = naam;
        beheerder.naam = "Beheerder";
        beheerder.wachtwoordHash = wachtwoorden.hash(gekozen);
        beheerder.beheerder = true;
        beheerder.actief = true;
        beheerder.aangemaakt = Instant.now();
        beheerder.persist();
        if (gegeven.isPresent()) {
            LOG.infof("Eerste beheerder '%s' aangemaakt met het wachtwoord uit REGIEBORD_ADMIN_PASSWORD.", naam);
        } else {
            LOG.warnf("%n%n  Eerste beheerder aangemaakt.%n  Gebruikersnaam: %s%n  Wachtwoord:     %s%n"
                    + "  Dit wachtwoord wordt maar één keer getoond. Meld je aan op /inloggen en wijzig het "
                    + "onder 'Mijn account'.%n", naam, gekozen);
        }
    }
}
