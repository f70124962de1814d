package nl.regiebord.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The CSRF token of the current page session, for the forms: {@code {inject:csrf.token}} in a template. */
@Named("csrf")
@RequestScoped
public class Csrf {

    public static final String VELD = "_csrf";
    public static final String KOP = "X-CSRF-Token";

    @Inject
    HuidigeGebruiker gebruiker;
    @Inject
    Sessiecookie sessiecookie;

    /** Signed once per request: a page has a form on every row, and each asks for the token. */
    private String token;

    public String token() {
        if (token == null) {
            token = gebruiker.sessie().map(sessiecookie::csrfToken).orElse("");
        }
        return token;
    }

    public String veld() {
        return VELD;
    }
}
