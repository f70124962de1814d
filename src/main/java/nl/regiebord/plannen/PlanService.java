package nl.regiebord.plannen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.regiebord.actie.ActiesUitModel;
import nl.regiebord.actie.Besluitregel;
import nl.regiebord.actie.PlanActie;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;
import nl.regiebord.api.VeldFout;
import nl.regiebord.api.Versieconflict;
import nl.regiebord.gebruiker.Gebruiker;
import nl.regiebord.historie.Historie;
import nl.regiebord.modelplan.Modelcatalogus;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.PlanJson;
import nl.regiebord.plan.Plannen;
import nl.regiebord.plan.Uitvoering;
import nl.regiebord.product.ProductenUitLijst;
import nl.regiebord.security.HuidigeGebruiker;
import nl.regiebord.toegang.Leden;
import nl.regiebord.toegang.Lidmaatschap;
import nl.regiebord.toegang.Rol;

/** Creating a plan from the model and changing it: name, gemeenten, inwerkingtreding (which re-plans), uitvoering. */
@ApplicationScoped
@Transactional
public class PlanService {

    static final Set<String> SCHRIJFBAAR = Set.of("naam", "gemeenten", "inwerkingtreding", "uitvoering");
    static final Set<String> ALLEEN_LEZEN = Set.of("id", "samenwerkingsverband", "modelversie", "aangemaakt",
            "verplaatst");
    static final int MAX_GEMEENTEN = 60;

    @Inject
    ActiesUitModel actiesUitModel;
    @Inject
    Besluitregel besluitregel;
    @Inject
    ProductenUitLijst productenUitLijst;
    @Inject
    Historie historie;
    @Inject
    Modelcatalogus catalogus;
    @Inject
    Clock klok;
    @Inject
    HuidigeGebruiker gebruiker;
    @Inject
    Leden leden;

    /** The plans the signed-in user has a role in; other plans do not exist for them. */
    public List<Plan> zichtbaar() {
        return Lidmaatschap.plannenVan(gebruiker.id() == null ? -1L : gebruiker.id());
    }

    /** Every plan, for the beheerder's overview. */
    public List<Plan> alle() {
        return Plan.opNaam();
    }

    public Plan maak(Invoer invoer) {
        Set<String> velden = new java.util.HashSet<>(SCHRIJFBAAR);
        velden.add("modelstatusOvernemen");
        velden.add("projectmanagerId");
        invoer.alleen(velden, Invoer.metVersie(ALLEEN_LEZEN));
        String naam = invoer.tekst("naam", true, 200);
        List<String> gemeenten = invoer.tekstLijst("gemeenten", true, MAX_GEMEENTEN, 100);
        LocalDate inwerkingtreding = inwerkingtreding(invoer, true);
        Uitvoering uitvoering = invoer.keuze("uitvoering", Uitvoering.class, false);
        Boolean overnemen = invoer.waarheid("modelstatusOvernemen", false);
        Long projectmanagerId = invoer.getal("projectmanagerId", false);
        Gebruiker projectmanager = projectmanagerId == null ? Gebruiker.findById(gebruiker.id())
                : Gebruiker.findById(projectmanagerId);
        if (projectmanagerId != null && (projectmanager == null || !projectmanager.actief)) {
            invoer.fout("projectmanagerId", "er is geen actieve gebruiker met nummer " + projectmanagerId);
        }
        invoer.controleer();
        naamIsVrij(naam, null);

        Plan plan = new Plan();
        plan.naam = naam;
        plan.gemeenten = new ArrayList<>(gemeenten);
        plan.inwerkingtreding = inwerkingtreding;
        plan.uitvoering = uitvoering;
        plan.modelversie = catalogus.inhoud().versie();
        plan.aangemaakt = Instant.now(klok);
        plan.persist();
        actiesUitModel.maakVoor(plan, Boolean.TRUE.equals(overnemen));
        productenUitLijst.maakVoor(plan);
        if (projectmanager != null) {
            leden.voegToe(plan.id, projectmanager, Rol.PROJECTMANAGER);
        }
        historie.leg(plan.id, Historie.PLAN, plan.id, "plan", null, "aangemaakt uit model " + plan.modelversie, null);
        plan.flush();
        return plan;
    }

    public PlanJson wijzig(Long id, Invoer invoer) {
        Plan plan = Plannen.vind(id);
        invoer.alleen(SCHRIJFBAAR, ALLEEN_LEZEN);
        long versie = invoer.versie();
        String naam = invoer.heeft("naam") ? invoer.tekst("naam", true, 200) : plan.naam;
        List<String> gemeenten = invoer.heeft("gemeenten")
                ? invoer.tekstLijst("gemeenten", true, MAX_GEMEENTEN, 100) : plan.gemeenten;
        LocalDate inwerkingtreding = invoer.heeft("inwerkingtreding") ? inwerkingtreding(invoer, true)
                : plan.inwerkingtreding;
        Uitvoering uitvoering = invoer.heeft("uitvoering") ? invoer.keuze("uitvoering", Uitvoering.class, false)
                : plan.uitvoering;
        invoer.controleer();
        if (versie != plan.version) {
            throw ApiFout.versieConflict(PlanJson.van(plan));
        }
        naamIsVrij(naam, plan.id);

        historie.leg(plan.id, Historie.PLAN, plan.id, "naam", plan.naam, naam, null);
        plan.naam = naam;
        historie.leg(plan.id, Historie.PLAN, plan.id, "uitvoering", plan.uitvoering, uitvoering, null);
        plan.uitvoering = uitvoering;
        if (!gemeenten.equals(plan.gemeenten)) {
            List<String> vorige = List.copyOf(plan.gemeenten);
            historie.leg(plan.id, Historie.PLAN, plan.id, "gemeenten", vorige, gemeenten, null);
            plan.gemeenten.clear();
            plan.gemeenten.addAll(gemeenten);
            for (PlanActie actie : PlanActie.vanPlan(plan)) {
                besluitregel.gemeentenGewijzigd(actie, vorige, gemeenten);
            }
        }
        List<PlanJson.Verplaatst> verplaatst = new ArrayList<>();
        if (!inwerkingtreding.equals(plan.inwerkingtreding)) {
            historie.leg(plan.id, Historie.PLAN, plan.id, "inwerkingtreding", plan.inwerkingtreding, inwerkingtreding,
                    null);
            plan.inwerkingtreding = inwerkingtreding;
            verplaatst = herplan(plan);
        }
        Versieconflict.schrijfOfWeiger(() -> PlanJson.van(Plan.<Plan>findById(id)));
        return PlanJson.van(plan, verplaatst);
    }

    /** Moves every deadline no one set by hand to the new inwerkingtreding; hand-set ones stay. */
    private List<PlanJson.Verplaatst> herplan(Plan plan) {
        List<PlanJson.Verplaatst> verplaatst = new ArrayList<>();
        for (PlanActie actie : PlanActie.vanPlanPerThema(plan)) {
            LocalDate oud = actie.deadline();
            actie.plan(plan.inwerkingtreding);
            LocalDate nieuw = actie.deadline();
            if (!Objects.equals(oud, nieuw)) {
                historie.leg(plan.id, Historie.ACTIE, actie.id, "deadline", oud, nieuw, "herplanning");
                verplaatst.add(new PlanJson.Verplaatst(actie.id, actie.actie, actie.thema, oud, nieuw));
            }
        }
        List<String> volgorde = catalogus.inhoud().themaSleutels();
        verplaatst.sort(java.util.Comparator.comparingInt((PlanJson.Verplaatst v) -> volgorde.indexOf(v.thema())));
        return verplaatst;
    }

    private static LocalDate inwerkingtreding(Invoer invoer, boolean verplicht) {
        return invoer.datum("inwerkingtreding", verplicht);
    }

    private static void naamIsVrij(String naam, Long eigenId) {
        if (Plan.isNaamBezet(naam, eigenId)) {
            throw new ApiFout(422, "Er is al een plan met de naam '" + naam + "'; kies een andere naam.",
                    List.of(new VeldFout("naam", "is al in gebruik")), null);
        }
    }
}
