package nl.regiebord.toegang;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import nl.regiebord.api.ApiFout;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks the {@link Toegestaan} right of every endpoint before it runs: pages, JSON API and exports alike.
 * An endpoint with a {@code {planId}} in its path and no declared right is a programming error, refused loudly.
 */
public class Toegangsfilter {

    public static final String PLAN_ID = "planId";

    @Inject
    Toegang toegang;

    @ServerRequestFilter
    public void controleer(ContainerRequestContext verzoek, ResourceInfo bron) {
        Method methode = bron.getResourceMethod();
        if (methode == null) {
            return;
        }
        Toegestaan toegestaan = methode.getAnnotation(Toegestaan.class);
        if (toegestaan == null) {
            toegestaan = bron.getResourceClass().getAnnotation(Toegestaan.class);
        }
        String planTekst = verzoek.getUriInfo().getPathParameters().getFirst(PLAN_ID);
        if (toegestaan == null) {
            if (planTekst != null) {
                throw new IllegalStateException("Geen toegangsregel op " + methode);
            }
            return;
        }
        Long planId = null;
        if (planTekst != null) {
            try {
                planId = Long.valueOf(planTekst);
            } catch (NumberFormatException geenGetal) {
                throw ApiFout.nietGevonden("Er is geen plan met nummer " + planTekst + ".");
            }
        } else if (!toegestaan.value().isAlgemeen()) {
            throw new IllegalStateException("Toegangsregel zonder plan op " + methode);
        }
        toegang.vereis(planId, toegestaan.value());
    }
}
