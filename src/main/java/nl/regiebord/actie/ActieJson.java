package nl.regiebord.actie;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import nl.regiebord.modelplan.Besluitorgaan;
import nl.regiebord.modelplan.Fase;

/**
 * An action as the API shows it, with its steps and, in a samenwerkingsverband, its decisions per gemeente.
 * {@code aandachtspunten} is only filled for a single action. {@code eigenAanvulling} says what of a model action is
 * Regiebord's own rather than the model's (the fase and name of the steps of § 2.5), and what the model says.
 */
public record ActieJson(Long id, String thema, String themaNaam, String onderdeel, String onderdeelNaam, Fase fase,
                        String actie, LocalDate deadline, LocalDate start, boolean deadlineHandmatig,
                        LocalDate modelDeadline, String modelDeadlineTekst, ActieStatus status,
                        String verantwoordelijke, Long verantwoordelijkeId, String toelichting, boolean teLaat,
                        boolean eigen,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String eigenAanvulling, List<StapJson> stappen,
                        @JsonInclude(JsonInclude.Include.NON_NULL) BesluitStand besluitStand,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<BesluitJson> besluiten,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> aandachtspunten,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Herkomst herkomst, long version) {

    /** Where an own action came from, e.g. an actiepunt of a stuurgroep meeting, with the page that shows it. */
    public record Herkomst(String tekst, String pad) {
    }

    public record StapJson(Long id, int volgorde, String kop, String tekst, List<String> punten, boolean afgevinkt,
                           long version) {

        static StapJson van(PlanStap stap) {
            return new StapJson(stap.id, stap.volgorde, stap.kop, stap.tekst, stap.puntenLijst(), stap.afgevinkt,
                    stap.version);
        }
    }

    public record BesluitJson(Long id, String gemeente, BesluitStatus status, LocalDate datum, Besluitorgaan orgaan,
                              String toelichting, long version) {

        static BesluitJson van(Besluit besluit) {
            return new BesluitJson(besluit.id, besluit.gemeente, besluit.status, besluit.datum, besluit.orgaan,
                    besluit.toelichting, besluit.version);
        }
    }

    /** "2 van 3 gemeenten" and who has not decided yet. */
    public record BesluitStand(int besloten, int totaal, String tekst, List<String> nogOpen) {
    }
}
