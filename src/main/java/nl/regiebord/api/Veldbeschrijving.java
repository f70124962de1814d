package nl.regiebord.api;

/** The OpenAPI descriptions of fields that many request bodies share, written once. */
public final class Veldbeschrijving {

    public static final String VERSIE =
            "De versie die je las (uit de laatste GET of het laatste antwoord); een verouderde geeft 409 met de huidige "
                    + "stand.";
    public static final String VERANTWOORDELIJKE =
            "De verantwoordelijke: een naam; bij een lid van het plan liever verantwoordelijkeId.";
    public static final String VERANTWOORDELIJKE_ID =
            "Het gebruikersnummer van de verantwoordelijke, een lid van het plan.";

    private Veldbeschrijving() {
    }
}
