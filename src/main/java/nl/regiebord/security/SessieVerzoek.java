package nl.regiebord.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A page request that brought a validly signed session cookie; the user behind it is still to be checked. */
public class SessieVerzoek extends BaseAuthenticationRequest {

    private final Sessie sessie;

    public SessieVerzoek(Sessie sessie) {
        this.sessie = sessie;
    }

    public Sessie sessie() {
        return sessie;
    }
}
