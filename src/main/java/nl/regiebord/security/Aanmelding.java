package nl.regiebord.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import nl.regiebord.gebruiker.Gebruiker;
import nl.regiebord.gebruiker.Wachtwoorden;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a username and password, with the limits on wrong attempts: five in a row for one username, or (by default) thirty
 * from one address, within a quarter of an hour, and the next attempt is refused even with the right password.
 * The attempts are kept in the database so the limit holds across instances. Unknown usernames count the same
 * as known ones and cost the same time, so the answer never tells which usernames exist.
 */
@ApplicationScoped
public class Aanmelding {

    public static final int MAX_OP_RIJ_PER_NAAM = 5;
    public static final Duration VENSTER = Duration.ofMinutes(15);
    private static final Duration VERTROUWD_VOOR = Duration.ofMinutes(10);
    private static final int MAX_VERTROUWD = 10_000;

    /** Why a login was refused, in the words the user reads. */
    public enum Reden {
        ONJUIST("De gebruikersnaam of het wachtwoord klopt niet (of het account is geblokkeerd)."),
        TE_VEEL_VOOR_NAAM("Te veel mislukte pogingen voor deze gebruikersnaam. Probeer het over "
                + VENSTER.toMinutes() + " minuten opnieuw, of vraag de beheerder om een nieuw wachtwoord."),
        TE_VEEL_VAN_ADRES("Te veel mislukte pogingen vanaf dit adres. Probeer het over " + VENSTER.toMinutes()
                + " minuten opnieuw.");

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

    public record Geweigerd(Reden reden) implements Uitslag {
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

    /** An API request with basic auth: a success of the last minutes is remembered, the limits still apply. */
    @ActivateRequestContext
    public Uitslag metBasic(String gebruikersnaam, String wachtwoord, String adres) {
        return aanmelden(gebruikersnaam, wachtwoord, adres, true);
    }

    /**
     * The password of someone already signed in, asked again before a change of it. A wrong one counts as a failed
     * login under the same limits: a session left open on a shared computer is no way to guess the password.
     */
    @ActivateRequestContext
    public Optional<Reden> bevestig(String gebruikersnaam, String wachtwoord, String adres) {
        return aanmelden(gebruikersnaam, wachtwoord, adres, false) instanceof Geweigerd geweigerd
                ? Optional.of(geweigerd.reden()) : Optional.empty();
    }

    /** The client's address, the unit of the per-address limit. */
    public static String adresVan(HttpServerRequest verzoek) {
        return verzoek == null || verzoek.remoteAddress() == null ? "onbekend" : verzoek.remoteAddress().hostAddress();
    }

    private Uitslag aanmelden(String gebruikersnaam, String wachtwoord, String adres, boolean onthoud) {
        String naam = Gebruiker.genormaliseerd(gebruikersnaam);
        if (naam == null || naam.isEmpty() || wachtwoord == null || wachtwoord.isEmpty()) {
            return new Geweigerd(Reden.ONJUIST);
        }
        String bewaardeNaam = naam.length() > 100 ? naam.substring(0, 100) : naam;
        String bewaardAdres = adres == null ? "onbekend" : adres.length() > 64 ? adres.substring(0, 64) : adres;
        // the limits and a remembered API login first: every API request passes here, and writes nothing
        Uitslag vooraf = QuarkusTransaction.requiringNew().call(() -> {
            Optional<Reden> beperkt = beperking(bewaardeNaam, bewaardAdres, null);
            if (beperkt.isPresent()) {
                return new Geweigerd(beperkt.get());
            }
            return onthoud ? uitGeheugen(naam, wachtwoord).<Uitslag>map(Gelukt::new).orElse(null) : null;
        });
        if (vooraf != null) {
            return vooraf;
        }
        // The attempt is written down as failed, and committed, before its password is checked; the limit is then
        // counted again over everyone else's attempts. Of attempts made at the same moment (on any instance) at
        // most the allowed number get their password checked: each sees all that were written before its own count.
        long poging = QuarkusTransaction.requiringNew().call(() -> nieuweMislukking(bewaardeNaam, bewaardAdres));
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<Reden> beperkt = beperking(bewaardeNaam, bewaardAdres, poging);
            if (beperkt.isPresent()) {
                return new Geweigerd(beperkt.get());   // it stays written down: it was an attempt
            }
            return controleer(bewaardeNaam, wachtwoord, onthoud);
        });
    }

    private static long nieuweMislukking(String naam, String adres) {
        Aanmeldpoging poging = new Aanmeldpoging();
        poging.gebruikersnaam = naam;
        poging.adres = adres;
        poging.tijdstip = Clock.systemUTC().instant();
        poging.gelukt = false;
        poging.persist();
        Aanmeldpoging.delete("tijdstip < ?1", poging.tijdstip.minus(Duration.ofDays(1)));
        return poging.id;
    }

    /** The failed attempts within the window, apart from the attempt being decided on (if written yet). */
    private Optional<Reden> beperking(String naam, String adres, Long behalve) {
        Instant grens = Clock.systemUTC().instant().minus(VENSTER);
        // both counts in one query: every API request passes here
        TypedQuery<Object[]> telling = Aanmeldpoging.getEntityManager().createQuery("select "
                        + "coalesce(sum(case when a.gebruikersnaam = ?1 then 1 else 0 end), 0), "
                        + "coalesce(sum(case when a.adres = ?2 then 1 else 0 end), 0) from Aanmeldpoging a "
                        + "where a.gelukt = false and a.tijdstip > ?3 and (a.gebruikersnaam = ?1 or a.adres = ?2) "
                        + (behalve == null ? "" : "and a.id <> ?4"), Object[].class)
                .setParameter(1, naam).setParameter(2, adres).setParameter(3, grens);
        if (behalve != null) {
            telling.setParameter(4, behalve);
        }
        Object[] mislukt = telling.getSingleResult();
        if (((Number) mislukt[0]).longValue() >= MAX_OP_RIJ_PER_NAAM) {
            return Optional.of(Reden.TE_VEEL_VOOR_NAAM);
        }
        if (((Number) mislukt[1]).longValue() >= maxPerAdres) {
            return Optional.of(Reden.TE_VEEL_VAN_ADRES);
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
    private Uitslag controleer(String naam, String wachtwoord, boolean onthoud) {
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
        // "in a row": a success wipes the name's failures, this attempt's own record with them
        Aanmeldpoging.delete("gebruikersnaam = ?1", naam);
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
        Gebruiker gebruiker = Gebruiker.findById(eerder.gebruikerId());
        if (gebruiker == null || !gebruiker.actief || gebruiker.sessieversie != eerder.sessieversie()) {
            vertrouwd.remove(sleutelVan);
            return Optional.empty();
        }
        return Optional.of(Aangemelde.van(gebruiker));
    }

    private String sleutelVan(String naam, String wachtwoord) {
        return sleutel.teken("basic~" + naam + "\u0000" + wachtwoord);
    }
}
