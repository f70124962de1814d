package nl.regiebord.actie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.regiebord.modelplan.Fase;
import nl.regiebord.modelplan.Modelcatalogus;
import nl.regiebord.plan.Plan;

/**
 * The decisions grid: the actions of the besluitvormende fase against the gemeenten, each cell the decision's
 * status, orgaan and date, and below it what is agendized in the coming weeks. A single gemeente has no decision
 * rows of its own: its one column follows the action (afgerond is besloten) and its deadline. Two queries.
 */
@ApplicationScoped
public class Besluitenrooster {

    public static final int KOMENDE_WEKEN = 8;

    public record Rooster(List<String> gemeenten, List<Rij> rijen, List<Komend> komend, LocalDate komendTot) {
    }

    public record Rij(Long actieId, String actie, String themaNaam, LocalDate deadline, ActieStatus status,
                      List<Cel> cellen) {
    }

    /**
     * @param datumSoort         what the date is: "besloten op", "gepland" (geagendeerd), "datum" or "uiterlijk" (the
     *                           deadline)
     * @param vergaderingVoorbij geagendeerd for a meeting that has passed, and not yet recorded as besloten
     */
    public record Cel(String gemeente, BesluitStatus status, String orgaan, LocalDate datum, String datumSoort,
                      boolean vergaderingVoorbij) {

        public boolean isGepland() {
            return status == BesluitStatus.GEAGENDEERD && datum != null;
        }
    }

    public record Komend(String gemeente, List<Agendapunt> punten) {
    }

    public record Agendapunt(LocalDate datum, String orgaan, Long actieId, String actie, boolean uiterlijk) {
    }

    @Inject
    Modelcatalogus catalogus;

    public Rooster van(Plan plan, List<PlanActie> acties, LocalDate vandaag) {
        List<PlanActie> besluitvormend = acties.stream()
                .filter(a -> a.fase == Fase.BESLUITVORMEND && a.status != ActieStatus.NVT)
                .sorted(Comparator.comparing(PlanActie::deadline, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        Map<Long, List<Besluit>> besluiten = plan.isSamenwerkingsverband()
                ? Besluit.vanPlan(plan).stream().collect(Collectors.groupingBy(b -> b.actie.id)) : Map.of();
        LocalDate tot = vandaag.plusWeeks(KOMENDE_WEKEN);
        List<Rij> rijen = new ArrayList<>();
        Map<String, List<Agendapunt>> komend = new java.util.LinkedHashMap<>();
        plan.gemeenten.forEach(g -> komend.put(g, new ArrayList<>()));
        for (PlanActie a : besluitvormend) {
            List<Cel> cellen = new ArrayList<>();
            for (String gemeente : plan.gemeenten) {
                Cel cel = plan.isSamenwerkingsverband()
                        ? celVan(besluiten.getOrDefault(a.id, List.of()).stream()
                                .filter(b -> b.gemeente.equals(gemeente)).findFirst().orElse(null), gemeente, a, vandaag)
                        : celZonderBesluit(a, gemeente);
                cellen.add(cel);
                boolean teKomen = cel.datum() != null && !cel.datum().isBefore(vandaag) && !cel.datum().isAfter(tot);
                if (teKomen && (cel.isGepland() || "uiterlijk".equals(cel.datumSoort()))) {
                    komend.get(gemeente).add(new Agendapunt(cel.datum(), cel.orgaan(), a.id, a.actie,
                            !cel.isGepland()));
                }
            }
            rijen.add(new Rij(a.id, a.actie, catalogus.themaNaam(a.thema), a.deadline(), a.status, cellen));
        }
        List<Komend> perGemeente = komend.entrySet().stream().map(e -> new Komend(e.getKey(), e.getValue().stream()
                .sorted(Comparator.comparing(Agendapunt::datum)).toList())).toList();
        return new Rooster(List.copyOf(plan.gemeenten), rijen, perGemeente, tot);
    }

    private static Cel celVan(Besluit b, String gemeente, PlanActie a, LocalDate vandaag) {
        if (b == null) {
            // a gemeente that joined after the decision rows were made: nothing decided yet
            return new Cel(gemeente, BesluitStatus.OPEN, orgaanVanModel(a), a.deadline(), "uiterlijk", false);
        }
        String orgaan = b.orgaan != null ? b.orgaan.tekst() : orgaanVanModel(a);
        String soort = switch (b.status) {
            case BESLOTEN -> "besloten op";
            case GEAGENDEERD -> "gepland";
            default -> "datum";
        };
        if (b.datum == null && b.status == BesluitStatus.OPEN) {
            return new Cel(gemeente, b.status, orgaan, a.deadline(), "uiterlijk", false);
        }
        boolean voorbij = b.status == BesluitStatus.GEAGENDEERD && b.datum != null && b.datum.isBefore(vandaag);
        return new Cel(gemeente, b.status, orgaan, b.datum, soort, voorbij);
    }

    private static Cel celZonderBesluit(PlanActie a, String gemeente) {
        return a.status == ActieStatus.AFGEROND
                ? new Cel(gemeente, BesluitStatus.BESLOTEN, orgaanVanModel(a), null, "besloten op", false)
                : new Cel(gemeente, BesluitStatus.OPEN, orgaanVanModel(a), a.deadline(), "uiterlijk", false);
    }

    /** The model names the body ("college", "raad", "college of raad"); an own action names none. */
    private static String orgaanVanModel(PlanActie a) {
        return a.besluitorgaan;
    }
}
