package nl.regiebord.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A login attempt, by the username as typed (known or not) and the address it came from. */
@Entity
@Table(name = "aanmeldpoging")
public class Aanmeldpoging extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "aanmeldpoging_seq")
    @SequenceGenerator(name = "aanmeldpoging_seq", sequenceName = "aanmeldpoging_seq", allocationSize = 50)
    public Long id;

    public String gebruikersnaam;
    public String adres;
    public Instant tijdstip;
    public boolean gelukt;
}
