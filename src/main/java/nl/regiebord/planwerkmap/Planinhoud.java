package nl.regiebord.planwerkmap;

import java.time.LocalDate;
import nl.regiebord.actie.Bijlage1;
import nl.regiebord.export.Werkmapdownload;
import nl.regiebord.product.Productenexport;
import nl.regiebord.projectkaart.Kaartexport;
import nl.regiebord.risico.Risicoexport;
import nl.regiebord.stakeholder.Stakeholderexport;

/** Everything the workbook of the whole plan shows: what each part's own export reads, read in one transaction. */
public record Planinhoud(Bijlage1 bijlage1, Productenexport.Gegevens producten, Kaartexport.Gegevens kaarten,
                         Risicoexport.Gegevens risicos, Stakeholderexport.Gegevens stakeholders)
        implements Werkmapdownload.Inhoud {

    @Override
    public String plannaam() {
        return bijlage1.plannaam();
    }

    @Override
    public LocalDate exportdatum() {
        return bijlage1.exportdatum();
    }
}
