package nl.regiebord.pagina;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * "Opgeslagen om 14:32" after a save on a page. The save answers with a redirect ({@link Paginas#naar}) that sets a
 * short-lived cookie; the page shown next says it once and clears the cookie, so a reload does not repeat it.
 * {@code {inject:opslag.tijd}} in a template.
 */
@Named("opslag")
@RequestScoped
public class Opslagmelding {

    static final String COOKIE = "regiebord-opgeslagen";
    private static final DateTimeFormatter UUR = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    RoutingContext verzoek;
    @Inject
    Clock klok;

    private boolean gelezen;
    private String tijd;

    /** The time to show after a save, or null when this page does not follow one. */
    public String tijd() {
        if (!gelezen) {
            gelezen = true;
            Cookie cookie = verzoek.request().getCookie(COOKIE);
            if (cookie != null) {
                tijd = LocalTime.now(klok).format(UUR);
                verzoek.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                        .setSameSite(CookieSameSite.STRICT));
            }
        }
        return tijd;
    }

    /** The cookie the redirect after a save sets: for the next page only, gone within two minutes anyway. */
    static NewCookie na() {
        return new NewCookie.Builder(COOKIE).value("1").path("/").maxAge(120).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}
