package nl.regiebord.api;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The OpenAPI document describes the JSON API (the HTML pages are for people, not for clients), and says that
 * every call takes HTTP basic authentication.
 */
public class AlleenApiInDocumentatie implements OASFilter {

    private static final String SCHEMA = "basic";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(SCHEMA, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("Je gebruikersnaam en wachtwoord van Regiebord, bij elk verzoek."));
        openAPI.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEMA)));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<String> paginas = openAPI.getPaths().getPathItems().keySet().stream()
                .filter(pad -> !pad.startsWith("/api/")).toList();
        paginas.forEach(openAPI.getPaths()::removePathItem);
    }
}
