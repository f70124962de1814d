package nl.regiebord.importeren;

import java.util.List;
import nl.regiebord.api.ApiFout;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** What every upload of a workbook sends, read the same way by each kind's API resource and page. */
public final class Uploadverzoek {

    /** The multipart field that carries the workbook. */
    public static final String BESTAND = "bestand";

    private Uploadverzoek() {
    }

    public static FileUpload verplicht(FileUpload bestand) {
        if (bestand == null || bestand.uploadedFile() == null) {
            throw ApiFout.ongeldig(BESTAND, "er is geen bestand meegestuurd: kies een Excel-werkmap (.xlsx) (via de API: "
                    + "het multipart-veld '" + BESTAND + "')");
        }
        return bestand;
    }

    /** The {@code dryRun} query parameter: absent or "false" applies, "true" only checks. */
    public static boolean proef(String dryRun) {
        if (dryRun == null || dryRun.isBlank() || dryRun.equals("false")) {
            return false;
        }
        if (dryRun.equals("true")) {
            return true;
        }
        throw ApiFout.ongeldig("dryRun", "moet true of false zijn", List.of("true", "false"));
    }
}
