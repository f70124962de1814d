package nl.regiebord.stakeholder;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;
import nl.regiebord.historie.Historie;
import nl.regiebord.security.HuidigeGebruiker;
import nl.regiebord.toegang.Persoon;

/** A stakeholder's contact log: what was logged moves the next contact's due day. */
@ApplicationScoped
@Transactional
public class ContactService {

    static final Set<String> SCHRIJFBAAR = Set.of("datum", "door", "doorId", "vorm", "samenvatting");

    @Inject
    StakeholderService stakeholders;
    @Inject
    Historie historie;
    @Inject
    HuidigeGebruiker gebruiker;
    @Inject
    Clock klok;

    /** Newest first; with {@code verwijderd} the deleted entries instead. */
    public List<Contact> van(Long planId, Long stakeholderId, boolean verwijderd) {
        Stakeholder s = stakeholders.vind(planId, stakeholderId);
        return Contact.van(s, verwijderd);
    }

    public Contact vind(Long planId, Long stakeholderId, Long contactId) {
        Stakeholder s = stakeholders.vind(planId, stakeholderId);
        Contact c = contactId == null ? null : Contact.findById(contactId);
        if (c == null || !c.stakeholder.id.equals(s.id)) {
            throw ApiFout.nietGevonden("Stakeholder " + stakeholderId + " heeft geen contact met nummer " + contactId + ".");
        }
        return c;
    }

    /** Logs a contact; without 'door' it was the signed-in user, without 'datum' it was today. */
    public Contact voegToe(Long planId, Long stakeholderId, JsonNode body) {
        Stakeholder s = stakeholders.vind(planId, stakeholderId);
        Invoer invoer = Invoer.van(body);
        invoer.alleen(SCHRIJFBAAR, Invoer.metVersie(Set.of("id", "stakeholderId", "verwijderd")));
        LocalDate datum = invoer.datum("datum", false);
        Persoon door = Persoon.lees(invoer, "door", "doorId", s.plan.id, Persoon.NIEMAND, false, Stakeholder.MAX_NAAM);
        Communicatie vorm = invoer.keuze("vorm", Communicatie.class, false);
        String samenvatting = invoer.tekst("samenvatting", false, Contact.MAX_SAMENVATTING);
        LocalDate vandaag = LocalDate.now(klok);
        if (datum != null && datum.isAfter(vandaag)) {
            invoer.fout("datum", "ligt in de toekomst; leg een contact vast als het er is geweest");
        }
        invoer.controleer();
        if (!s.isActief()) {
            throw ApiFout.regel("Stakeholder " + s.id + " is " + (s.verwijderd ? "verwijderd" : "samengevoegd in stakeholder "
                    + s.samengevoegdIn) + "; leg het contact daar vast.");
        }
        Contact c = new Contact();
        c.stakeholder = s;
        c.datum = datum != null ? datum : vandaag;
        if (door.naam() != null) {
            c.door = door.naam();
            c.doorId = door.id();
        } else {
            c.door = gebruiker.naam();
            c.doorId = gebruiker.id();
        }
        c.vorm = vorm;
        c.samenvatting = samenvatting;
        c.aangemaakt = Instant.now(klok);
        c.persist();
        historie.leg(s.plan.id, Historie.STAKEHOLDER, s.id, "contact", null,
                c.datum + " door " + c.door + (vorm == null ? "" : " (" + vorm.tekst() + ")"), null);
        c.flush();
        return c;
    }

    public void verwijder(Long planId, Long stakeholderId, Long contactId) {
        Contact c = vind(planId, stakeholderId, contactId);
        if (!c.verwijderd) {
            historie.leg(c.stakeholder.plan.id, Historie.STAKEHOLDER, c.stakeholder.id, "contact verwijderd", null,
                    c.datum + " door " + c.door, null);
            c.verwijderd = true;
            c.flush();
        }
    }

    public Contact herstel(Long planId, Long stakeholderId, Long contactId) {
        Contact c = vind(planId, stakeholderId, contactId);
        if (c.verwijderd) {
            historie.leg(c.stakeholder.plan.id, Historie.STAKEHOLDER, c.stakeholder.id, "contact hersteld", null,
                    c.datum + " door " + c.door, null);
            c.verwijderd = false;
            c.flush();
        }
        return c;
    }
}
