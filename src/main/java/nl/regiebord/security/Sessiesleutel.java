package nl.regiebord.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The key that signs session cookies and CSRF tokens. From configuration ({@code REGIEBORD_SESSIE_SLEUTEL}) when
 * set; otherwise made once and kept in the database, so every instance on the same database shares it and a
 * restart does not sign everyone out.
 */
@ApplicationScoped
public class Sessiesleutel {

    private static final Logger LOG = Logger.getLogger(Sessiesleutel.class);
    private static final String INSTELLING = "sessiesleutel";
    public static final int MINIMUM = 32;

    @ConfigProperty(name = "regiebord.sessie.sleutel")
    Optional<String> geconfigureerd;

    @Inject
    EntityManager em;

    private volatile byte[] sleutel;

    /** At start, within the start-up transaction ({@code Opstart}), which keeps two instances from each making one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void laad() {
        Optional<String> gegeven = geconfigureerd.filter(s -> !s.isBlank());
        if (gegeven.isPresent() && gegeven.get().length() < MINIMUM) {
            // a short key can be guessed, and then anyone can sign a session cookie for any user
            throw new IllegalStateException("REGIEBORD_SESSIE_SLEUTEL is te kort (" + gegeven.get().length()
                    + " tekens): gebruik minstens " + MINIMUM + " willekeurige tekens, bijvoorbeeld de uitvoer van "
                    + "'openssl rand -base64 48', of laat hem weg; dan maakt Regiebord er zelf een.");
        }
        sleutel = gegeven.map(Sessiesleutel::afgeleid).orElseGet(() -> afgeleid(uitDatabase()));
    }

    /** HMAC-SHA256 of the text under the key, base64url without padding. */
    public String teken(String tekst) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException onmogelijk) {
            throw new IllegalStateException(onmogelijk);
        }
    }

    /** Compares in constant time, so the signature cannot be guessed byte by byte. */
    public boolean klopt(String tekst, String handtekening) {
        return handtekening != null && MessageDigest.isEqual(teken(tekst).getBytes(StandardCharsets.US_ASCII),
                handtekening.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] sleutel() {
        if (sleutel == null) {
            throw new IllegalStateException("De sessiesleutel is nog niet geladen.");
        }
        return sleutel;
    }

    private static byte[] afgeleid(String geheim) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(geheim.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException onmogelijk) {
            throw new IllegalStateException(onmogelijk);
        }
    }

    private String uitDatabase() {
        Optional<String> bestaand = lees();
        if (bestaand.isPresent()) {
            return bestaand.get();
        }
        byte[] nieuw = new byte[32];
        new SecureRandom().nextBytes(nieuw);
        String waarde = Base64.getEncoder().encodeToString(nieuw);
        em.createNativeQuery("insert into instelling (naam, waarde) values (?1, ?2)")
                .setParameter(1, INSTELLING).setParameter(2, waarde).executeUpdate();
        LOG.info("Een nieuwe sessiesleutel is gemaakt en in de database bewaard.");
        return waarde;
    }

    @SuppressWarnings("unchecked")
    private Optional<String> lees() {
        return em.createNativeQuery("select waarde from instelling where naam = ?1").setParameter(1, INSTELLING)
                .getResultStream().findFirst().map(String::valueOf);
    }
}
