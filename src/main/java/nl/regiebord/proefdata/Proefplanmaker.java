package nl.regiebord.proefdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.regiebord.actie.ActieService;
import nl.regiebord.actie.ActieStatus;
import nl.regiebord.actie.Besluit;
import nl.regiebord.actie.BesluitStatus;
import nl.regiebord.actie.PlanActie;
import nl.regiebord.actie.PlanStap;
import nl.regiebord.api.Invoer;
import nl.regiebord.gebruiker.Gebruiker;
import nl.regiebord.plan.Plan;
import nl.regiebord.plannen.PlanService;
import nl.regiebord.product.ProductJson;
import nl.regiebord.product.ProductService;
import nl.regiebord.projectkaart.ProjectkaartService;
import nl.regiebord.risico.Risico;
import nl.regiebord.risico.RisicoService;
import nl.regiebord.risico.RisicoreviewService;
import nl.regiebord.security.Aangemelde;
import nl.regiebord.security.Identiteiten;
import nl.regiebord.stakeholder.ContactService;
import nl.regiebord.stakeholder.Stakeholder;
import nl.regiebord.stakeholder.StakeholderService;
import nl.regiebord.stakeholder.Stakeholderchecklist;
import nl.regiebord.toegang.Leden;
import nl.regiebord.toegang.Rol;

/**
 * Makes one plan of the test data the way its users would: every change goes through the same service as the API's
 * (with its checks and its history), done in the name of the member who would make it. Only the users are written
 * directly, all with one password hash computed beforehand, because bcrypt per user would take minutes.
 */
@ApplicationScoped
class Proefplanmaker {

    private static final String[] NIVEAUS_RISICO = {"laag", "midden", "hoog"};
    private static final String[] NIVEAUS_STAKEHOLDER = {"laag", "matig", "hoog", "zeer hoog"};
    private static final String[] FREQUENTIES = {"wekelijks", "maandelijks", "per kwartaal", "halfjaarlijks",
        "jaarlijks", "incidenteel"};
    private static final String[] COMMUNICATIE = {"live", "algemene mail", "persoonlijke mail", "app", "telefoon",
        "overleg"};

    @Inject
    PlanService plannen;
    @Inject
    Leden leden;
    @Inject
    ActieService acties;
    @Inject
    ProductService producten;
    @Inject
    RisicoService risicos;
    @Inject
    RisicoreviewService reviews;
    @Inject
    ProjectkaartService kaarten;
    @Inject
    StakeholderService stakeholders;
    @Inject
    ContactService contacten;
    @Inject
    Stakeholderchecklist checklist;
    @Inject
    CurrentIdentityAssociation identiteit;
    @Inject
    ObjectMapper json;
    @Inject
    Clock klok;

    /** The five members of a plan, in the order of their roles. */
    private record Leden5(Gebruiker projectmanager, Gebruiker leider1, Gebruiker leider2, Gebruiker stuurgroep,
                          Gebruiker lezer) {
    }

    /** Runs inside the caller's transaction; a failure leaves nothing of this plan behind. */
    @ActivateRequestContext
    Plan maak(Proefnamen.Proefplan proef, String wachtwoordHash, Gebruiker beheerder, Random toeval) {
        LocalDate vandaag = LocalDate.now(klok);
        Set<String> namen = new HashSet<>();
        Leden5 wie = new Leden5(gebruiker(proef, "projectmanager", wachtwoordHash, namen, toeval),
                gebruiker(proef, "projectleider1", wachtwoordHash, namen, toeval),
                gebruiker(proef, "projectleider2", wachtwoordHash, namen, toeval),
                gebruiker(proef, "stuurgroep", wachtwoordHash, namen, toeval),
                gebruiker(proef, "lezer", wachtwoordHash, namen, toeval));

        alsGebruiker(beheerder);
        Plan plan = plannen.maak(Invoer.van(object(
                "naam", proef.naam(),
                "gemeenten", proef.gemeenten(),
                "inwerkingtreding", vandaag.withDayOfMonth(1).plusMonths(1 + toeval.nextInt(12)).toString(),
                "uitvoering", proef.gemeenten().size() > 1 ? "subregionaal" : "lokaal",
                "modelstatusOvernemen", toeval.nextInt(3) == 0,
                "projectmanagerId", wie.projectmanager().id)));
        leden.voegToe(plan.id, wie.leider1(), Rol.PROJECTLEIDER);
        leden.voegToe(plan.id, wie.leider2(), Rol.PROJECTLEIDER);
        leden.voegToe(plan.id, wie.stuurgroep(), Rol.STUURGROEP);
        leden.voegToe(plan.id, wie.lezer(), Rol.LEZER);

        acties(plan, wie, vandaag, toeval);
        producten(plan, wie, toeval);
        List<Risico> register = risicos(plan, wie, toeval);
        kaarten(plan, wie, register, vandaag, toeval);
        reviews(plan, wie, register, vandaag, toeval);
        stakeholders(plan, wie, vandaag, toeval);
        Plan.flush();
        return plan;
    }

    private Gebruiker gebruiker(Proefnamen.Proefplan proef, String rol, String hash, Set<String> namen,
                                Random toeval) {
        Gebruiker g = new Gebruiker();
        g.gebruikersnaam = proef.sleutel() + "." + rol;
        String naam = Proefnamen.persoon(toeval);
        while (!namen.add(naam)) {
            naam = Proefnamen.persoon(toeval); // risks are counted per deelnemer by name: one name per person
        }
        g.naam = naam;
        g.email = g.gebruikersnaam + "@" + proef.sleutel() + ".example.nl";
        g.wachtwoordHash = hash;
        g.actief = true;
        g.aangemaakt = Instant.now(klok);
        g.persist();
        return g;
    }

    /**
     * Status by how far the deadline lies behind or ahead: long past mostly afgerond (some late), around today
     * mostly in progress, far ahead mostly open. Actions without a deadline go by their fase.
     */
    private void acties(Plan plan, Leden5 wie, LocalDate vandaag, Random toeval) {
        for (PlanActie actie : PlanActie.vanPlanPerThema(plan)) {
            Gebruiker leider = List.of("inkoop", "werkprocessen", "communicatie").contains(actie.thema)
                    ? wie.leider2() : wie.leider1();
            alsGebruiker(leider);
            LocalDate deadline = actie.deadline();
            long dagen = deadline != null ? ChronoUnit.DAYS.between(vandaag, deadline) : switch (actie.fase) {
                case VOORBEREIDEND -> -200;
                case BESLUITVORMEND -> -30;
                case UITVOEREND -> 60;
                case EVALUEREND -> 400;
            };
            double kans = toeval.nextDouble();
            ActieStatus doel;
            if (actie.status == ActieStatus.AFGEROND) {
                doel = ActieStatus.AFGEROND;
            } else if (dagen < -60) {
                doel = kans < 0.80 ? ActieStatus.AFGEROND : kans < 0.84 ? ActieStatus.NVT
                        : kans < 0.94 ? ActieStatus.BEZIG : ActieStatus.OPEN;
            } else if (dagen < 45) {
                doel = kans < 0.35 ? ActieStatus.AFGEROND : kans < 0.80 ? ActieStatus.BEZIG : ActieStatus.OPEN;
            } else {
                doel = kans < 0.05 ? ActieStatus.AFGEROND : kans < 0.20 ? ActieStatus.BEZIG : ActieStatus.OPEN;
            }
            if (doel == ActieStatus.OPEN && toeval.nextInt(3) > 0) {
                continue;
            }
            boolean besluiten = actie.vraagtBesluitPerGemeente();
            if (besluiten && doel == ActieStatus.NVT) {
                doel = ActieStatus.BEZIG;
            }
            if (besluiten && doel != ActieStatus.OPEN) {
                besluiten(plan, actie, doel == ActieStatus.AFGEROND, vandaag, toeval);
            }
            Map<String, Object> wijziging = new LinkedHashMap<>();
            if (actie.status != doel) {
                wijziging.put("status", doel.tekst());
            }
            wijziging.put("verantwoordelijkeId", leider.id);
            if (toeval.nextInt(3) == 0) {
                wijziging.put("toelichting", kies(Proefteksten.TOELICHTINGEN, toeval));
            }
            wijziging.put("version", actie.version);
            acties.wijzig(plan.id, actie.id, Invoer.van(json.valueToTree(wijziging)));
            if (doel == ActieStatus.AFGEROND || doel == ActieStatus.BEZIG) {
                List<PlanStap> stappen = PlanStap.vanActie(actie);
                int tot = doel == ActieStatus.AFGEROND ? stappen.size() : stappen.size() / 2;
                for (PlanStap stap : stappen.subList(0, tot)) {
                    acties.vinkStap(plan.id, actie.id, stap.id, Invoer.van(object("afgevinkt", true,
                            "version", stap.version)));
                }
            }
        }
    }

    /** Every gemeente decides for an action that is done; for one in progress the first has it on the agenda. */
    private void besluiten(Plan plan, PlanActie actie, boolean allemaal, LocalDate vandaag, Random toeval) {
        List<Besluit> lijst = Besluit.vanActie(actie);
        LocalDate uiterlijk = actie.deadline() == null || actie.deadline().isAfter(vandaag) ? vandaag : actie.deadline();
        String orgaan = actie.besluitorgaan != null && actie.besluitorgaan.contains("raad") ? "raad" : "college";
        for (Besluit besluit : allemaal ? lijst : lijst.subList(0, Math.min(1, lijst.size()))) {
            acties.wijzigBesluit(plan.id, actie.id, besluit.id, Invoer.van(object(
                    "status", allemaal ? BesluitStatus.BESLOTEN.tekst() : BesluitStatus.GEAGENDEERD.tekst(),
                    "datum", uiterlijk.minusDays(toeval.nextInt(40)).toString(),
                    "orgaan", orgaan,
                    "version", besluit.version)));
        }
    }

    private void producten(Plan plan, Leden5 wie, Random toeval) {
        alsGebruiker(wie.projectmanager());
        for (ProductJson product : producten.lijst(plan.id, null, null)) {
            double kans = toeval.nextDouble();
            String status = kans < 0.30 ? "geleverd" : kans < 0.55 ? "in voorbereiding" : kans < 0.60 ? "nvt" : null;
            if (status == null) {
                continue;
            }
            Map<String, Object> wijziging = new LinkedHashMap<>();
            wijziging.put("status", status);
            wijziging.put("verantwoordelijkeId", (toeval.nextBoolean() ? wie.leider1() : wie.leider2()).id);
            if (status.equals("geleverd")) {
                wijziging.put("document", "https://intranet.example.nl/inburgering/product-" + product.volgorde() + ".pdf");
            }
            wijziging.put("version", product.version());
            producten.wijzig(plan.id, product.id(), Invoer.van(json.valueToTree(wijziging)));
        }
    }

    /** 20 risks, 5 from each of the 4 deelnemers of the risk session, typed in by the projectmanager. */
    private List<Risico> risicos(Plan plan, Leden5 wie, Random toeval) {
        alsGebruiker(wie.projectmanager());
        List<Proefteksten.Risicotekst> teksten = new ArrayList<>(Proefteksten.RISICOS);
        Collections.shuffle(teksten, toeval);
        List<Gebruiker> deelnemers = List.of(wie.projectmanager(), wie.leider1(), wie.leider2(), wie.stuurgroep());
        List<Gebruiker> eigenaren = List.of(wie.projectmanager(), wie.leider1(), wie.leider2());
        List<Risico> register = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Proefteksten.Risicotekst tekst = teksten.get(i);
            Map<String, Object> risico = new LinkedHashMap<>();
            risico.put("categorie", tekst.categorie());
            risico.put("omschrijving", tekst.omschrijving());
            risico.put("ingebrachtDoorId", deelnemers.get(i / 5).id);
            if (toeval.nextInt(10) < 9) {
                int kans = toeval.nextInt(3);
                int impact = toeval.nextInt(3);
                risico.put("kans", NIVEAUS_RISICO[kans]);
                risico.put("impact", NIVEAUS_RISICO[impact]);
                risico.put("maatregel", tekst.maatregel());
                risico.put("eigenaarId", kies(eigenaren, toeval).id);
                if (toeval.nextBoolean()) {
                    risico.put("restKans", NIVEAUS_RISICO[Math.max(0, kans - 1)]);
                    risico.put("restImpact", NIVEAUS_RISICO[impact]);
                }
                if (toeval.nextInt(7) == 0) {
                    risico.put("status", "beheerst");
                }
            }
            register.add(risicos.voegToe(plan.id, Invoer.van(json.valueToTree(risico))));
        }
        return register;
    }

    private void kaarten(Plan plan, Leden5 wie, List<Risico> register, LocalDate vandaag, Random toeval) {
        for (Proefteksten.Kaarttekst tekst : Proefteksten.KAARTEN) {
            Gebruiker leider = List.of("inkoop", "werkprocessen", "communicatie").contains(tekst.thema())
                    ? wie.leider2() : wie.leider1();
            alsGebruiker(leider);
            Map<String, Object> kaart = new LinkedHashMap<>();
            kaart.put("thema", tekst.thema());
            kaart.put("titel", tekst.titel());
            kaart.put("projectmanagerId", wie.projectmanager().id);
            kaart.put("projectleiderId", leider.id);
            kaart.put("aanleiding", tekst.aanleiding());
            kaart.put("doel", tekst.doel());
            kaart.put("smart", toeval.nextInt(3) == 0 ? List.of("specifiek", "meetbaar", "tijdgebonden")
                    : List.of("specifiek", "meetbaar", "acceptabel", "realistisch", "tijdgebonden"));
            kaart.put("aanpak", tekst.aanpak());
            kaart.put("risicoIds", List.of(kies(register, toeval).id));
            if (toeval.nextBoolean()) {
                kaart.put("investering", "Projectleiding en inhuur voor de implementatie.");
                kaart.put("investeringBedrag", 20_000 + 5_000 * toeval.nextInt(20));
            }
            for (String deel : List.of("inzetten", "informeren", "verbeteren", "betrekken", "borgen")) {
                if (toeval.nextInt(4) > 0) {
                    kaart.put(deel, "Afgesproken in de projectgroep (" + deel + ").");
                }
            }
            List<Long> themaActies = PlanActie.vanThema(plan, tekst.thema()).stream().limit(2).map(a -> a.id).toList();
            kaart.put("actieIds", themaActies);
            List<Map<String, Object>> mijlpalen = new ArrayList<>();
            for (int i = 0; i < tekst.mijlpalen().size(); i++) {
                LocalDate datum = vandaag.plusDays(-150 + 90L * i + toeval.nextInt(30));
                Map<String, Object> mijlpaal = new LinkedHashMap<>();
                mijlpaal.put("omschrijving", tekst.mijlpalen().get(i));
                mijlpaal.put("datum", datum.toString());
                if (datum.isBefore(vandaag)) {
                    int uitkomst = toeval.nextInt(4);
                    if (uitkomst <= 1) {
                        mijlpaal.put("status", "behaald");
                    } else if (uitkomst == 2) {
                        mijlpaal.put("status", "uitgesteld");
                        mijlpaal.put("nieuweDatum", datum.plusDays(60 + toeval.nextInt(60)).toString());
                        mijlpaal.put("reden", "Besluitvorming liep vertraging op.");
                    }
                }
                mijlpalen.add(mijlpaal);
            }
            kaart.put("mijlpalen", mijlpalen);
            kaarten.voegToe(plan.id, (JsonNode) json.valueToTree(kaart));
        }
    }

    /** Two reviews of the stuurgroep, about three months and a few weeks ago, each deciding on a few risks. */
    private void reviews(Plan plan, Leden5 wie, List<Risico> register, LocalDate vandaag, Random toeval) {
        alsGebruiker(wie.stuurgroep());
        List<String> aanwezigen = List.of(wie.stuurgroep().naam, wie.projectmanager().naam, wie.leider1().naam);
        for (LocalDate datum : List.of(vandaag.minusDays(80 + toeval.nextInt(20)), vandaag.minusDays(5 + toeval.nextInt(20)))) {
            List<Risico> gescoord = new ArrayList<>(register.stream().filter(r -> r.kans != null && r.impact != null).toList());
            Collections.shuffle(gescoord, toeval);
            List<Map<String, Object>> besluiten = new ArrayList<>();
            for (Risico r : gescoord.subList(0, Math.min(3, gescoord.size()))) {
                Map<String, Object> besluit = new LinkedHashMap<>();
                besluit.put("risico", r.id);
                besluit.put("version", r.version);
                switch (besluiten.size()) {
                    case 0 -> {
                        besluit.put("kans", NIVEAUS_RISICO[Math.max(0, r.kans.ordinal() - 1)]);
                        besluit.put("reden", "Maatregel werkt; kans lager ingeschat.");
                    }
                    case 1 -> besluit.put("maatregel", "Aangescherpt door de stuurgroep: " + r.maatregel);
                    default -> besluit.put("status", "beheerst");
                }
                besluiten.add(besluit);
            }
            reviews.leg(plan.id, object("datum", datum.toString(), "aanwezigen", aanwezigen, "besluiten", besluiten));
            Risico.flush();
        }
    }

    /** The checklist of ch. 5 plus a few local ones: 40, scored, with a strategy and a contact log. */
    private void stakeholders(Plan plan, Leden5 wie, LocalDate vandaag, Random toeval) {
        alsGebruiker(wie.leider2());
        List<Map.Entry<String, String>> namen = new ArrayList<>();
        checklist.alle().forEach(item -> namen.add(Map.entry(item.naam(), item.type().tekst())));
        List<String> extra = new ArrayList<>(Proefteksten.EXTRA_STAKEHOLDERS);
        Collections.shuffle(extra, toeval);
        for (String naam : extra) {
            if (namen.size() >= 40) {
                break;
            }
            namen.add(Map.entry(naam, "extern"));
        }
        List<Gebruiker> verantwoordelijken = List.of(wie.projectmanager(), wie.leider1(), wie.leider2());
        List<Long> communicatieActies = PlanActie.vanThema(plan, "communicatie").stream().map(a -> a.id).toList();
        for (Map.Entry<String, String> naam : namen.subList(0, Math.min(40, namen.size()))) {
            int belang = toeval.nextInt(4);
            int invloed = toeval.nextInt(4);
            boolean speler = belang >= 2 && invloed >= 2;
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("naam", naam.getKey());
            s.put("type", naam.getValue());
            s.put("belangen", kies(Proefteksten.BELANGEN, toeval));
            s.put("belang", NIVEAUS_STAKEHOLDER[belang]);
            s.put("invloed", NIVEAUS_STAKEHOLDER[invloed]);
            s.put("frequentie", speler && toeval.nextInt(5) > 0 ? FREQUENTIES[1 + toeval.nextInt(2)]
                    : FREQUENTIES[toeval.nextInt(FREQUENTIES.length)]);
            s.put("communicatie", COMMUNICATIE[toeval.nextInt(COMMUNICATIE.length)]);
            if (toeval.nextInt(6) > 0) {
                s.put("verantwoordelijkeId", kies(verantwoordelijken, toeval).id);
            }
            if (speler && !communicatieActies.isEmpty() && toeval.nextInt(4) > 0) {
                s.put("actieIds", List.of(kies(communicatieActies, toeval)));
            }
            Stakeholder stakeholder = stakeholders.voegToe(plan.id, json.valueToTree(s));
            int aantal = toeval.nextInt(5);
            LocalDate datum = vandaag.minusDays(200 + toeval.nextInt(100));
            for (int i = 0; i < aantal; i++) {
                datum = datum.plusDays(10 + toeval.nextInt(60));
                if (datum.isAfter(vandaag)) {
                    break;
                }
                contacten.voegToe(plan.id, stakeholder.id, object("datum", datum.toString(),
                        "doorId", kies(verantwoordelijken, toeval).id,
                        "vorm", COMMUNICATIE[toeval.nextInt(COMMUNICATIE.length)],
                        "samenvatting", kies(Proefteksten.CONTACTEN, toeval)));
            }
        }
    }

    /** The history and the person fields name who did it: the member the generator acts for. */
    private void alsGebruiker(Gebruiker gebruiker) {
        if (gebruiker == null) {
            identiteit.setIdentity(QuarkusSecurityIdentity.builder().setAnonymous(true).build());
            return;
        }
        var bouwer = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(gebruiker.gebruikersnaam))
                .addAttribute(Identiteiten.GEBRUIKER, Aangemelde.van(gebruiker));
        if (gebruiker.beheerder) {
            bouwer.addRole(Identiteiten.BEHEERDER);
        }
        identiteit.setIdentity(bouwer.build());
    }

    private JsonNode object(Object... sleutelsEnWaarden) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < sleutelsEnWaarden.length; i += 2) {
            map.put((String) sleutelsEnWaarden[i], sleutelsEnWaarden[i + 1]);
        }
        return json.valueToTree(map);
    }

    private static <T> T kies(List<T> lijst, Random toeval) {
        return lijst.get(toeval.nextInt(lijst.size()));
    }
}
