package nl.regiebord.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.regiebord.gebruiker.Gebruiker;
import nl.regiebord.gebruiker.Wachtwoorden;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a username and password, with the limits on wrong attempts, each within a quarter of an hour:
 * <ul>
 *     <li>five for one username from one address lock that pair, even for the right password;</li>
 *     <li>thirty (by default) from one address, for any usernames, lock that address;</li>
 *     <li>after ten for one username from all addresses together, an address that has itself failed for that name
 *     waits before its next try, twice as long after every further failure ({@link #vertraging}).</li>
 * </ul>
 * So a stranger cannot lock anyone out: the right password from an address that has not failed always gets in.
 * The attempts are kept in the database so the limits hold across instances. Unknown usernames count the same
 * as known ones and cost the same time, so the answer never tells which usernames exist.
 */
@ApplicationScoped
public class Aanmelding {

    public static final int MAX_PER_NAAM_EN_ADRES = 5;
    public static final int VERTRAGEN_NA = 10;
    public static final Duration VENSTER = Duration.ofMinutes(15);
    private static final Duration EERSTE_VERTRAGING = Duration.ofSeconds(5);
    private static final Duration VERTROUWD_VOOR = Duration.ofMinutes(10);
    private static final int MAX_VERTROUWD = 10_000;

    /** Why a login was refused, in the words the user reads. */
    public enum Reden {
        ONJUIST("De gebruikersnaam of het wachtwoord klopt niet (of het account is geblokkeerd)."),
        TE_VEEL_VOOR_NAAM("Te veel mislukte pogingen voor deze gebruikersnaam vanaf dit adres. Probeer het over "
                + VENSTER.toMinutes() + " minuten opnieuw, of vraag de beheerder de blokkade op te heffen."),
        TE_VEEL_VAN_ADRES("Te veel mislukte pogingen vanaf dit adres. Probeer het over " + VENSTER.toMinutes()
                + " minuten opnieuw."),
        WACHTEN("Er is vanaf verschillende adressen vaak een verkeerd wachtwoord geprobeerd voor deze gebruikersnaam. "
                + "Wacht %d seconden voor je het opnieuw probeert."),
        VERLOPEN("Je tijdelijke wachtwoord is verlopen: het gold " + Wachtwoorden.TIJDELIJK_GELDIG.toDays()
                + " dagen. Vraag de beheerder om een nieuw wachtwoord.");

        private final String melding;

        Reden(String melding) {
            this.melding = melding;
        }

        public String melding() {
            return melding;
        }
    }

    public sealed interface Uitslag permits Gelukt, Geweigerd {
    }

    public record Gelukt(Aangemelde gebruiker) implements Uitslag {
    }

    /** @param wacht how long before another try can be let through; null when waiting does not help */
    public record Geweigerd(Reden reden, Duration wacht) implements Uitslag {

        public Geweigerd(Reden reden) {
            this(reden, null);
        }

        public String melding() {
            return reden == Reden.WACHTEN ? reden.melding().formatted(wacht.toSeconds()) : reden.melding();
        }

        /** Whether a limit refused the attempt (429), rather than the password itself (401). */
        public boolean teVaak() {
            return wacht != null;
        }
    }

    private record Vertrouwd(long gebruikerId, int sessieversie, Instant tot) {
    }

    @Inject
    Wachtwoorden wachtwoorden;
    @Inject
    Sessiesleutel sleutel;
    /** Failed attempts from one address (all usernames together) before it is refused for a while. */
    @ConfigProperty(name = "regiebord.aanmelding.max-per-adres", defaultValue = "30")
    int maxPerAdres;

    /** API clients send the password with every request: a recent success is remembered (by a keyed hash). */
    private final Map<String, Vertrouwd> vertrouwd = new ConcurrentHashMap<>();

    /** A login on the page: the password is checked every time. */
    @ActivateRequestContext
    public Uitslag metWachtwoord(String gebruikersnaam, String wachtwoord, String adres) {
        return aanmelden(gebruikersnaam, wachtwoord, adres, false);
    }

    /**
     * An API request with basic auth. A credential verified in the last minutes is remembered: it costs one read of
     * the user and no count of failures, and no limit refuses it, as none refuses a valid session.
     */
    @ActivateRequestContext
    public Uitslag metBasic(String gebruikersnaam, String wachtwoord, String adres) {
        return aanmelden(gebruikersnaam, wachtwoord, adres, true);
    }

    /**
     * The password of someone already signed in, asked again before a change of it. A wrong one counts as a failed
     * login under the same limits: a session left open on a shared computer is no way to guess the password.
     */
    @ActivateRequestContext
    public Optional<Geweigerd> bevestig(String gebruikersnaam, String wachtwoord, String adres) {
        return aanmelden(gebruikersnaam, wachtwoord, adres, false) instanceof Geweigerd geweigerd
                ? Optional.of(geweigerd) : Optional.empty();
    }

    /** The client's address, the unit of the per-address limit. */
    public static String adresVan(HttpServerRequest verzoek) {
        return verzoek == null || verzoek.remoteAddress() == null ? "onbekend" : verzoek.remoteAddress().hostAddress();
    }

    /** How long an address that failed for a name waits, after this many failures for that name from everywhere. */
    static Duration vertraging(long mislukt) {
        long verdubbelingen = Math.min(mislukt - VERTRAGEN_NA, 20);
        Duration wacht = EERSTE_VERTRAGING.multipliedBy(1L << Math.max(verdubbelingen, 0));
        return wacht.compareTo(VENSTER) > 0 ? VENSTER : wacht;
    }

    private Uitslag aanmelden(String gebruikersnaam, String wachtwoord, String adres, boolean onthoud) {
        String naam = Gebruiker.genormaliseerd(gebruikersnaam);
        if (naam == null || naam.isEmpty() || wachtwoord == null || wachtwoord.isEmpty()) {
            return new Geweigerd(Reden.ONJUIST);
        }
        if (onthoud) {
            Optional<Aangemelde> eerder = uitGeheugen(naam, wachtwoord);
            if (eerder.isPresent()) {
                return new Gelukt(eerder.get());
            }
        }
        String bewaardeNaam = naam.length() > 100 ? naam.substring(0, 100) : naam;
        String bewaardAdres = adres == null ? "onbekend" : adres.length() > 64 ? adres.substring(0, 64) : adres;
        // the limits first, writing nothing: an attempt they refuse is not counted again
        Optional<Geweigerd> vooraf = QuarkusTransaction.requiringNew()
                .call(() -> beperking(bewaardeNaam, bewaardAdres, null));
        if (vooraf.isPresent()) {
            return vooraf.get();
        }
        // The attempt is written down as failed, and committed, before its password is checked; the limits are then
        // counted again over everyone else's attempts. Of attempts made at the same moment (on any instance) at
        // most the allowed number get their password checked: each sees all that were written before its own count.
        long poging = QuarkusTransaction.requiringNew().call(() -> nieuweMislukking(bewaardeNaam, bewaardAdres));
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<Geweigerd> beperkt = beperking(bewaardeNaam, bewaardAdres, poging);
            if (beperkt.isPresent()) {
                return beperkt.get();   // it stays written down: it was an attempt
            }
            return controleer(bewaardeNaam, bewaardAdres, wachtwoord, onthoud, poging);
        });
    }

    private static long nieuweMislukking(String naam, String adres) {
        Aanmeldpoging poging = new Aanmeldpoging();
        poging.gebruikersnaam = naam;
        poging.adres = adres;
        poging.tijdstip = Clock.systemUTC().instant();
        poging.gelukt = false;
        poging.persist();
        Aanmeldpoging.vergeetVoor(poging.tijdstip.minus(Duration.ofDays(1)));
        return poging.id;
    }

    /** The failed attempts within the window, apart from the attempt being decided on (if written yet). */
    private Optional<Geweigerd> beperking(String naam, String adres, Long behalve) {
        Instant nu = Clock.systemUTC().instant();
        // every count in one query
        Aanmeldpoging.Mislukkingen mislukt = Aanmeldpoging.mislukkingen(naam, adres, nu.minus(VENSTER), behalve);
        long vanHier = mislukt.vanHier();
        if (vanHier >= MAX_PER_NAAM_EN_ADRES) {
            return Optional.of(new Geweigerd(Reden.TE_VEEL_VOOR_NAAM, VENSTER));
        }
        if (mislukt.vanAdres() >= maxPerAdres) {
            return Optional.of(new Geweigerd(Reden.TE_VEEL_VAN_ADRES, VENSTER));
        }
        long voorNaam = mislukt.voorNaam();
        if (vanHier > 0 && voorNaam >= VERTRAGEN_NA) {
            Instant magWeer = mislukt.laatsteVoorNaam().plus(vertraging(voorNaam));
            if (nu.isBefore(magWeer)) {
                // whole seconds, rounded up: Retry-After counts in seconds
                long seconden = Duration.between(nu, magWeer).plusMillis(999).toSeconds();
                return Optional.of(new Geweigerd(Reden.WACHTEN, Duration.ofSeconds(seconden)));
            }
        }
        return Optional.empty();
    }

    @ActivateRequestContext
    public Optional<Aangemelde> metSessie(Sessie sessie) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Gebruiker gebruiker = Gebruiker.findById(sessie.gebruikerId());
            if (gebruiker == null || !gebruiker.actief || gebruiker.sessieversie != sessie.sessieversie()) {
                return Optional.empty();
            }
            boolean afgemeld = Aanmeldpoging.getEntityManager()
                    .createNativeQuery("select count(*) from afgemelde_sessie where nonce = ?1")
                    .setParameter(1, sessie.nonce()).getSingleResult() instanceof Number n && n.longValue() > 0;
            return afgemeld ? Optional.empty() : Optional.of(Aangemelde.van(gebruiker));
        });
    }

    /** Logging out ends this session on every instance, not only in this browser; other sessions go on. */
    @ActivateRequestContext
    public void afmelden(Sessie sessie, Instant verloopt) {
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Aanmeldpoging.getEntityManager();
            em.createNativeQuery("delete from afgemelde_sessie where verloopt < ?1")
                    .setParameter(1, Clock.systemUTC().instant()).executeUpdate();
            if (em.createNativeQuery("select count(*) from afgemelde_sessie where nonce = ?1")
                    .setParameter(1, sessie.nonce()).getSingleResult() instanceof Number n && n.longValue() == 0) {
                em.createNativeQuery("insert into afgemelde_sessie (nonce, verloopt) values (?1, ?2)")
                        .setParameter(1, sessie.nonce()).setParameter(2, verloopt).executeUpdate();
            }
        });
    }

    /** After a password change or block: forget the remembered API logins. */
    public void vergeet() {
        vertrouwd.clear();
    }

    /** The password itself; the attempt is already written down as failed, which a success undoes. */
    private Uitslag controleer(String naam, String adres, String wachtwoord, boolean onthoud, long poging) {
        Instant nu = Clock.systemUTC().instant();
        Gebruiker gebruiker = Gebruiker.metNaam(naam).filter(g -> g.actief).orElse(null);
        boolean klopt;
        if (gebruiker == null) {
            wachtwoorden.schijnControle(wachtwoord);
            klopt = false;
        } else {
            klopt = wachtwoorden.klopt(wachtwoord, gebruiker.wachtwoordHash);
        }
        if (!klopt) {
            return new Geweigerd(Reden.ONJUIST);
        }
        if (verlopen(gebruiker)) {
            // the right password, only too old: no failed guess
            Aanmeldpoging.deleteById(poging);
            return new Geweigerd(Reden.VERLOPEN);
        }
        // "in a row": a success wipes this address's failures for the name, this attempt's own record with them;
        // the failures from elsewhere still count towards slowing down the guessing of the name
        Aanmeldpoging.vergeet(naam, adres);
        if (!onthoud) {
            return new Gelukt(Aangemelde.van(gebruiker));
        }
        if (vertrouwd.size() > MAX_VERTROUWD) {
            vertrouwd.clear();
        }
        vertrouwd.put(sleutelVan(naam, wachtwoord),
                new Vertrouwd(gebruiker.id, gebruiker.sessieversie, nu.plus(VERTROUWD_VOOR)));
        return new Gelukt(Aangemelde.van(gebruiker));
    }

    private static boolean verlopen(Gebruiker gebruiker) {
        return gebruiker.tijdelijkWachtwoordTot != null
                && gebruiker.tijdelijkWachtwoordTot.isBefore(Clock.systemUTC().instant());
    }

    private Optional<Aangemelde> uitGeheugen(String naam, String wachtwoord) {
        String sleutelVan = sleutelVan(naam, wachtwoord);
        Vertrouwd eerder = vertrouwd.get(sleutelVan);
        if (eerder == null) {
            return Optional.empty();
        }
        if (eerder.tot().isBefore(Clock.systemUTC().instant())) {
            vertrouwd.remove(sleutelVan);
            return Optional.empty();
        }
        // read again, as a session's user is: blocked or changed on another instance counts here at once
        Optional<Aangemelde> nogGeldig = QuarkusTransaction.joiningExisting().call(() -> {
            Gebruiker gebruiker = Gebruiker.findById(eerder.gebruikerId());
            return gebruiker == null || !gebruiker.actief || gebruiker.sessieversie != eerder.sessieversie()
                    || verlopen(gebruiker) ? Optional.<Aangemelde>empty() : Optional.of(Aangemelde.van(gebruiker));
        });
        if (nogGeldig.isEmpty()) {
            vertrouwd.remove(sleutelVan);
        }
        return nogGeldig;
    }

    private String sleutelVan(String naam, String wachtwoord) {
        return sleutel.teken("basic~" + naam + "\u0000" + wachtwoord);
    }
}
