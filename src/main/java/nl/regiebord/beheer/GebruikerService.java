package nl.regiebord.beheer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;
import nl.regiebord.api.Versieconflict;
import nl.regiebord.gebruiker.Gebruiker;
import nl.regiebord.gebruiker.Wachtwoorden;
import nl.regiebord.security.Aanmelding;
import nl.regiebord.security.Blokkades;
import nl.regiebord.security.HuidigeGebruiker;

/** Users: made, changed and blocked by a beheerder; everyone changes their own password. */
@ApplicationScoped
@Transactional
public class GebruikerService {

    static final Set<String> ALLEEN_LEZEN = Set.of("id", "aangemaakt", "tijdelijkWachtwoord");
    private static final String NAAMPATROON = "[a-z0-9][a-z0-9._@-]{1,99}";

    @Inject
    Wachtwoorden wachtwoorden;
    @Inject
    HuidigeGebruiker huidige;
    @Inject
    Aanmelding aanmelding;
    @Inject
    Blokkades blokkades;

    public List<Gebruiker> lijst(String gebruikersnaam) {
        if (gebruikersnaam != null && !gebruikersnaam.isBlank()) {
            return Gebruiker.metGebruikersnaam(gebruikersnaam);
        }
        return Gebruiker.opNaam();
    }

    public Gebruiker vind(Long id) {
        Gebruiker gebruiker = id == null ? null : Gebruiker.findById(id);
        if (gebruiker == null) {
            throw ApiFout.nietGevonden("Er is geen gebruiker met nummer " + id + ".");
        }
        return gebruiker;
    }

    /** A new user; without a password in the input one is made, and answered once. */
    public GebruikerJson maak(Invoer invoer) {
        invoer.alleen(Set.of("gebruikersnaam", "naam", "email", "wachtwoord", "beheerder"),
                Invoer.metVersie(Set.of("id", "aangemaakt", "actief", "tijdelijkWachtwoord")));
        String gebruikersnaam = Gebruiker.genormaliseerd(invoer.tekst("gebruikersnaam", true, 100));
        String naam = invoer.tekst("naam", true, 200);
        String email = invoer.tekst("email", false, 200);
        String wachtwoord = invoer.onbewerkt("wachtwoord", false, Wachtwoorden.MAXIMUM);
        Boolean beheerder = invoer.waarheid("beheerder", false);
        if (gebruikersnaam != null && !gebruikersnaam.matches(NAAMPATROON)) {
            invoer.fout("gebruikersnaam", "gebruik 2 tot 100 kleine letters, cijfers of . _ @ - (zonder spaties)");
        } else if (gebruikersnaam != null && Gebruiker.metNaam(gebruikersnaam).isPresent()) {
            invoer.fout("gebruikersnaam", "deze gebruikersnaam is al in gebruik");
        }
        controleerEmail(invoer, email);
        if (wachtwoord != null) {
            wachtwoorden.controleer(invoer, "wachtwoord", wachtwoord, gebruikersnaam);
        }
        invoer.controleer();
        String gekozen = wachtwoord != null ? wachtwoord : Wachtwoorden.willekeurig(gebruikersnaam);
        Gebruiker gebruiker = new Gebruiker();
        gebruiker.gebruikersnaam = gebruikersnaam;
        gebruiker.naam = naam;
        gebruiker.email = email;
        gebruiker.wachtwoordHash = wachtwoorden.hash(gekozen);
        // the beheerder knows it, whoever chose it: it must be changed at the first login
        gebruiker.tijdelijkWachtwoordTot = Instant.now().plus(Wachtwoorden.TIJDELIJK_GELDIG);
        gebruiker.beheerder = Boolean.TRUE.equals(beheerder);
        gebruiker.actief = true;
        gebruiker.aangemaakt = Instant.now();
        gebruiker.persist();
        gebruiker.flush();
        return GebruikerJson.van(gebruiker, wachtwoord == null ? gekozen : null);
    }

    public Gebruiker wijzig(Long id, Invoer invoer) {
        Gebruiker gebruiker = vind(id);
        invoer.alleen(Set.of("naam", "email", "beheerder", "actief"), Set.of("id", "gebruikersnaam", "aangemaakt",
                "tijdelijkWachtwoord"));
        long versie = invoer.versie();
        String naam = invoer.heeft("naam") ? invoer.tekst("naam", true, 200) : gebruiker.naam;
        String email = invoer.heeft("email") ? invoer.tekst("email", false, 200) : gebruiker.email;
        boolean beheerder = invoer.waarheidOfHuidig("beheerder", gebruiker.beheerder);
        boolean actief = invoer.waarheidOfHuidig("actief", gebruiker.actief);
        controleerEmail(invoer, email);
        invoer.controleer();
        if (versie != gebruiker.version) {
            throw ApiFout.versieConflict(GebruikerJson.van(gebruiker));
        }
        boolean zelf = gebruiker.id.equals(huidige.id());
        if (zelf && (!beheerder || !actief)) {
            throw ApiFout.regel("Je kunt je eigen beheerdersrecht niet intrekken en jezelf niet blokkeren; "
                    + "laat dat een andere beheerder doen.");
        }
        gebruiker.naam = naam;
        gebruiker.email = email;
        gebruiker.beheerder = beheerder;
        if (gebruiker.actief && !actief) {
            gebruiker.sessieversie++;
            aanmelding.vergeet();
        }
        gebruiker.actief = actief;
        Versieconflict.schrijfOfWeiger(() -> GebruikerJson.van(Gebruiker.<Gebruiker>findById(id)));
        return gebruiker;
    }

    /**
     * A beheerder gives a user a new one-time password, which ends their sessions and lifts a lock after failed
     * logins; answered once.
     */
    public GebruikerJson herstelWachtwoord(Long id) {
        Gebruiker gebruiker = vind(id);
        String nieuw = Wachtwoorden.willekeurig(gebruiker.gebruikersnaam);
        gebruiker.wachtwoordHash = wachtwoorden.hash(nieuw);
        gebruiker.tijdelijkWachtwoordTot = Instant.now().plus(Wachtwoorden.TIJDELIJK_GELDIG);
        gebruiker.sessieversie++;
        aanmelding.vergeet();
        blokkades.hefOp(gebruiker.gebruikersnaam);
        gebruiker.flush();
        return GebruikerJson.van(gebruiker, nieuw);
    }

    /** The users that failed logins hold back now, by name. */
    public List<BlokkadeJson> blokkades() {
        Map<String, Blokkades.Blokkade> huidige = blokkades.huidige();
        if (huidige.isEmpty()) {
            return List.of();
        }
        return Gebruiker.metGebruikersnamen(huidige.keySet()).stream()
                .map(g -> BlokkadeJson.van(g, huidige.get(g.gebruikersnaam))).toList();
    }

    /** A beheerder lifts what failed logins hold against a user, from every address. */
    public void hefBlokkadeOp(Long id) {
        blokkades.hefOp(vind(id).gebruikersnaam);
    }

    /**
     * The signed-in user changes their own password; their other sessions end. Answers the user as it is now.
     * A wrong current password counts as a failed login (from {@code adres}), under the login's limits.
     */
    public Gebruiker wijzigEigenWachtwoord(Invoer invoer, String adres) {
        Gebruiker gebruiker = vind(huidige.vereist().id());
        invoer.alleen(Set.of("huidig", "nieuw"), Set.of());
        String huidig = invoer.onbewerkt("huidig", true, Wachtwoorden.MAXIMUM);
        String nieuw = invoer.onbewerkt("nieuw", false, Wachtwoorden.MAXIMUM);
        wachtwoorden.controleer(invoer, "nieuw", nieuw, gebruiker.gebruikersnaam);
        invoer.controleer();
        Optional<Aanmelding.Geweigerd> geweigerd = aanmelding.bevestig(gebruiker.gebruikersnaam, huidig, adres);
        if (geweigerd.isPresent()) {
            throw switch (geweigerd.get().reden()) {
                case ONJUIST -> ApiFout.ongeldig("huidig", "dit is niet je huidige wachtwoord");
                case VERLOPEN -> ApiFout.ongeldig("huidig", geweigerd.get().melding());
                default -> ApiFout.teVaak("huidig", geweigerd.get().melding(), geweigerd.get().wacht());
            };
        }
        if (nieuw.equals(huidig)) {
            throw ApiFout.ongeldig("nieuw", "kies een ander wachtwoord dan je huidige");
        }
        gebruiker.wachtwoordHash = wachtwoorden.hash(nieuw);
        gebruiker.tijdelijkWachtwoordTot = null;
        gebruiker.sessieversie++;
        aanmelding.vergeet();
        gebruiker.flush();
        return gebruiker;
    }

    private static void controleerEmail(Invoer invoer, String email) {
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            invoer.fout("email", "dit is geen e-mailadres");
        }
    }
}
