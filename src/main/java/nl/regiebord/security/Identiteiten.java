package nl.regiebord.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns a checked login into the request's identity: the user, whether they are beheerder, and their session. */
public final class Identiteiten {

    /** Where the reason of a refused login waits for the answer to the client. */
    public static final String WEIGERING = "regiebord.weigering";
    /** With a refusal by a login limit: the seconds before another try, for the API's 429 and Retry-After. */
    public static final String WACHTEN = "regiebord.weigering.wachten";
    public static final String GEBRUIKER = Aangemelde.class.getName();
    public static final String SESSIE = Sessie.class.getName();
    public static final String BEHEERDER = "beheerder";

    private Identiteiten() {
    }

    static SecurityIdentity van(Aangemelde gebruiker, Sessie sessie) {
        var bouwer = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(gebruiker.gebruikersnaam()))
                .addAttribute(GEBRUIKER, gebruiker);
        if (sessie != null) {
            bouwer.addAttribute(SESSIE, sessie);
        }
        if (gebruiker.beheerder()) {
            bouwer.addRole(BEHEERDER);
        }
        return bouwer.build();
    }

    static String adres(RoutingContext verzoek) {
        return Aanmelding.adresVan(verzoek == null ? null : verzoek.request());
    }

    /** Basic auth of the API. */
    @ApplicationScoped
    public static class MetWachtwoord implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

        @Inject
        Aanmelding aanmelding;

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest verzoek,
                                                  AuthenticationRequestContext context) {
            RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(verzoek);
            return context.runBlocking(() -> {
                var uitslag = aanmelding.metBasic(verzoek.getUsername(), new String(verzoek.getPassword().getPassword()),
                        adres(http));
                if (uitslag instanceof Aanmelding.Gelukt gelukt) {
                    return van(gelukt.gebruiker(), null);
                }
                Aanmelding.Geweigerd geweigerd = (Aanmelding.Geweigerd) uitslag;
                String melding = geweigerd.melding();
                if (http != null) {
                    http.put(WEIGERING, melding);
                    if (geweigerd.teVaak()) {
                        http.put(WACHTEN, geweigerd.wacht().toSeconds());
                    }
                }
                throw new AuthenticationFailedException(melding);
            });
        }
    }

    /** The session cookie of the pages. */
    @ApplicationScoped
    public static class MetSessie implements IdentityProvider<SessieVerzoek> {

        @Inject
        Aanmelding aanmelding;

        @Override
        public Class<SessieVerzoek> getRequestType() {
            return SessieVerzoek.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(SessieVerzoek verzoek, AuthenticationRequestContext context) {
            // an ended session (password changed, account blocked) is simply no session: the page asks to log in
            return context.runBlocking(() -> aanmelding.metSessie(verzoek.sessie())
                    .map(gebruiker -> van(gebruiker, verzoek.sessie())).orElse(null));
        }
    }
}
