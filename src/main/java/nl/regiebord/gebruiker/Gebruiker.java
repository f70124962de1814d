package nl.regiebord.gebruiker;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Someone who signs in. What they may do depends on their role in each plan; a beheerder also manages users. */
@Entity
@Table(name = "gebruiker")
public class Gebruiker extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gebruiker_seq")
    @SequenceGenerator(name = "gebruiker_seq", sequenceName = "gebruiker_seq", allocationSize = 50)
    public Long id;

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
}
