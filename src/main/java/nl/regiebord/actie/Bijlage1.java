package nl.regiebord.actie;


import java.time.LocalDate;
import java.util.List;
import nl.regiebord.export.Werkmapdownload;

/**
 * Everything the Bijlage 1 workbook shows, read in one transaction before the first byte is written; every
 * derived value ('te laat', progress, decision texts) comes from the domain as it is.
 *
 * @param acties  the plan's actions in the model's order, with steps and (samenwerkingsverband) decisions
 * @param stappen which actions' steps the checklist lists
 */
public record Bijlage1(String plannaam, List<String> gemeenten, boolean samenwerkingsverband,
                       LocalDate inwerkingtreding, String modelversie, LocalDate exportdatum,
                       List<ThemaVoortgang> voortgang, ThemaVoortgang totaal, List<ActieJson> acties,
                       Stappenkeuze stappen) implements Werkmapdownload.Inhoud {
}
