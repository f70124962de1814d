package nl.regiebord.stakeholder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A herijking as the API shows it: per stakeholder the scores before and after, and the reason of a change. */
public record HerijkingJson(Long id, LocalDate datum, List<String> aanwezigen, Instant tijdstip, String vastgelegdDoor,
                            List<ScoreJson> scores, long version) {

    public record ScoreJson(Long stakeholder, String naam, Stakeholderniveau oudBelang, Stakeholderniveau oudInvloed, Stakeholderniveau belang,
                            Stakeholderniveau invloed, Kwadrant oudKwadrant, Kwadrant kwadrant, boolean gewijzigd, String reden) {

        static ScoreJson van(Herscoring h) {
            Stakeholder s = Stakeholder.findById(h.stakeholderId);
            return new ScoreJson(h.stakeholderId, s.naam, h.oudBelang, h.oudInvloed, h.belang, h.invloed,
                    Kwadrant.van(h.oudBelang, h.oudInvloed), Kwadrant.van(h.belang, h.invloed), h.isGewijzigd(), h.reden);
        }
    }
}
