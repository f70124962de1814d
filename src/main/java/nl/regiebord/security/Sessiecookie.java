package nl.regiebord.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signed session cookie of the pages. It holds no secret and no state on the server: any instance with the
 * same {@link Sessiesleutel} accepts it. It expires after a period without use and is renewed while in use, and
 * ends a fixed time after login however much it is used. The browser keeps it only while it runs: no Max-Age.
 */
@ApplicationScoped
public class Sessiecookie {

    public static final String NAAM = "regiebord-sessie";
    private static final SecureRandom TOEVAL = new SecureRandom();
    private static final Duration VERNIEUW_NA = Duration.ofMinutes(5);

    @Inject
    Sessiesleutel sleutel;
    @ConfigProperty(name = "regiebord.sessie.verloopt-na", defaultValue = "PT8H")
    Duration verlooptNa;
    @ConfigProperty(name = "regiebord.sessie.duurt-hoogstens", defaultValue = "PT12H")
    Duration duurtHoogstens;

    public Sessie nieuw(long gebruikerId, int sessieversie) {
        byte[] nonce = new byte[18];
        TOEVAL.nextBytes(nonce);
        long nu = nu();
        return new Sessie(gebruikerId, sessieversie, Base64.getUrlEncoder().withoutPadding().encodeToString(nonce),
                nu, nu);
    }

    public Optional<Sessie> lees(String waarde) {
        if (waarde == null || waarde.length() > 300) {
            return Optional.empty();
        }
        int punt = waarde.lastIndexOf('.');
        if (punt < 0 || !sleutel.klopt(waarde.substring(0, punt), waarde.substring(punt + 1))) {
            return Optional.empty();
        }
        String[] delen = waarde.substring(0, punt).split("~");
        if (delen.length != 5) {
            return Optional.empty();
        }
        try {
            Sessie sessie = new Sessie(Long.parseLong(delen[0]), Integer.parseInt(delen[1]), delen[2],
                    Long.parseLong(delen[3]), Long.parseLong(delen[4]));
            boolean verlopen = nu() - sessie.vernieuwd() > verlooptNa.toSeconds()
                    || nu() - sessie.begonnen() > duurtHoogstens.toSeconds();
            return verlopen ? Optional.empty() : Optional.of(sessie);
        } catch (NumberFormatException onleesbaar) {
            return Optional.empty();
        }
    }

    /** When this session, renewed now, would expire at the latest. */
    public Instant uitersteEinde(Sessie sessie) {
        Instant zonderGebruik = Clock.systemUTC().instant().plus(verlooptNa).plus(VERNIEUW_NA);
        Instant hoogstens = Instant.ofEpochSecond(sessie.begonnen()).plus(duurtHoogstens);
        return zonderGebruik.isBefore(hoogstens) ? zonderGebruik : hoogstens;
    }

    public boolean moetVernieuwd(Sessie sessie) {
        return nu() - sessie.vernieuwd() > VERNIEUW_NA.toSeconds();
    }

    public Sessie vernieuwd(Sessie sessie) {
        return new Sessie(sessie.gebruikerId(), sessie.sessieversie(), sessie.nonce(), nu(), sessie.begonnen());
    }

    public Cookie alsCookie(Sessie sessie, boolean https) {
        String inhoud = sessie.gebruikerId() + "~" + sessie.sessieversie() + "~" + sessie.nonce() + "~"
                + sessie.vernieuwd() + "~" + sessie.begonnen();
        return eigenschappen(Cookie.cookie(NAAM, inhoud + "." + sleutel.teken(inhoud)), https);
    }

    public Cookie leeg(boolean https) {
        return eigenschappen(Cookie.cookie(NAAM, ""), https).setMaxAge(0);
    }

    /** The CSRF token of a session: derived from its nonce, so it needs no storage and lives as long as the session. */
    public String csrfToken(Sessie sessie) {
        return sleutel.teken("csrf~" + sessie.gebruikerId() + "~" + sessie.nonce());
    }

    private static Cookie eigenschappen(Cookie cookie, boolean https) {
        return cookie.setPath("/").setHttpOnly(true).setSecure(https).setSameSite(CookieSameSite.STRICT);
    }

    private long nu() {
        // real time, not the plan's clock (tests move that one): a session is a technical matter
        return Clock.systemUTC().instant().getEpochSecond();
    }
}
