package nl.regiebord.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import nl.regiebord.api.ApiFout;

/** The signed-in user of the current request, as the history, the access checks and "mijn acties" need them. */
@Named("gebruiker")
@RequestScoped
public class HuidigeGebruiker {

    /** Recorded for changes the service makes itself, outside any request (seeding, start-up). */
    public static final String SYSTEEM = "systeem";

    @Inject
    SecurityIdentity identiteit;

    public Optional<Aangemelde> aangemelde() {
        return identiteit == null || identiteit.isAnonymous() ? Optional.empty()
                : Optional.ofNullable(identiteit.getAttribute(Identiteiten.GEBRUIKER));
    }

    public boolean isAangemeld() {
        return aangemelde().isPresent();
    }

    public Aangemelde vereist() {
        return aangemelde().orElseThrow(() -> new ApiFout(401, "Meld je eerst aan.", null, null));
    }

    public Long id() {
        return aangemelde().map(Aangemelde::id).orElse(null);
    }

    public String naam() {
        return aangemelde().map(Aangemelde::naam).orElse(SYSTEEM);
    }

    public boolean isBeheerder() {
        return aangemelde().map(Aangemelde::beheerder).orElse(false);
    }

    /** The page session, when the request came with the session cookie (not with basic auth). */
    public Optional<Sessie> sessie() {
        return identiteit == null || identiteit.isAnonymous() ? Optional.empty()
                : Optional.ofNullable(identiteit.getAttribute(Identiteiten.SESSIE));
    }
}
