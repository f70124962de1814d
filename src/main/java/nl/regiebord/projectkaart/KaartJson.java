package nl.regiebord.projectkaart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.regiebord.actie.ActieStatus;
import nl.regiebord.risico.Risicostatus;

/**
 * A projectkaart as the API shows it, in the order of the model's four steps. {@code volledig} and
 * {@code ontbreekt} come from {@link Volledigheid}; {@code acties} and {@code risicos} name what the ids point at.
 */
public record KaartJson(Long id, String thema, String themaNaam, String titel,
                        String projectmanager, Long projectmanagerId, String projectleider, Long projectleiderId,
                        String aanleiding, String doel, List<Smart> smart, String aanpak,
                        String risicosEnVoorwaarden, List<Long> risicoIds, List<GekoppeldRisico> risicos,
                        String investering, BigDecimal investeringBedrag,
                        List<MijlpaalJson> mijlpalen,
                        String inzetten, String informeren, String verbeteren, String betrekken, String borgen,
                        List<Long> actieIds, List<GekoppeldeActie> acties,
                        Kaartvoortgang voortgang, int volledig, List<String> ontbreekt, boolean verwijderd,
                        long version) {

    /** An action of the theme the card covers. */
    public record GekoppeldeActie(Long id, String actie, ActieStatus status, LocalDate deadline, boolean teLaat) {
    }

    /** A risk of the register the card names under risico's en voorwaarden; nummer as "R3". */
    public record GekoppeldRisico(Long id, String nummer, String omschrijving, Risicostatus status) {
    }
}
