package nl.regiebord.gebruiker;

import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.regiebord.opslag.Rij;

/** Someone who signs in. What they may do depends on their role in each plan; a beheerder also manages users. */
@Entity
@Table(name = "gebruiker")
@SequenceGenerator(sequenceName = "gebruiker_seq")
public class Gebruiker extends Rij {

    /** Lower case; what is typed at login. */
    public String gebruikersnaam;
    /** The name everyone else sees ("Fatima el Amrani"), in history and on actions. */
    public String naam;
    public String email;
    public String wachtwoordHash;
    public boolean beheerder;
    public boolean actief;
    /** Raised on a password change or block, which ends every session made before it. */
    public int sessieversie;
    /** Set while the password is one a beheerder gave (new user, reset): it must be changed, and works until then. */
    public Instant tijdelijkWachtwoordTot;
    public Instant aangemaakt;

    @Version
    public long version;

    public static String genormaliseerd(String gebruikersnaam) {
        return gebruikersnaam == null ? null : gebruikersnaam.strip().toLowerCase(Locale.ROOT);
    }

    /** The active users by name. */
    public static List<Gebruiker> actieve() {
        return list("actief = true order by naam");
    }

    public static Optional<Gebruiker> metNaam(String gebruikersnaam) {
        return find("gebruikersnaam", genormaliseerd(gebruikersnaam)).firstResultOptional();
    }

    /** The users with this username (at most one), as a list for a filtered overview. */
    public static List<Gebruiker> metGebruikersnaam(String gebruikersnaam) {
        return list("gebruikersnaam = ?1", genormaliseerd(gebruikersnaam));
    }

    /** Every user, by name. */
    public static List<Gebruiker> opNaam() {
        return list("order by naam, id");
    }

    /** The users with one of these usernames, by name. */
    public static List<Gebruiker> metGebruikersnamen(java.util.Collection<String> gebruikersnamen) {
        return list("gebruikersnaam in ?1 order by naam, id", gebruikersnamen);
    }

    /** The active beheerder that came first; null when there is none. */
    public static Gebruiker eersteActieveBeheerder() {
        return find("beheerder = true and actief = true order by id").firstResult();
    }
}
