package nl.regiebord.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The usernames that failed logins hold back, as the beheerder sees them ({@link Aanmelding}), and lifting that. */
@ApplicationScoped
@Transactional
public class Blokkades {

    /**
     * @param mislukt              failed attempts within the window, from all addresses
     * @param adressen             the addresses they came from
     * @param geblokkeerdeAdressen of those, the addresses locked for this name
     * @param tot                  when the last of it has passed at the latest, unless there are more failures
     */
    public record Blokkade(long mislukt, long adressen, long geblokkeerdeAdressen, Instant tot) {

        public boolean vertraagd() {
            return mislukt >= Aanmelding.VERTRAGEN_NA;
        }
    }

    /** Per username (known or not): a lock from at least one address, or the name slowed down. */
    public Map<String, Blokkade> huidige() {
        Map<String, Blokkade> perNaam = new HashMap<>();
        Aanmeldpoging.mislukkingenPerNaamEnAdres(Clock.systemUTC().instant().minus(Aanmelding.VENSTER))
                .forEach(paar -> {
                    long mislukt = paar.mislukt();
                    Blokkade vanHier = new Blokkade(mislukt, 1, mislukt >= Aanmelding.MAX_PER_NAAM_EN_ADRES ? 1 : 0,
                            paar.laatste().plus(Aanmelding.VENSTER));
                    perNaam.merge(paar.gebruikersnaam(), vanHier, (a, b) -> new Blokkade(a.mislukt() + b.mislukt(),
                            a.adressen() + b.adressen(), a.geblokkeerdeAdressen() + b.geblokkeerdeAdressen(),
                            a.tot().isAfter(b.tot()) ? a.tot() : b.tot()));
                });
        perNaam.values().removeIf(b -> b.geblokkeerdeAdressen() == 0 && !b.vertraagd());
        return perNaam;
    }

    /** Forgets the name's failed attempts from every address: its locks and its slowing down end. */
    public void hefOp(String gebruikersnaam) {
        Aanmeldpoging.vergeet(gebruikersnaam);
    }
}
