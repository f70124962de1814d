package nl.regiebord.security;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.Map;

/**
 * Gives page requests the session cookie of one user, logging in through the login form the first time a page
 * is asked for: the pages never take basic auth, so a test reads them as a logged-in browser would.
 */
final class Sessiefilter implements Filter {

    private final String gebruikersnaam;
    private final String wachtwoord;
    private String cookie;

    Sessiefilter(String gebruikersnaam, String wachtwoord) {
        this.gebruikersnaam = gebruikersnaam;
        this.wachtwoord = wachtwoord;
    }

    @Override
    public Response filter(FilterableRequestSpecification verzoek, FilterableResponseSpecification antwoord,
                           FilterContext context) {
        String pad = verzoek.getUserDefinedPath();
        boolean pagina = pad != null && !pad.startsWith("/api") && !pad.startsWith("/inloggen");
        if (pagina && !verzoek.getCookies().hasCookieWithName(Sessiecookie.NAAM)) {
            if (cookie == null) {
                cookie = inloggen(gebruikersnaam, wachtwoord);
            }
            verzoek.cookie(Sessiecookie.NAAM, cookie);
        }
        return context.next(verzoek, antwoord);
    }

    static String inloggen(String gebruikersnaam, String wachtwoord) {
        Response antwoord = RestAssured.given().noFilters().auth().none().redirects().follow(false)
                .contentType(ContentType.URLENC)
                .formParams(Map.of("gebruikersnaam", gebruikersnaam, "wachtwoord", wachtwoord))
                .post("/inloggen");
        if (antwoord.statusCode() != 303) {
            throw new AssertionError("inloggen als " + gebruikersnaam + " gaf " + antwoord.statusCode());
        }
        return antwoord.getCookie(Sessiecookie.NAAM);
    }
}
