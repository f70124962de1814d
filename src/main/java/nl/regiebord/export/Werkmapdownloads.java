package nl.regiebord.export;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

/** Every xlsx download of a plan, by file name: the one place an export answer is made. */
@ApplicationScoped
public class Werkmapdownloads {

    @Inject
    @Any
    Instance<Werkmapdownload> alle;

    /** The workbook {@code bestand} of the plan as an answer; an unknown name is not found. */
    public Response download(String bestand, Long planId, String stappen) {
        Instance<Werkmapdownload> gekozen = alle.select(Identifier.Literal.of(bestand));
        if (!gekozen.isResolvable()) {
            throw new NotFoundException();
        }
        return gekozen.get().lees(planId, stappen).alsAntwoord();
    }
}
