package nl.regiebord.security;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking, per path: the JSON API ({@code /api/**}) takes HTTP basic auth and answers 401 without it;
 * the pages take the session cookie made at login and send the browser to the login form without it.
 * The API never accepts the cookie and the pages never accept basic auth, so a browser's stored credentials
 * cannot be abused for a cross-site post, and API clients never get a login page.
 */
@ApplicationScoped
public class Aanmeldmechanisme implements HttpAuthenticationMechanism {

    public static final String INLOGPAGINA = "/inloggen";
    private static final String REALM = "Basic realm=\"Regiebord\", charset=\"UTF-8\"";

    @Inject
    Sessiecookie sessiecookie;

    public static boolean isApi(RoutingContext verzoek) {
        String pad = verzoek.normalizedPath();
        return pad.equals("/api") || pad.startsWith("/api/");
    }

    private static boolean zonderAanmelding(String pad) {
        return pad.startsWith("/static/") || pad.startsWith("/q/") || pad.equals(INLOGPAGINA)
                || pad.equals("/favicon.ico");
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext verzoek, IdentityProviderManager identiteiten) {
        if (isApi(verzoek)) {
            return basic(verzoek, identiteiten);
        }
        if (zonderAanmelding(verzoek.normalizedPath())) {
            return Uni.createFrom().nullItem();
        }
        Cookie cookie = verzoek.request().getCookie(Sessiecookie.NAAM);
        Optional<Sessie> sessie = cookie == null ? Optional.empty() : sessiecookie.lees(cookie.getValue());
        if (sessie.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        SessieVerzoek aanvraag = new SessieVerzoek(sessie.get());
        HttpSecurityUtils.setRoutingContextAttribute(aanvraag, verzoek);
        return identiteiten.authenticate(aanvraag)
                .onFailure().recoverWithNull()
                .invoke(identiteit -> {
                    if (identiteit != null && sessiecookie.moetVernieuwd(sessie.get())) {
                        verzoek.response().addCookie(sessiecookie.alsCookie(sessiecookie.vernieuwd(sessie.get()),
                                isHttps(verzoek)));
                    }
                });
    }

    private Uni<SecurityIdentity> basic(RoutingContext verzoek, IdentityProviderManager identiteiten) {
        String kop = verzoek.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        if (kop == null) {
            return Uni.createFrom().nullItem();
        }
        String[] delen = kop.strip().split("\\s+", 2);
        if (delen.length != 2 || !delen[0].equalsIgnoreCase("Basic")) {
            return geweigerd(verzoek, "Meld je aan met HTTP basic authenticatie (gebruikersnaam en wachtwoord).");
        }
        String gedecodeerd;
        try {
            gedecodeerd = new String(Base64.getDecoder().decode(delen[1]), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException onleesbaar) {
            return geweigerd(verzoek, "De Authorization-kop is geen geldige basic authenticatie.");
        }
        int dubbelepunt = gedecodeerd.indexOf(':');
        if (dubbelepunt < 0) {
            return geweigerd(verzoek, "De Authorization-kop is geen geldige basic authenticatie.");
        }
        var aanvraag = new UsernamePasswordAuthenticationRequest(gedecodeerd.substring(0, dubbelepunt),
                new PasswordCredential(gedecodeerd.substring(dubbelepunt + 1).toCharArray()));
        HttpSecurityUtils.setRoutingContextAttribute(aanvraag, verzoek);
        return identiteiten.authenticate(aanvraag);
    }

    private static Uni<SecurityIdentity> geweigerd(RoutingContext verzoek, String melding) {
        verzoek.put(Identiteiten.WEIGERING, melding);
        return Uni.createFrom().failure(new AuthenticationFailedException(melding));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext verzoek) {
        if (isApi(verzoek)) {
            return Uni.createFrom().item(new ChallengeData(401, HttpHeaderNames.WWW_AUTHENTICATE, REALM));
        }
        return Uni.createFrom().item(new ChallengeData(302, HttpHeaderNames.LOCATION, naarInloggen(verzoek)));
    }

    /**
     * The API's 401 carries a problem document in Dutch, and a 429 with Retry-After when a login limit refused the
     * request; a page request goes to the login form and back.
     */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext verzoek) {
        var antwoord = verzoek.response();
        if (antwoord.ended()) {
            return Uni.createFrom().item(true);
        }
        if (!isApi(verzoek)) {
            antwoord.setStatusCode(verzoek.request().method().name().equals("GET") ? 302 : 303)
                    .putHeader(HttpHeaderNames.LOCATION, naarInloggen(verzoek))
                    .putHeader(HttpHeaderNames.CACHE_CONTROL, "no-store");
            return Uni.createFrom().completionStage(antwoord.end().toCompletionStage()).replaceWith(true);
        }
        String melding = verzoek.get(Identiteiten.WEIGERING);
        Long wachten = verzoek.get(Identiteiten.WACHTEN);
        int status = wachten == null ? 401 : 429;
        JsonObject probleem = new JsonObject()
                .put("type", "about:blank")
                .put("title", wachten == null ? "Niet aangemeld" : "Te veel pogingen")
                .put("status", status)
                .put("detail", melding != null ? melding
                        : "Meld je aan: de API vraagt HTTP basic authenticatie met je gebruikersnaam en wachtwoord.");
        antwoord.setStatusCode(status);
        if (wachten == null) {
            antwoord.putHeader(HttpHeaderNames.WWW_AUTHENTICATE, REALM);
        } else {
            antwoord.putHeader(HttpHeaderNames.RETRY_AFTER, String.valueOf(wachten));
        }
        antwoord.putHeader(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaderNames.CACHE_CONTROL, "no-store");
        return Uni.createFrom().completionStage(antwoord.end(probleem.encode()).toCompletionStage()).replaceWith(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, SessieVerzoek.class);
    }

    static String naarInloggen(RoutingContext verzoek) {
        String terug = verzoek.request().method().name().equals("GET") ? verzoek.request().uri() : "/";
        return INLOGPAGINA + (terug.equals("/") ? "" : "?terug=" + URLEncoder.encode(terug, StandardCharsets.UTF_8));
    }

    public static boolean isHttps(RoutingContext verzoek) {
        return "https".equalsIgnoreCase(verzoek.request().scheme());
    }
}
