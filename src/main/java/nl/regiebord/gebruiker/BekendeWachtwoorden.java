package nl.regiebord.gebruiker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Common and breached passwords, which nobody may choose. The list is the one the password-strength library
 * zxcvbn ships (about 30 000 passwords, most frequent first, from leaked password collections), read from the
 * jar of its Java port {@code com.nulab-inc:zxcvbn}; Regiebord uses only the list, not the library.
 */
public final class BekendeWachtwoorden {

    static final String BRON = "com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";
    private static final BekendeWachtwoorden LIJST = laad();

    private final Set<String> wachtwoorden;

    private BekendeWachtwoorden(Set<String> wachtwoorden) {
        this.wachtwoorden = wachtwoorden;
    }

    public static BekendeWachtwoorden lijst() {
        return LIJST;
    }

    /** Case does not matter: "Qwerty123456" is as well known as "qwerty123456". */
    public boolean bevat(String wachtwoord) {
        return wachtwoorden.contains(wachtwoord.toLowerCase(Locale.ROOT));
    }

    public int aantal() {
        return wachtwoorden.size();
    }

    private static BekendeWachtwoorden laad() {
        InputStream bron = BekendeWachtwoorden.class.getClassLoader().getResourceAsStream(BRON);
        if (bron == null) {
            throw new IllegalStateException("De lijst van bekende wachtwoorden (" + BRON + ") ontbreekt.");
        }
        Set<String> wachtwoorden = new HashSet<>(40_000);
        try (BufferedReader regels = new BufferedReader(new InputStreamReader(bron, StandardCharsets.UTF_8))) {
            regels.lines().map(String::strip).filter(r -> !r.isEmpty())
                    .forEach(r -> wachtwoorden.add(r.toLowerCase(Locale.ROOT)));
        } catch (IOException onleesbaar) {
            throw new IllegalStateException("De lijst van bekende wachtwoorden is niet te lezen.", onleesbaar);
        }
        return new BekendeWachtwoorden(Set.copyOf(wachtwoorden));
    }
}
