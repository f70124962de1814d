package nl.regiebord.actie;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.regiebord.security.HuidigeGebruiker;

/** "Mijn acties": what the signed-in user has to do, across their plans. */
@Path("/mijn-acties")
@Produces(MediaType.TEXT_HTML)
public class MijnActiesPagina {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mijnActies(List<MijnActies.MijnActie> acties);
    }

    @Inject
    MijnActies mijnActies;
    @Inject
    HuidigeGebruiker gebruiker;

    @GET
    public TemplateInstance pagina() {
        return Templates.mijnActies(mijnActies.van(gebruiker.vereist().id()));
    }
}
