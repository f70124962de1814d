package nl.regiebord.stakeholder;

import java.time.LocalDate;

/** One entry of a contact log as the API shows it. */
public record ContactJson(Long id, Long stakeholderId, LocalDate datum, String door, Long doorId, Communicatie vorm,
                          String samenvatting, boolean verwijderd, long version) {

    static ContactJson van(Contact c) {
        return new ContactJson(c.id, c.stakeholder.id, c.datum, c.door, c.doorId, c.vorm, c.samenvatting,
                c.verwijderd, c.version);
    }
}
