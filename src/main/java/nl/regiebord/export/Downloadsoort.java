package nl.regiebord.export;

/**
 * What a workbook download is, the first part of its file name ({@code Risicoregister-Weert-2026-11-23.xlsx}):
 * one list, so every download is named by the same rule.
 */
public enum Downloadsoort {
    BIJLAGE1("Bijlage1"),
    PLAN("Plan"),
    RISICOREGISTER("Risicoregister"),
    STAKEHOLDERS("Stakeholders"),
    PROJECTKAARTEN("Projectkaarten"),
    PRODUCTEN("Producten"),
    STUURGROEP("Stuurgroep");

    private final String naam;

    Downloadsoort(String naam) {
        this.naam = naam;
    }

    public String naam() {
        return naam;
    }
}
