package nl.regiebord.stakeholder;

import java.time.LocalDate;
import java.util.List;

/**
 * A stakeholder as the API shows it. kwadrant, kleur and omgang come from {@link Kwadrant} (null while unscored);
 * laatsteContact, volgendContact and contactTeLaat from {@link Contactplanning}. {@code samengevoegd} lists the
 * stakeholders merged into this one.
 */
public record StakeholderJson(Long id, String naam, Stakeholdertype type, String cluster, String belangen,
                              String wensenEisen, Stakeholderniveau belang, Stakeholderniveau invloed, Kwadrant kwadrant, String kleur,
                              String omgang, Frequentie frequentie, Communicatie communicatie,
                              String verantwoordelijke, Long verantwoordelijkeId, List<Long> actieIds,
                              LocalDate laatsteContact, LocalDate volgendContact, boolean contactTeLaat,
                              List<Samengevoegd> samengevoegd, Long samengevoegdIn, boolean verwijderd,
                              LocalDate herijktOp, long version) {

    public record Samengevoegd(Long id, String naam) {
    }

    static StakeholderJson van(Stakeholder s, Contactplanning.Stand contact, List<Samengevoegd> samengevoegd) {
        Kwadrant k = s.kwadrant();
        return new StakeholderJson(s.id, s.naam, s.type, s.cluster, s.belangen, s.wensenEisen, s.belang, s.invloed,
                k, k == null ? null : k.kleur(), k == null ? null : k.omgang(), s.frequentie, s.communicatie,
                s.verantwoordelijke, s.verantwoordelijkeId, List.copyOf(new java.util.TreeSet<>(s.actieIds)),
                contact.laatste(), contact.volgende(), contact.teLaat(), samengevoegd, s.samengevoegdIn,
                s.verwijderd, s.herijktOp, s.version);
    }
}
