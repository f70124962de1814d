package nl.regiebord.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import nl.regiebord.meting.Sqlteller;
import nl.regiebord.pagina.Bezoeker;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static nl.regiebord.security.Testgebruikers.WACHTWOORD;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A lock after wrong passwords holds one name at one address; the beheerder sees it and lifts it, a reset too. */
@QuarkusTest
class BlokkadeTest {

    @Inject
    Aanmelding aanmelding;

    private static Response inloggen(String naam, String wachtwoord) {
        return RestAssured.given().noFilters().auth().none().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("gebruikersnaam", naam).formParam("wachtwoord", wachtwoord).post("/inloggen");
    }

    private static void vergrendel(String naam) {
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, inloggen(naam, "fout-wachtwoord-" + i).statusCode(), "poging " + i);
        }
        assertEquals(429, inloggen(naam, WACHTWOORD).statusCode());
    }

    @Test
    void aResetByTheBeheerderLiftsTheLock() {
        String naam = Testgebruikers.nieuw("Rita Reset");
        vergrendel(naam);
        String nieuw = given().post("/api/gebruikers/" + Testgebruikers.id(naam) + "/wachtwoord-herstel").then()
                .statusCode(200).extract().path("tijdelijkWachtwoord");
        assertEquals(303, inloggen(naam, nieuw).statusCode());
    }

    @Test
    void theBeheerderSeesALockedAccountAndLiftsItOnThePage() {
        String naam = Testgebruikers.nieuw("Paula Pagina");
        String anderen = Testgebruikers.nieuw("Niet Geblokkeerd");
        vergrendel(naam);

        Document beheer = Bezoeker.open("/beheer");
        Element regel = beheer.selectFirst("#blokkadelijst tr:has(th:containsOwn(" + naam + "))");
        assertNotNull(regel, "de geblokkeerde gebruiker staat op de beheerpagina");
        assertTrue(regel.text().contains("5"), regel.text());
        assertNull(beheer.selectFirst("#blokkadelijst tr:has(th:containsOwn(" + anderen + "))"));

        long id = Testgebruikers.id(naam);
        Response opgeheven = Bezoeker.verstuur(beheer, "form[action=/beheer/gebruikers/" + id + "/blokkade-opheffen]",
                java.util.Map.of());
        assertEquals("/beheer#blokkades", Bezoeker.doorverwezenNaar(opgeheven));
        assertNull(Bezoeker.open("/beheer").selectFirst("#blokkadelijst tr:has(th:containsOwn(" + naam + "))"));
        assertEquals(303, inloggen(naam, WACHTWOORD).statusCode());
    }

    @Test
    void theBeheerderSeesAndLiftsALockThroughTheApi() {
        String naam = Testgebruikers.nieuw("Api Blokkade");
        vergrendel(naam);
        long id = Testgebruikers.id(naam);
        given().get("/api/gebruikers/blokkades").then().statusCode(200)
                .body("gebruikersnaam", hasItem(naam))
                .body("find { it.gebruikersnaam == '" + naam + "' }.gebruikerId", equalTo((int) id))
                .body("find { it.gebruikersnaam == '" + naam + "' }.mislukt", equalTo(5))
                .body("find { it.gebruikersnaam == '" + naam + "' }.geblokkeerdeAdressen", equalTo(1));
        given().delete("/api/gebruikers/" + id + "/blokkade").then().statusCode(204);
        given().get("/api/gebruikers/blokkades").then().statusCode(200).body("gebruikersnaam", not(hasItem(naam)));
        given().delete("/api/gebruikers/987654321/blokkade").then().statusCode(404);
        assertEquals(303, inloggen(naam, WACHTWOORD).statusCode());
    }

    /** An API client sends its password with every request: once it is verified, no failures are counted for it. */
    @Test
    void aRememberedApiLoginCountsNoFailures() {
        String naam = Testgebruikers.nieuw("Herinnerde Klant");
        assertInstanceOf(Aanmelding.Gelukt.class, aanmelding.metBasic(naam, WACHTWOORD, "10.4.4.4"));
        long voor = Sqlteller.aantal();
        assertInstanceOf(Aanmelding.Gelukt.class, aanmelding.metBasic(naam, WACHTWOORD, "10.4.4.4"));
        assertEquals(1, Sqlteller.aantal() - voor, "only the user is read again, no count of failed attempts");
    }

    @Test
    void aLockedNameAtOneAddressIsNotLockedAtAnother() {
        String naam = Testgebruikers.nieuw("Twee Adressen");
        for (int i = 1; i <= 5; i++) {
            assertEquals(new Aanmelding.Geweigerd(Aanmelding.Reden.ONJUIST),
                    aanmelding.metWachtwoord(naam, "fout-" + i, "10.5.5.1"));
        }
        assertEquals(Aanmelding.Reden.TE_VEEL_VOOR_NAAM,
                ((Aanmelding.Geweigerd) aanmelding.metWachtwoord(naam, WACHTWOORD, "10.5.5.1")).reden());
        assertInstanceOf(Aanmelding.Gelukt.class, aanmelding.metWachtwoord(naam, WACHTWOORD, "10.5.5.2"));
        // the locked address stays locked: the success elsewhere does not lift it
        assertEquals(Aanmelding.Reden.TE_VEEL_VOOR_NAAM,
                ((Aanmelding.Geweigerd) aanmelding.metWachtwoord(naam, WACHTWOORD, "10.5.5.1")).reden());
        List.of("10.5.5.3", "10.5.5.4").forEach(adres ->
                assertInstanceOf(Aanmelding.Gelukt.class, aanmelding.metWachtwoord(naam, WACHTWOORD, adres)));
    }
}
