package nl.regiebord.security;

import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import nl.regiebord.opslag.Rij;

/** A login attempt, by the username as typed (known or not) and the address it came from. */
@Entity
@Table(name = "aanmeldpoging")
@SequenceGenerator(sequenceName = "aanmeldpoging_seq")
public class Aanmeldpoging extends Rij {

    public String gebruikersnaam;
    public String adres;
    public Instant tijdstip;
    public boolean gelukt;

    /**
     * The failed attempts since a moment that bear on one attempt: for this name from this address, from this
     * address, for this name, and the last one for this name (null when there is none).
     */
    public record Mislukkingen(long vanHier, long vanAdres, long voorNaam, Instant laatsteVoorNaam) {
    }

    /** The failed attempts of one name from one address since a moment, and the last of them. */
    public record PerNaamEnAdres(String gebruikersnaam, long mislukt, Instant laatste) {
    }

    /** Every count of failures that decides on an attempt, in one query, apart from one attempt (when not null). */
    public static Mislukkingen mislukkingen(String naam, String adres, Instant sinds, Long behalve) {
        TypedQuery<Object[]> telling = getEntityManager().createQuery("select "
                        + "coalesce(sum(case when a.gebruikersnaam = ?1 and a.adres = ?2 then 1 else 0 end), 0), "
                        + "coalesce(sum(case when a.adres = ?2 then 1 else 0 end), 0), "
                        + "coalesce(sum(case when a.gebruikersnaam = ?1 then 1 else 0 end), 0), "
                        + "max(case when a.gebruikersnaam = ?1 then a.tijdstip end) from Aanmeldpoging a "
                        + "where a.gelukt = false and a.tijdstip > ?3 and (a.gebruikersnaam = ?1 or a.adres = ?2) "
                        + (behalve == null ? "" : "and a.id <> ?4"), Object[].class)
                .setParameter(1, naam).setParameter(2, adres).setParameter(3, sinds);
        if (behalve != null) {
            telling.setParameter(4, behalve);
        }
        Object[] mislukt = telling.getSingleResult();
        return new Mislukkingen(((Number) mislukt[0]).longValue(), ((Number) mislukt[1]).longValue(),
                ((Number) mislukt[2]).longValue(), (Instant) mislukt[3]);
    }

    /** The failed attempts since a moment, per name and address. */
    public static List<PerNaamEnAdres> mislukkingenPerNaamEnAdres(Instant sinds) {
        return getEntityManager().createQuery("select a.gebruikersnaam, count(a), max(a.tijdstip) "
                        + "from Aanmeldpoging a where a.gelukt = false and a.tijdstip > ?1 "
                        + "group by a.gebruikersnaam, a.adres", Object[].class)
                .setParameter(1, sinds).getResultStream()
                .map(r -> new PerNaamEnAdres((String) r[0], ((Number) r[1]).longValue(), (Instant) r[2])).toList();
    }

    /** Forgets the attempts from before a moment. */
    public static void vergeetVoor(Instant moment) {
        delete("tijdstip < ?1", moment);
    }

    /** Forgets this name's attempts from this address. */
    public static void vergeet(String gebruikersnaam, String adres) {
        delete("gebruikersnaam = ?1 and adres = ?2", gebruikersnaam, adres);
    }

    /** Forgets this name's attempts from every address. */
    public static void vergeet(String gebruikersnaam) {
        delete("gebruikersnaam", gebruikersnaam);
    }
}
