package nl.regiebord.proefdata;

import java.util.List;

/** The words of the test data: what a project group would write, in the model's own terms. */
final class Proefteksten {

    record Risicotekst(String categorie, String omschrijving, String maatregel) {
    }

    record Kaarttekst(String thema, String titel, String aanleiding, String doel, String aanpak, List<String> mijlpalen) {
    }

    static final List<Risicotekst> RISICOS = List.of(
            new Risicotekst("strategisch", "Veranderingen in lagere regelgeving hebben impact op de uitvoering.",
                    "Wijzigingen volgen via Divosa en de VNG; de projectgroep bespreekt ze maandelijks."),
            new Risicotekst("operationeel", "Onvoldoende kennis in huis voor de voorbereiding en uitvoering van de wetgeving.",
                    "Opleidingsplan voor klantmanagers; kennis delen in de regio."),
            new Risicotekst("strategisch", "De regionale samenwerking is bestuurlijk niet voldoende geborgd.",
                    "Bestuurlijk overleg per kwartaal en een samenwerkingsovereenkomst."),
            new Risicotekst("operationeel", "Implementatie vraagt veel van de organisatie; onderbezetting in de huidige processen.",
                    "Tijdelijke inhuur en een heldere planning per team."),
            new Risicotekst("operationeel", "Er zijn onvoldoende mensen en middelen beschikbaar binnen de organisatie.",
                    "Capaciteit vastleggen in de begroting; prioriteiten met het MT afstemmen."),
            new Risicotekst("operationeel", "Onduidelijkheid over de koppeling van het lokale systeem met het TVS van het COA.",
                    "Vroeg testen met de leverancier en aansluiten bij de landelijke werkgroep."),
            new Risicotekst("operationeel", "Projectkaarten worden niet tijdig afgerond.",
                    "Voortgang per kaart in elke projectgroep; de projectmanager spreekt trekkers aan."),
            new Risicotekst("financieel", "Budgetten komen te laat of niet beschikbaar.",
                    "Voorfinanciering afspreken met de afdeling financiën."),
            new Risicotekst("financieel", "Onduidelijkheid over het budget voor de voorbereidings- en programmakosten.",
                    "Meerjarenraming opstellen en tussentijds bijstellen."),
            new Risicotekst("financieel", "Het budget is te laag voor de gewenste uitvoering.",
                    "Scenario's uitwerken en keuzes voorleggen aan het college."),
            new Risicotekst("strategisch", "Reputatieschade doordat het proces in de uitvoering niet goed verloopt.",
                    "Klachtenprocedure en klantreizen evalueren."),
            new Risicotekst("compliance", "De verordening is niet op tijd vastgesteld.",
                    "Concept vroeg agenderen bij college en raad."),
            new Risicotekst("compliance", "Gegevensuitwisseling met ketenpartners voldoet niet aan de AVG.",
                    "Verwerkersovereenkomsten en een DPIA met de privacy officer."),
            new Risicotekst("operationeel", "Taalaanbieders hebben te weinig plekken voor de leerroutes.",
                    "Marktconsultatie en afspraken over capaciteit in het contract."),
            new Risicotekst("operationeel", "De brede intake kost meer tijd dan begroot.",
                    "Werkproces vereenvoudigen en tolken tijdig inplannen."),
            new Risicotekst("financieel", "De aanbesteding valt duurder uit dan geraamd.",
                    "Raming laten toetsen en een reservepost opnemen."),
            new Risicotekst("strategisch", "Statushouders worden later gehuisvest dan gepland.",
                    "Afspraken met wooncorporaties over de taakstelling."),
            new Risicotekst("compliance", "Het PIP wordt niet binnen de wettelijke termijn vastgesteld.",
                    "Termijnbewaking in het systeem en een wekelijkse lijst."),
            new Risicotekst("operationeel", "Klantmanagers verlaten de organisatie tijdens de implementatie.",
                    "Werving starten en kennis vastleggen in werkinstructies."),
            new Risicotekst("financieel", "De uitvoeringskosten van de ontzorging worden onderschat.",
                    "Maandelijks monitoren en bijsturen in de kwartaalrapportage."),
            new Risicotekst("strategisch", "Werkgevers zijn te weinig betrokken bij de duale trajecten.",
                    "Werkgeversservicepunt betrekken bij de leerroutes."),
            new Risicotekst("operationeel", "Het ICT-systeem is niet op tijd geleverd.",
                    "Boeteclausule en een terugvalscenario met de leverancier."),
            new Risicotekst("compliance", "De beleidsregels sluiten niet aan op de verordening.",
                    "Juridische toets voor vaststelling."),
            new Risicotekst("strategisch", "De raad stelt andere prioriteiten dan het college.",
                    "Raadsinformatiebijeenkomst voor de besluitvorming."));

    static final List<Kaarttekst> KAARTEN = List.of(
            new Kaarttekst("beleid", "Verordening en beleidsregels",
                    "De Wet inburgering vraagt een verordening en beleidsregels van de gemeente.",
                    "De raad stelt de verordening vast voor de inwerkingtreding.",
                    "Concept met de regio, inspraak van de adviesraad, besluit in college en raad.",
                    List.of("Startnotitie vastgesteld", "Concept verordening", "Besluit raad")),
            new Kaarttekst("financien", "Begroting inburgering",
                    "De middelen voor inburgering moeten in de begroting landen.",
                    "Een sluitende meerjarenbegroting voor uitvoering en ontzorging.",
                    "Raming per leerroute, afstemming met financiën, opname in de kadernota.",
                    List.of("Raming gereed", "Kadernota", "Begroting vastgesteld")),
            new Kaarttekst("inkoop", "Inkoop leerroutes",
                    "De leerroutes en het taalaanbod worden ingekocht.",
                    "Contracten met taalaanbieders voor alle leerroutes.",
                    "Marktconsultatie, aanbesteding en gunning met de regio.",
                    List.of("Marktconsultatie", "Publicatie aanbesteding", "Gunning", "Contract getekend")),
            new Kaarttekst("werkprocessen", "Werkprocessen en ICT",
                    "Brede intake, PIP en ontzorging vragen nieuwe werkprocessen en een systeem.",
                    "Werkprocessen beschreven en het systeem ingericht en getest.",
                    "Procesplaten met de klantmanagers, inrichting met de leverancier, testen in ketentests.",
                    List.of("Procesplaten klaar", "Systeem ingericht", "Ketentest geslaagd")),
            new Kaarttekst("communicatie", "Communicatie en voorlichting",
                    "Inburgeraars, partners en medewerkers moeten weten wat er verandert.",
                    "Iedere doelgroep is op tijd en begrijpelijk geïnformeerd.",
                    "Communicatieplan, bijeenkomsten met partners, folders in eenvoudige taal.",
                    List.of("Communicatieplan", "Bijeenkomst partners", "Website bijgewerkt")));

    static final List<String> EXTRA_STAKEHOLDERS = List.of("Werkgevers in de regio", "Zorgverzekeraar",
            "Schuldhulpverlening", "Jongerenloket", "Moskee- en kerkbesturen", "Buurthuizen", "Sportverenigingen",
            "Statushoudersplatform");

    static final List<String> BELANGEN = List.of("Goede doorstroom naar werk en opleiding.",
            "Duidelijke afspraken over taken en gegevens.", "Voldoende capaciteit en financiering.",
            "Tijdige informatie over de nieuwe werkwijze.", "Een plek in de keten en erkenning van de eigen rol.");

    static final List<String> CONTACTEN = List.of("Kennismaking en uitleg van het plan.",
            "Afstemming over de planning.", "Overleg over capaciteit en de leerroutes.",
            "Terugkoppeling van de stand van zaken.", "Bespreking van knelpunten in de uitvoering.");

    static final List<String> TOELICHTINGEN = List.of("Loopt volgens planning.",
            "Wacht op input van de regio.", "Besproken in de projectgroep; vervolg afgesproken.",
            "Afgestemd met de buurgemeenten.", "Concept ligt bij de juristen.");

    private Proefteksten() {
    }
}
