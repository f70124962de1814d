package nl.regiebord.importeren;

import java.util.List;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.VeldFout;

/** What is wrong in one cell of the file. */
record Importfout(Cel cel, String melding, List<String> toegestaan) {

    Importfout(Cel cel, String melding) {
        this(cel, melding, null);
    }

    VeldFout alsVeldfout() {
        return new VeldFout(cel.verwijzing(), cel.omschrijving() + ": " + melding, toegestaan);
    }

    /** The whole import refused: 400 listing every cell at fault, nothing changed. */
    static ApiFout weigering(List<Importfout> fouten) {
        String detail = fouten.size() == 1
                ? "Er is niets geïmporteerd: " + fouten.get(0).cel().omschrijving() + ": " + fouten.get(0).melding() + "."
                : "Er is niets geïmporteerd: het bestand bevat " + fouten.size() + " fouten. Herstel ze en probeer "
                + "het opnieuw.";
        return new ApiFout(400, detail, fouten.stream().map(Importfout::alsVeldfout).toList(), null);
    }
}
