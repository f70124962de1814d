package nl.regiebord.stakeholder;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.regiebord.actie.PlanActie;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;
import nl.regiebord.api.Versieconflict;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.HistorieRegel;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.register.Prullenbak;
import nl.regiebord.toegang.Persoon;

/** The changes the project group makes to a plan's stakeholder analysis: add, score, strategy, merge, delete. */
@ApplicationScoped
@Transactional
public class StakeholderService {

    static final int MAX_CLUSTER = 200;
    static final int MAX_ACTIES = 50;
    static final Set<String> SCHRIJFBAAR = Set.of("naam", "type", "cluster", "belangen", "wensenEisen", "belang",
            "invloed", "frequentie", "communicatie", "verantwoordelijke", "verantwoordelijkeId", "actieIds");
    static final Set<String> ALLEEN_LEZEN = Set.of("id", "kwadrant", "kleur", "omgang", "laatsteContact",
            "volgendContact", "contactTeLaat", "samengevoegd", "samengevoegdIn", "verwijderd", "herijktOp");

    /** A checklist entry with whether the plan already has a stakeholder of that name. */
    public record ChecklistItem(String naam, Stakeholdertype type, boolean inPlan) {
    }

    @Inject
    Historie historie;
    @Inject
    Stakeholderstanden standen;
    @Inject
    Contactplanning planning;
    @Inject
    Stakeholderchecklist checklist;
    @Inject
    Prullenbak prullenbak;
    @Inject
    Clock klok;

    public Stakeholder vind(Long planId, Long stakeholderId) {
        return Plannen.vindIn(planId, Stakeholder.class, stakeholderId, s -> s.plan, "stakeholder");
    }

    /** The plan's stakeholders on their own (not merged); with {@code verwijderd} the deleted ones instead. */
    public List<Stakeholder> vanPlan(Plan plan, boolean verwijderd) {
        return Stakeholder.vanPlan(plan, verwijderd);
    }

    public List<StakeholderJson> alsJson(Plan plan, List<Stakeholder> stakeholders) {
        Map<Long, LocalDate> laatste = planning.laatsteContacten(plan);
        Map<Long, List<StakeholderJson.Samengevoegd>> samengevoegd = Stakeholder.samengevoegdeVan(plan).stream()
                .collect(Collectors.groupingBy(s -> s.samengevoegdIn,
                        Collectors.mapping(s -> new StakeholderJson.Samengevoegd(s.id, s.naam), Collectors.toList())));
        return stakeholders.stream().map(s -> StakeholderJson.van(s, planning.van(s, laatste.get(s.id)),
                samengevoegd.getOrDefault(s.id, List.of()))).toList();
    }

    public StakeholderJson alsJson(Stakeholder s) {
        return alsJson(s.plan, List.of(s)).get(0);
    }

    public Stakeholder voegToe(Long planId, JsonNode body) {
        Plan plan = Plannen.vind(planId);
        Invoer invoer = Invoer.van(body);
        invoer.alleen(SCHRIJFBAAR, Invoer.metVersie(ALLEEN_LEZEN));
        Stakeholder s = new Stakeholder();
        s.plan = plan;
        s.naam = invoer.tekst("naam", true, Stakeholder.MAX_NAAM);
        s.type = invoer.keuze("type", Stakeholdertype.class, true);
        s.cluster = invoer.tekst("cluster", false, MAX_CLUSTER);
        s.belangen = invoer.tekst("belangen", false, Stakeholder.MAX_TEKST);
        s.wensenEisen = invoer.tekst("wensenEisen", false, Stakeholder.MAX_TEKST);
        s.belang = invoer.keuze("belang", Stakeholderniveau.class, false);
        s.invloed = invoer.keuze("invloed", Stakeholderniveau.class, false);
        s.frequentie = invoer.keuze("frequentie", Frequentie.class, false);
        s.communicatie = invoer.keuze("communicatie", Communicatie.class, false);
        Persoon verantwoordelijke = Persoon.lees(invoer, "verantwoordelijke", "verantwoordelijkeId", plan.id,
                Persoon.NIEMAND, false, Stakeholder.MAX_NAAM);
        s.verantwoordelijke = verantwoordelijke.naam();
        s.verantwoordelijkeId = verantwoordelijke.id();
        Set<Long> acties = acties(body, invoer, plan);
        invoer.controleer();
        controleerNaamVrij(plan, s.naam, null);
        s.actieIds = acties == null ? new TreeSet<>() : acties;
        s.aangemaakt = Instant.now(klok);
        s.persist();
        historie.leg(plan.id, Historie.STAKEHOLDER, s.id, "stakeholder", null, "toegevoegd: " + s.naam, null);
        legScores(s, null, null, null);
        standen.leg(s);
        s.flush();
        return s;
    }

    /**
     * Ch. 5, step 1: the ticked names of the checklist become stakeholders of their list's type, unscored. A name
     * already in the plan is skipped, so ticking the list twice adds nothing twice.
     */
    public List<Stakeholder> voegToeUitChecklist(Long planId, Invoer invoer) {
        Plan plan = Plannen.vind(planId);
        invoer.alleen(Set.of("namen"), Set.of());
        List<String> namen = invoer.tekstLijst("namen", true, checklist.alle().size(), Stakeholder.MAX_NAAM);
        if (namen != null) {
            List<String> onbekend = namen.stream().filter(n -> checklist.met(n).isEmpty()).toList();
            if (!onbekend.isEmpty()) {
                invoer.fout("namen", "staat niet in de checklist: " + String.join(", ", onbekend),
                        checklist.alle().stream().map(Stakeholderchecklist.Item::naam).toList());
            }
        }
        invoer.controleer();
        Set<String> bestaand = vanPlan(plan, false).stream().map(s -> s.naam.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<Stakeholder> toegevoegd = new ArrayList<>();
        for (String naam : namen) {
            Stakeholderchecklist.Item item = checklist.met(naam).orElseThrow();
            if (!bestaand.add(item.naam().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Stakeholder s = new Stakeholder();
            s.plan = plan;
            s.naam = item.naam();
            s.type = item.type();
            s.aangemaakt = Instant.now(klok);
            s.persist();
            historie.leg(plan.id, Historie.STAKEHOLDER, s.id, "stakeholder", null, "toegevoegd uit de checklist: "
                    + s.naam, "checklist");
            standen.leg(s);
            toegevoegd.add(s);
        }
        Stakeholder.flush();
        return toegevoegd;
    }

    public List<ChecklistItem> checklist(Plan plan) {
        Set<String> inPlan = vanPlan(plan, false).stream().map(s -> s.naam.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return checklist.alle().stream().map(i -> new ChecklistItem(i.naam(), i.type(),
                inPlan.contains(i.naam().toLowerCase(Locale.ROOT)))).toList();
    }

    public StakeholderJson wijzig(Long planId, Long stakeholderId, JsonNode body) {
        Stakeholder s = vind(planId, stakeholderId);
        Invoer invoer = Invoer.van(body);
        invoer.alleen(SCHRIJFBAAR, ALLEEN_LEZEN);
        long versie = invoer.versie();
        String naam = invoer.heeft("naam") ? invoer.tekst("naam", true, Stakeholder.MAX_NAAM) : s.naam;
        Stakeholdertype type = invoer.heeft("type") ? invoer.keuze("type", Stakeholdertype.class, true) : s.type;
        String cluster = invoer.heeft("cluster") ? invoer.tekst("cluster", false, MAX_CLUSTER) : s.cluster;
        String belangen = invoer.heeft("belangen") ? invoer.tekst("belangen", false, Stakeholder.MAX_TEKST) : s.belangen;
        String wensen = invoer.heeft("wensenEisen")
                ? invoer.tekst("wensenEisen", false, Stakeholder.MAX_TEKST) : s.wensenEisen;
        Stakeholderniveau belang = invoer.heeft("belang") ? invoer.keuze("belang", Stakeholderniveau.class, false) : s.belang;
        Stakeholderniveau invloed = invoer.heeft("invloed") ? invoer.keuze("invloed", Stakeholderniveau.class, false) : s.invloed;
        Frequentie frequentie = invoer.heeft("frequentie")
                ? invoer.keuze("frequentie", Frequentie.class, false) : s.frequentie;
        Communicatie communicatie = invoer.heeft("communicatie")
                ? invoer.keuze("communicatie", Communicatie.class, false) : s.communicatie;
        Persoon persoon = Persoon.lees(invoer, "verantwoordelijke", "verantwoordelijkeId", s.plan.id,
                new Persoon(s.verantwoordelijke, s.verantwoordelijkeId), false, Stakeholder.MAX_NAAM);
        String verantwoordelijke = persoon.naam();
        Long verantwoordelijkeId = persoon.id();
        Set<Long> acties = invoer.heeft("actieIds") ? acties(body, invoer, s.plan) : s.actieIds;
        invoer.controleer();
        if (versie != s.version) {
            throw ApiFout.versieConflict(alsJson(s));
        }
        if (!s.isActief()) {
            throw ApiFout.regel("Stakeholder " + s.id + (s.verwijderd ? " is verwijderd; herstel die eerst om hem te wijzigen."
                    : " is samengevoegd in stakeholder " + s.samengevoegdIn + "; wijzig die."));
        }
        if (!naam.equalsIgnoreCase(s.naam)) {
            controleerNaamVrij(s.plan, naam, s.id);
        }
        Long plan = s.plan.id;
        historie.leg(plan, Historie.STAKEHOLDER, s.id, "naam", s.naam, naam, null);
        s.naam = naam;
        historie.leg(plan, Historie.STAKEHOLDER, s.id, "type", s.type, type, null);
        s.type = type;
        historie.leg(plan, Historie.STAKEHOLDER, s.id, "cluster", s.cluster, cluster, null);
        s.cluster = cluster;
        historie.leg(plan, Historie.STAKEHOLDER, s.id, "belangen", s.belangen, belangen, null);
        s.belangen = belangen;
        historie.leg(plan, Historie.STAKEHOLDER, s.id, "wensen en eisen", s.wensenEisen, wensen, null);
        s.wensenEisen = wensen;
        wijzigScores(s, belang, invloed, null);
        historie.leg(plan, Historie.STAKEHOLDER, s.id, "frequentie", s.frequentie, frequentie, null);
        s.frequentie = frequentie;
        historie.leg(plan, Historie.STAKEHOLDER, s.id, "wijze van communiceren", s.communicatie, communicatie, null);
        s.communicatie = communicatie;
        historie.leg(plan, Historie.STAKEHOLDER, s.id, "verantwoordelijke", s.verantwoordelijke, verantwoordelijke, null);
        s.verantwoordelijke = verantwoordelijke;
        s.verantwoordelijkeId = verantwoordelijkeId;
        if (!acties.equals(s.actieIds)) {
            historie.leg(plan, Historie.STAKEHOLDER, s.id, "acties", List.copyOf(new TreeSet<>(s.actieIds)),
                    List.copyOf(acties), null);
            s.actieIds.clear();
            s.actieIds.addAll(acties);
        }
        standen.leg(s);
        Long id = s.id;
        Versieconflict.schrijfOfWeiger(() -> alsJson(Stakeholder.<Stakeholder>findById(id)));
        return alsJson(s);
    }

    /** Changes belang and invloed, each change in the history; {@code bron} says how ("herijking 2026-11-23"). */
    void wijzigScores(Stakeholder s, Stakeholderniveau belang, Stakeholderniveau invloed, String bron) {
        Stakeholderniveau oudBelang = s.belang, oudInvloed = s.invloed;
        s.belang = belang;
        s.invloed = invloed;
        legScores(s, oudBelang, oudInvloed, bron);
    }

    private void legScores(Stakeholder s, Stakeholderniveau oudBelang, Stakeholderniveau oudInvloed, String bron) {
        Long plan = s.plan.id;
        historie.leg(plan, Historie.STAKEHOLDER, s.id, "belang", oudBelang, s.belang, bron);
        historie.leg(plan, Historie.STAKEHOLDER, s.id, "invloed", oudInvloed, s.invloed, bron);
    }

    public void verwijder(Long planId, Long stakeholderId) {
        prullenbak.verwijder(Historie.STAKEHOLDER, vind(planId, stakeholderId), standen);
    }

    public StakeholderJson herstel(Long planId, Long stakeholderId) {
        Stakeholder s = vind(planId, stakeholderId);
        prullenbak.herstel(Historie.STAKEHOLDER, s, standen, terug -> {
            if (terug.samengevoegdIn == null) {
                controleerNaamVrij(terug.plan, terug.naam, terug.id);
            }
        }, terug -> { });
        return alsJson(s);
    }

    /**
     * Ch. 5, step 1 ("cluster om overlap en dubbeling te voorkomen"): the stakeholder is taken up in another. Its
     * contact log and linked actions go to the other, what it cared about is added to the other's text, and it
     * leaves the register and the grid; it stays listed under the other and in the history.
     */
    public StakeholderJson voegSamen(Long planId, Long stakeholderId, Invoer invoer) {
        Stakeholder s = vind(planId, stakeholderId);
        invoer.alleen(Set.of("in"), Set.of());
        Long in = invoer.getal("in", true);
        invoer.controleer();
        Stakeholder doel = vind(planId, in);
        if (doel.id.equals(s.id)) {
            throw ApiFout.regel("Een stakeholder kan niet met zichzelf worden samengevoegd.");
        }
        if (!s.isActief() || !doel.isActief()) {
            Stakeholder weg = s.isActief() ? doel : s;
            throw ApiFout.regel("Stakeholder " + weg.id + " (" + weg.naam + ") is "
                    + (weg.verwijderd ? "verwijderd" : "al samengevoegd in stakeholder " + weg.samengevoegdIn)
                    + " en kan niet worden samengevoegd.");
        }
        Long plan = s.plan.id;
        String bron = "samengevoegd: " + s.naam;
        String belangen = samen(doel.belangen, s.belangen, s.naam);
        historie.leg(plan, Historie.STAKEHOLDER, doel.id, "belangen", doel.belangen, belangen, bron);
        doel.belangen = belangen;
        String wensen = samen(doel.wensenEisen, s.wensenEisen, s.naam);
        historie.leg(plan, Historie.STAKEHOLDER, doel.id, "wensen en eisen", doel.wensenEisen, wensen, bron);
        doel.wensenEisen = wensen;
        if (!doel.actieIds.containsAll(s.actieIds)) {
            Set<Long> acties = new TreeSet<>(doel.actieIds);
            acties.addAll(s.actieIds);
            historie.leg(plan, Historie.STAKEHOLDER, doel.id, "acties", List.copyOf(new TreeSet<>(doel.actieIds)),
                    List.copyOf(acties), bron);
            doel.actieIds.addAll(acties);
        }
        for (Contact c : Contact.van(s)) {
            historie.leg(plan, Historie.STAKEHOLDER, doel.id, "contact", null, "overgenomen van " + s.naam + ": "
                    + c.datum, bron);
            c.stakeholder = doel;
        }
        historie.leg(plan, Historie.STAKEHOLDER, doel.id, "samengevoegd", null, s.naam + " (" + s.id + ")", null);
        historie.leg(plan, Historie.STAKEHOLDER, s.id, "samengevoegd in", null, doel.naam + " (" + doel.id + ")", null);
        s.samengevoegdIn = doel.id;
        standen.leg(s);
        Stakeholder.flush();
        return alsJson(doel);
    }

    private static String samen(String eigen, String erbij, String van) {
        if (erbij == null || (eigen != null && eigen.contains(erbij))) {
            return eigen;
        }
        String tekst = (eigen == null ? "" : eigen + "\n") + van + ": " + erbij;
        return tekst.length() > Stakeholder.MAX_TEKST ? tekst.substring(0, Stakeholder.MAX_TEKST) : tekst;
    }

    public List<HistorieRegel> historie(Long planId, Long stakeholderId, int limiet) {
        return historie.van(Historie.STAKEHOLDER, vind(planId, stakeholderId).id, limiet);
    }

    /** The actions a stakeholder is reached through: a list of ids, each an action of this plan. */
    private static Set<Long> acties(JsonNode body, Invoer invoer, Plan plan) {
        JsonNode lijst = body.get("actieIds");
        if (lijst == null) {
            return null;
        }
        if (lijst.isNull()) {
            return new TreeSet<>();
        }
        List<Long> ids = new ArrayList<>();
        if (!lijst.isArray() || lijst.size() > MAX_ACTIES) {
            invoer.fout("actieIds", "moet een lijst van ten hoogste " + MAX_ACTIES + " actienummers zijn, bijvoorbeeld [12, 40]");
            return null;
        }
        for (JsonNode id : lijst) {
            if (!id.isIntegralNumber() || !id.canConvertToLong()) {
                invoer.fout("actieIds", "bevat '" + id.asText() + "', geen actienummer");
                return null;
            }
            ids.add(id.longValue());
        }
        if (ids.isEmpty()) {
            return new TreeSet<>();
        }
        Set<Long> vanPlan = new TreeSet<>(PlanActie.idsVan(plan, ids));
        List<Long> vreemd = ids.stream().filter(id -> !vanPlan.contains(id)).toList();
        if (!vreemd.isEmpty()) {
            invoer.fout("actieIds", "geen actie van dit plan: " + vreemd.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
            return null;
        }
        return vanPlan;
    }

    /** Two stakeholders of one plan with the same name are the duplicate ch. 5 warns against: merge them instead. */
    private void controleerNaamVrij(Plan plan, String naam, Long behalve) {
        long aantal = Stakeholder.aantalMetNaam(plan, naam, behalve);
        if (aantal > 0) {
            throw ApiFout.regel("Er is al een stakeholder '" + naam + "' in dit plan. Vul die aan of voeg de twee samen.");
        }
    }

}
