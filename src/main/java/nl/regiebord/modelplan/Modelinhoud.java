package nl.regiebord.modelplan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The Model Plan van Aanpak as Regiebord knows it: themes with their parts, actions and steps, and the
 * inburgeringsketen. Read from {@code seed-data/} at start and served as {@code GET /api/model}.
 */
public record Modelinhoud(String versie, String bron, List<Thema> themas, List<SchakelInfo> keten) {

    public Optional<Thema> thema(String sleutel) {
        return themas.stream().filter(t -> t.sleutel().equals(sleutel)).findFirst();
    }

    public List<String> themaSleutels() {
        return themas.stream().map(Thema::sleutel).toList();
    }

    public record Thema(String sleutel, String naam, int volgorde, String bron, String inleiding,
                        List<String> aandachtspunten, List<Onderdeel> onderdelen) {

        public Optional<Onderdeel> onderdeel(String sleutel) {
            return onderdelen.stream().filter(o -> o.sleutel() != null && o.sleutel().equals(sleutel)).findFirst();
        }

        /** The theme's own advice plus that of the part, as the action page shows them. */
        public List<String> aandachtspuntenVoor(String onderdeelSleutel) {
            List<String> vanOnderdeel = onderdelen.stream()
                    .filter(o -> java.util.Objects.equals(o.sleutel(), onderdeelSleutel))
                    .findFirst().map(Onderdeel::aandachtspunten).orElse(List.of());
            return java.util.stream.Stream.concat(aandachtspunten.stream(), vanOnderdeel.stream()).toList();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Onderdeel(String sleutel, String naam, String tabel, List<String> aandachtspunten,
                            List<Actie> acties) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Actie(String sleutel, Fase fase, String actie, String deadlineTekst, String modelStatus,
                        @JsonIgnore Integer startMaanden, @JsonIgnore Integer deadlineMaanden,
                        String besluitorgaan, String eigenAanvulling, List<Stap> stappen) {

        /** The start of the action in the model's own timetable (inwerkingtreding 2022-01-01). */
        @com.fasterxml.jackson.annotation.JsonProperty("start")
        public LocalDate start() {
            return Deadlineregel.start(Deadlineregel.MODEL_INWERKINGTREDING_DATUM, startMaanden);
        }

        /** The deadline in the model's own timetable (inwerkingtreding 2022-01-01). */
        @com.fasterxml.jackson.annotation.JsonProperty("deadline")
        public LocalDate deadline() {
            return Deadlineregel.deadline(Deadlineregel.MODEL_INWERKINGTREDING_DATUM, deadlineMaanden);
        }

        public boolean modelAfgerond() {
            return "afgerond".equals(modelStatus);
        }
    }

    public record Stap(String kop, String tekst, List<String> punten) {
    }

    public record SchakelInfo(int nummer, String naam, String omschrijving, String rolGemeente, List<String> taken) {
    }
}
