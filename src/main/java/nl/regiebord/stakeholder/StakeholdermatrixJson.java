package nl.regiebord.stakeholder;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * The 4×4 grid of belang × invloed: sixteen cells, rows from invloed zeer hoog down to laag, within a row belang
 * from laag to zeer hoog, each with its quadrant. {@code peildatum}: as it stood at the end of that day;
 * {@code herijking}: the date of the last herijking movement is shown against.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StakeholdermatrixJson(LocalDate peildatum, LocalDate herijking, int aantal, List<Kwadranttelling> kwadranten,
                                    List<Cel> cellen) {

    public record Cel(Stakeholderniveau belang, Stakeholderniveau invloed, Kwadrant kwadrant, String kleur, int aantal,
                      List<StakeholderInCel> stakeholders) {
    }

    public record Kwadranttelling(Kwadrant kwadrant, String kleur, String omgang, int aantal) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StakeholderInCel(Long id, String naam, Stakeholdertype type, Beweging beweging) {
    }

    /** How a stakeholder moved since the last herijking: "was hoog/matig", or new in the grid. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Beweging(Stakeholderniveau wasBelang, Stakeholderniveau wasInvloed, Kwadrant wasKwadrant, String tekst) {
    }
}
