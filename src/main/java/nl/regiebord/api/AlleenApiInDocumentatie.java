package nl.regiebord.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.util.List;

/** The OpenAPI document describes the JSON API; the HTML pages are for people, not for clients. */
public class AlleenApiInDocumentatie implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        List<String> paginas = openAPI.getPaths().getPathItems().keySet().stream()
                .filter(pad -> !pad.startsWith("/api/")).toList();
        paginas.forEach(openAPI.getPaths()::removePathItem);
    }
}
