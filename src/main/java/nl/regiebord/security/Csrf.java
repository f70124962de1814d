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

    public String token() {
        return gebruiker.sessie().map(sessiecookie::csrfToken).orElse("");
    }

    public String veld() {
        return VELD;
    }
}
