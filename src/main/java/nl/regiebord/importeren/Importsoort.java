package nl.regiebord.importeren;

import java.util.List;
import java.util.Optional;
import nl.regiebord.api.Invoer;

/**
 * One kind of sheet Regiebord exports and takes back: which sheet, which columns map to which writable fields,
 * how to look up a record of the plan and how to change it through the rules of its own service. Everything else
 * (reading the file safely, finding columns by their header, conflicts, the one transaction, the report) is the
 * same for every kind and lives in {@link Importeur}.
 */
public interface Importsoort {

    /** Where the sheet comes back on the pages and how they speak of it. */
    Uploadplek plek();

    /** The name of the sheet to read, as the export writes it. */
    String bladnaam();

    /** The columns the import reads, besides the hidden id and version. */
    List<Importveld> velden();

    /** The record with this id in this plan, as the import compares it; empty when the plan has no such record. */
    Optional<Stand> stand(Long planId, long id);

    /**
     * Changes the record through its service, so every rule of the API applies; the history must record
     * {@link Importeur#BRON} as the source.
     */
    void wijzig(Long planId, long id, Invoer invoer);

    /** A record as it is now: a name to show in the report, its version and its fields' values as text. */
    record Stand(String omschrijving, long versie, java.util.Map<String, String> waarden) {
    }
}
