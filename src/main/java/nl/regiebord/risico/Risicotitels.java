package nl.regiebord.risico;

import jakarta.inject.Singleton;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.Onderwerptitels;

/** Names changed risks in the recent changes by their number and description. */
@Singleton
public class Risicotitels extends Onderwerptitels {

    Risicotitels() {
        super(Historie.RISICO, Risico::titels);
    }
}
