package nl.regiebord.projectkaart;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.regiebord.actie.PlanActie;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.api.Versieconflict;
import nl.regiebord.gebruiker.Gebruiker;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.HistorieRegel;
import nl.regiebord.modelplan.Modelcatalogus;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.risico.Risico;
import nl.regiebord.toegang.Lidmaatschap;
import nl.regiebord.toegang.Persoon;
import org.hibernate.Session;

/** The changes projectleiders make to the projectkaarten of a plan: create, fill in per step, milestones, delete. */
@ApplicationScoped
@Transactional
public class ProjectkaartService {

    static final Set<String> SCHRIJFBAAR = Set.copyOf(Stream.of(Kaartvelden.TEKSTEN, Kaartinvoer.EIGEN_VELDEN,
                    Set.of("thema", "titel", "projectmanager", "projectmanagerId", "projectleider", "projectleiderId"))
            .flatMap(java.util.Collection::stream).toList());
    static final Set<String> ALLEEN_LEZEN = Set.of("id", "themaNaam", "risicos", "acties", "voortgang", "volledig",
            "ontbreekt", "verwijderd");

    @Inject
    Historie historie;
    @Inject
    Modelcatalogus catalogus;
    @Inject
    Clock klok;

    public Projectkaart vind(Long planId, Long kaartId) {
        return Plannen.vindIn(planId, Projectkaart.class, kaartId, k -> k.plan, "projectkaart");
    }

    public List<Projectkaart> vanPlan(Plan plan, boolean verwijderd) {
        return Projectkaart.vanPlan(plan, verwijderd);
    }

    /** The plan's cards as the API shows them, read in one transaction. */
    public List<KaartJson> alsJson(Plan plan, boolean verwijderd) {
        return alsJson(vanPlan(plan, verwijderd));
    }

    public KaartJson alsJson(Long planId, Long kaartId) {
        return alsJson(vind(planId, kaartId));
    }

    /** Every card with its linked actions and risks, read for all cards at once (two queries, not two per card). */
    public List<KaartJson> alsJson(List<Projectkaart> kaarten) {
        Map<Long, PlanActie> acties = perId(PlanActie.class, kaarten.stream().flatMap(k -> k.actieIds.stream()).toList(),
                a -> a.id);
        Map<Long, Risico> risicos = perId(Risico.class, kaarten.stream().flatMap(k -> k.risicoIds.stream()).toList(),
                r -> r.id);
        return kaarten.stream().map(k -> alsJson(k, acties, risicos)).toList();
    }

    public KaartJson alsJson(Projectkaart k) {
        return alsJson(List.of(k)).get(0);
    }

    /**
     * By id, as one batch: what the persistence context already holds (the plan's actions on the dashboard) is not
     * read again, and the SQL does not change with the number of ids (an "in ?1" query is translated anew each time).
     */
    private static <T> Map<Long, T> perId(Class<T> soort, List<Long> ids, Function<T, Long> id) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Projectkaart.getEntityManager().unwrap(Session.class)
                .findMultiple(soort, List.copyOf(new LinkedHashSet<>(ids))).stream()
                .filter(Objects::nonNull).collect(Collectors.toMap(id, t -> t));
    }

    private KaartJson alsJson(Projectkaart k, Map<Long, PlanActie> alleActies, Map<Long, Risico> alleRisicos) {
        LocalDate vandaag = vandaag();
        List<PlanActie> acties = k.actieIds.stream().map(alleActies::get).filter(Objects::nonNull)
                .sorted(Comparator.comparingInt((PlanActie a) -> a.volgorde).thenComparing(a -> a.id))
                .toList();
        List<Risico> risicos = k.risicoIds.stream().map(alleRisicos::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing((Risico r) -> r.volgnummer)).toList();
        Volledigheid volledigheid = k.volledigheid();
        return new KaartJson(k.id, k.thema, catalogus.themaNaam(k.thema), k.titel,
                k.projectmanager, k.projectmanagerId, k.projectleider, k.projectleiderId,
                k.aanleiding, k.doel, List.copyOf(k.smart()), k.aanpak,
                k.risicosEnVoorwaarden, risicos.stream().map(r -> r.id).toList(),
                risicos.stream().map(r -> new KaartJson.GekoppeldRisico(r.id, r.nummer(), r.omschrijving, r.status)).toList(),
                k.investering, k.investeringBedrag,
                k.mijlpalen.stream().map(m -> MijlpaalJson.van(m, vandaag)).toList(),
                k.inzetten, k.informeren, k.verbeteren, k.betrekken, k.borgen,
                acties.stream().map(a -> a.id).toList(),
                acties.stream().map(a -> new KaartJson.GekoppeldeActie(a.id, a.actie, a.status, a.deadline(),
                        a.isTeLaat(vandaag))).toList(),
                Kaartvoortgang.van(k, acties, vandaag), volledigheid.volledig(), volledigheid.velden(), k.verwijderd,
                k.version);
    }

    /** A card from a request body as the API takes it; also what the test data is made with. */
    public Projectkaart voegToe(Long planId, JsonNode body) {
        return voegToe(planId, Kaartinvoer.van(body));
    }

    public Projectkaart voegToe(Long planId, Kaartinvoer in) {
        Plan plan = Plannen.vind(planId);
        Invoer invoer = in.invoer;
        invoer.alleen(SCHRIJFBAAR, Invoer.metVersie(ALLEEN_LEZEN));
        Projectkaart k = new Projectkaart();
        k.plan = plan;
        k.thema = thema(invoer, true);
        k.titel = invoer.tekst("titel", true, Projectkaart.MAX_TITEL);
        Persoon manager = persoon(plan, in, "projectmanager", null, null);
        Persoon leider = persoon(plan, in, "projectleider", null, null);
        k.aanleiding = invoer.tekst("aanleiding", false, Projectkaart.MAX_TEKST);
        k.doel = invoer.tekst("doel", false, Projectkaart.MAX_TEKST);
        Set<Smart> smart = in.smart();
        k.aanpak = invoer.tekst("aanpak", false, Projectkaart.MAX_TEKST);
        k.risicosEnVoorwaarden = invoer.tekst("risicosEnVoorwaarden", false, Projectkaart.MAX_TEKST);
        k.investering = invoer.tekst("investering", false, Projectkaart.MAX_TEKST);
        k.investeringBedrag = in.bedrag("investeringBedrag");
        k.inzetten = invoer.tekst("inzetten", false, Projectkaart.MAX_TEKST);
        k.informeren = invoer.tekst("informeren", false, Projectkaart.MAX_TEKST);
        k.verbeteren = invoer.tekst("verbeteren", false, Projectkaart.MAX_TEKST);
        k.betrekken = invoer.tekst("betrekken", false, Projectkaart.MAX_TEKST);
        k.borgen = invoer.tekst("borgen", false, Projectkaart.MAX_TEKST);
        Set<Long> risicoIds = risicos(plan, invoer, in.nummers("risicoIds"));
        Set<Long> actieIds = acties(plan, invoer, k.thema, in.nummers("actieIds"));
        List<Mijlpaalregels.Gegevens> mijlpalen = in.mijlpalen(Mijlpaalregels::nieuw);
        invoer.controleer();
        k.projectmanager = manager.naam();
        k.projectmanagerId = manager.id();
        k.projectleider = leider.naam();
        k.projectleiderId = leider.id();
        k.smart(smart);
        k.risicoIds.addAll(risicoIds);
        k.actieIds.addAll(actieIds);
        k.aangemaakt = Instant.now(klok);
        for (Mijlpaalregels.Gegevens g : mijlpalen) {
            Mijlpaal.voegToe(k, g);
        }
        k.persist();
        historie.leg(plan.id, Historie.PROJECTKAART, k.id, "projectkaart", null,
                "aangemaakt: " + k.titel + " (" + catalogus.themaNaam(k.thema) + ")", null);
        for (Mijlpaal m : k.mijlpalen) {
            historie.leg(plan.id, Historie.PROJECTKAART, k.id, "mijlpaal", null, m.beschrijving(), null);
        }
        k.flush();
        return k;
    }

    public KaartJson wijzig(Long planId, Long kaartId, Kaartinvoer in) {
        Projectkaart k = vind(planId, kaartId);
        Plan plan = k.plan;
        Invoer invoer = in.invoer;
        invoer.alleen(SCHRIJFBAAR, ALLEEN_LEZEN);
        in.weiger("mijlpalen", "wijzig de mijlpalen van een bestaande kaart via /projectkaarten/" + kaartId + "/mijlpalen");
        long versie = invoer.versie();
        String thema = invoer.heeft("thema") ? thema(invoer, true) : k.thema;
        String titel = invoer.heeft("titel") ? invoer.tekst("titel", true, Projectkaart.MAX_TITEL) : k.titel;
        Persoon manager = persoon(plan, in, "projectmanager", k.projectmanager, k.projectmanagerId);
        Persoon leider = persoon(plan, in, "projectleider", k.projectleider, k.projectleiderId);
        List<String> teksten = new ArrayList<>();
        for (String veld : Kaartvelden.TEKSTEN) {
            teksten.add(invoer.heeft(veld) ? invoer.tekst(veld, false, Projectkaart.MAX_TEKST) : Kaartvelden.lees(k, veld));
        }
        Set<Smart> smart = in.heeft("smart") ? in.smart() : k.smart();
        BigDecimal bedrag = in.heeft("investeringBedrag") ? in.bedrag("investeringBedrag") : k.investeringBedrag;
        Set<Long> risicoIds = in.heeft("risicoIds") ? risicos(plan, invoer, in.nummers("risicoIds")) : k.risicoIds;
        Set<Long> actieIds = in.heeft("actieIds") ? in.nummers("actieIds") : k.actieIds;
        if (thema != null) {
            actieIds = acties(plan, invoer, thema, actieIds);
        }
        invoer.controleer();
        if (versie != k.version) {
            throw ApiFout.versieConflict(alsJson(k));
        }
        if (k.verwijderd) {
            throw ApiFout.regel("Projectkaart " + k.id + " is verwijderd; herstel haar eerst om haar te wijzigen.");
        }
        leg(k, "thema", catalogus.themaNaam(k.thema), catalogus.themaNaam(thema));
        k.thema = thema;
        leg(k, "titel", k.titel, titel);
        k.titel = titel;
        leg(k, "projectmanager", k.projectmanager, manager.naam());
        k.projectmanager = manager.naam();
        k.projectmanagerId = manager.id();
        leg(k, "projectleider", k.projectleider, leider.naam());
        k.projectleider = leider.naam();
        k.projectleiderId = leider.id();
        for (int i = 0; i < Kaartvelden.TEKSTEN.size(); i++) {
            String veld = Kaartvelden.TEKSTEN.get(i);
            leg(k, veld, Kaartvelden.lees(k, veld), teksten.get(i));
            Kaartvelden.zet(k, veld, teksten.get(i));
        }
        leg(k, "SMART", teksten(k.smart()), teksten(smart));
        k.smart(smart);
        leg(k, Kaarthistorie.BEDRAG, bedrag(k.investeringBedrag), bedrag(bedrag));
        k.investeringBedrag = bedrag;
        leg(k, Kaarthistorie.RISICOS, gesorteerd(k.risicoIds), gesorteerd(risicoIds));
        vervang(k.risicoIds, risicoIds);
        leg(k, Kaarthistorie.ACTIES, gesorteerd(k.actieIds), gesorteerd(actieIds));
        vervang(k.actieIds, actieIds);
        Long id = k.id;
        Versieconflict.schrijfOfWeiger(() -> alsJson(Projectkaart.<Projectkaart>findById(id)));
        return alsJson(k);
    }

    public void verwijder(Long planId, Long kaartId) {
        Projectkaart k = vind(planId, kaartId);
        if (!k.verwijderd) {
            leg(k, "verwijderd", false, true);
            k.verwijderd = true;
            k.flush();
        }
    }

    public KaartJson herstel(Long planId, Long kaartId) {
        Projectkaart k = vind(planId, kaartId);
        if (k.verwijderd) {
            leg(k, "verwijderd", true, false);
            k.verwijderd = false;
            k.flush();
        }
        return alsJson(k);
    }

    public List<HistorieRegel> historie(Long planId, Long kaartId, int limiet) {
        return historie.van(Historie.PROJECTKAART, vind(planId, kaartId).id, limiet);
    }

    /** The members of the plan a person field can point at, by name. */
    public List<Gebruiker> leden(Plan plan) {
        return Lidmaatschap.gebruikersVan(plan.id);
    }

    LocalDate vandaag() {
        return LocalDate.now(klok);
    }

    private String thema(Invoer invoer, boolean verplicht) {
        String thema = invoer.tekst("thema", verplicht, 50);
        List<String> sleutels = catalogus.inhoud().themaSleutels();
        if (thema != null && !sleutels.contains(thema)) {
            invoer.fout("thema", "'" + thema + "' is geen thema van het model", sleutels);
            return null;
        }
        return thema;
    }

    /** A person field, read by the one rule for names linked to plan members ({@link Persoon}). */
    private static Persoon persoon(Plan plan, Kaartinvoer in, String naamVeld, String naam, Long id) {
        return Persoon.lees(in.invoer, naamVeld, naamVeld + "Id", plan.id, new Persoon(naam, id), false,
                Projectkaart.MAX_NAAM);
    }

    private static Set<Long> risicos(Plan plan, Invoer invoer, Set<Long> ids) {
        if (ids == null) {
            return null;
        }
        for (Long id : ids) {
            Risico r = Risico.findById(id);
            if (r == null || !r.plan.id.equals(plan.id) || r.verwijderd) {
                invoer.fout("risicoIds", "risico " + id + " staat niet in het risicoregister van dit plan");
                return null;
            }
        }
        return ids;
    }

    private Set<Long> acties(Plan plan, Invoer invoer, String thema, Set<Long> ids) {
        if (ids == null || thema == null) {
            return ids;
        }
        for (Long id : ids) {
            PlanActie a = PlanActie.findById(id);
            if (a == null || !a.plan.id.equals(plan.id)) {
                invoer.fout("actieIds", "actie " + id + " hoort niet bij dit plan");
                return null;
            }
            if (!a.thema.equals(thema)) {
                invoer.fout("actieIds", "actie " + id + " (" + a.actie + ") hoort bij het thema "
                        + catalogus.themaNaam(a.thema) + ", niet bij " + catalogus.themaNaam(thema));
                return null;
            }
        }
        return ids;
    }

    void leg(Projectkaart k, String veld, Object oud, Object nieuw) {
        historie.leg(k.plan.id, Historie.PROJECTKAART, k.id, veld, oud, nieuw, null);
    }

    private static List<String> teksten(Set<Smart> smart) {
        return smart.stream().map(Keuzewaarde::tekst).toList();
    }

    private static String bedrag(BigDecimal bedrag) {
        return bedrag == null ? null : bedrag.toPlainString();
    }

    private static List<Long> gesorteerd(Set<Long> ids) {
        return ids.stream().sorted().toList();
    }

    private static void vervang(Set<Long> huidig, Set<Long> nieuw) {
        Set<Long> kopie = new HashSet<>(nieuw);
        huidig.retainAll(kopie);
        huidig.addAll(kopie);
    }
}
