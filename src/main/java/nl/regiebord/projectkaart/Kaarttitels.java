package nl.regiebord.projectkaart;

import jakarta.inject.Singleton;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.Onderwerptitels;

/** Names changed project cards in the recent changes by their title. */
@Singleton
public class Kaarttitels extends Onderwerptitels {

    Kaarttitels() {
        super(Historie.PROJECTKAART, Projectkaart::titels);
    }
}
