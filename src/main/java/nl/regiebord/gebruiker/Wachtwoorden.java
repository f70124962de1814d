package nl.regiebord.gebruiker;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import nl.regiebord.api.Invoer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The password rules (at least 12 characters, not the username or containing it, not a known common or breached
 * password: {@link BekendeWachtwoorden}) and the bcrypt hash. bcrypt reads only the first 72 bytes, so the password is first reduced
 * to its SHA-256 digest: a long passphrase counts in full.
 */
@ApplicationScoped
public class Wachtwoorden {

    public static final int MINIMUM = 12;
    public static final int MAXIMUM = 1000;
    /** How long a password given by a beheerder works before the user has chosen their own. */
    public static final Duration TIJDELIJK_GELDIG = Duration.ofDays(7);

    private static final String TEKENS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom TOEVAL = new SecureRandom();

    /** Work factor: 12 in production; tests lower it by configuration to stay fast. */
    @ConfigProperty(name = "regiebord.wachtwoord.kosten", defaultValue = "12")
    int kosten;

    private volatile String schijnHash;

    /** Checks a new password of this user in a field of the input; the message names the field. */
    public void controleer(Invoer invoer, String veld, String wachtwoord, String gebruikersnaam) {
        bezwaar(wachtwoord, gebruikersnaam).ifPresent(melding -> invoer.fout(veld, melding));
    }

    /** What is wrong with a new password for this user, in words for the field; empty when it may be used. */
    public static Optional<String> bezwaar(String wachtwoord, String gebruikersnaam) {
        String naam = Gebruiker.genormaliseerd(gebruikersnaam);
        if (wachtwoord == null || wachtwoord.isEmpty()) {
            return Optional.of("vul een wachtwoord in");
        } else if (wachtwoord.codePointCount(0, wachtwoord.length()) < MINIMUM) {
            return Optional.of("een wachtwoord heeft minstens " + MINIMUM + " tekens");
        } else if (wachtwoord.length() > MAXIMUM) {
            return Optional.of("een wachtwoord heeft hoogstens " + MAXIMUM + " tekens");
        } else if (wachtwoord.isBlank()) {
            return Optional.of("een wachtwoord bestaat niet alleen uit spaties");
        } else if (naam != null && !naam.isEmpty() && wachtwoord.toLowerCase(Locale.ROOT).contains(naam)) {
            return Optional.of("een wachtwoord mag je gebruikersnaam niet bevatten");
        } else if (BekendeWachtwoorden.lijst().bevat(wachtwoord)) {
            return Optional.of("dit wachtwoord staat op een lijst van veelgebruikte en uitgelekte wachtwoorden; "
                    + "kies een ander");
        }
        return Optional.empty();
    }

    public String hash(String wachtwoord) {
        return BCrypt.withDefaults().hashToString(kosten, voorbewerkt(wachtwoord).toCharArray());
    }

    public boolean klopt(String wachtwoord, String hash) {
        if (wachtwoord == null || wachtwoord.length() > MAXIMUM || hash == null) {
            return false;
        }
        return BCrypt.verifyer().verify(voorbewerkt(wachtwoord).toCharArray(), hash).verified;
    }

    /** Spends the same time as a real check, so an unknown username cannot be told from a wrong password. */
    public void schijnControle(String wachtwoord) {
        if (schijnHash == null) {
            schijnHash = hash("schijnwachtwoord-" + TOEVAL.nextLong());
        }
        klopt(wachtwoord == null ? "" : wachtwoord, schijnHash);
    }

    /** A password for a new account or a reset: 20 characters without look-alikes (0/O, 1/l), within the rules. */
    public static String willekeurig(String gebruikersnaam) {
        while (true) {
            StringBuilder wachtwoord = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                wachtwoord.append(TEKENS.charAt(TOEVAL.nextInt(TEKENS.length())));
            }
            if (bezwaar(wachtwoord.toString(), gebruikersnaam).isEmpty()) {
                return wachtwoord.toString();
            }
        }
    }

    private static String voorbewerkt(String wachtwoord) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(wachtwoord.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException onmogelijk) {
            throw new IllegalStateException(onmogelijk);
        }
    }
}
