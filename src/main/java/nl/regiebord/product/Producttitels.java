package nl.regiebord.product;

import jakarta.inject.Singleton;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.Onderwerptitels;

/** Names changed products in the recent changes by their name. */
@Singleton
public class Producttitels extends Onderwerptitels {

    Producttitels() {
        super(Historie.PRODUCT, Planproduct::namen);
    }
}
