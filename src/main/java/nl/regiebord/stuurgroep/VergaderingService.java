package nl.regiebord.stuurgroep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.regiebord.actie.ActieJson;
import nl.regiebord.actie.ActieService;
import nl.regiebord.actie.PlanActie;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;
import nl.regiebord.pagina.Weergaveformaten;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.register.Vergaderingen;
import nl.regiebord.risico.Risicoreview;
import nl.regiebord.security.HuidigeGebruiker;

/**
 * Records a stuurgroep meeting: freezes the meeting view, keeps who was present and what was decided, links the
 * review held that day, and turns every actiepunt into an own action of the plan with its owner and deadline. A
 * refusal of any part saves nothing.
 */
@ApplicationScoped
public class VergaderingService {

    static final Set<String> VELDEN = Set.of("datum", "aanwezigen", "besluiten", "notitie", "sinds", "review",
            "actiepunten");
    static final Set<String> ALLEEN_LEZEN = Set.of("id", "reviewDatum", "tijdstip", "vastgelegdDoor", "overzicht");
    static final Set<String> ACTIEPUNT_VELDEN = Set.of("actie", "thema", "fase", "verantwoordelijke",
            "verantwoordelijkeId", "deadline");
    static final String STANDAARD_FASE = "uitvoerende fase";
    static final int MAX_BESLUIT = 1000;
    static final int MAX_ACTIEPUNTEN = 30;

    @Inject
    Vergaderingen vergaderingen;
    @Inject
    Stuurgroepoverzicht overzicht;
    @Inject
    ActieService acties;
    @Inject
    ObjectMapper json;
    @Inject
    HuidigeGebruiker gebruiker;
    @Inject
    Clock klok;

    public Vergadering leg(Long planId, JsonNode body) {
        Plan plan = Plannen.vind(planId);
        Invoer invoer = Invoer.van(body);
        invoer.alleen(VELDEN, Invoer.metVersie(ALLEEN_LEZEN));
        Vergaderingen.Kop kop = vergaderingen.leesKop(invoer, "vergadering");
        List<String> besluiten = invoer.tekstLijst("besluiten", false, 50, MAX_BESLUIT);
        if (besluiten != null && String.join("\n", besluiten).length() > Vergadering.MAX_BESLUITEN) {
            invoer.fout("besluiten", "zijn samen te lang, ten hoogste " + Vergadering.MAX_BESLUITEN + " tekens");
        }
        String notitie = invoer.tekst("notitie", false, Vergadering.MAX_NOTITIE);
        String sinds = invoer.tekst("sinds", false, 40);
        Long reviewId = invoer.getal("review", false);
        Risicoreview review = null;
        if (reviewId != null) {
            review = Risicoreview.findById(reviewId);
            if (review == null || !review.plan.id.equals(plan.id)) {
                invoer.fout("review", "dit plan heeft geen risicoreview met id " + reviewId);
                review = null;
            }
        }
        JsonNode lijst = body.get("actiepunten");
        if (lijst != null && !lijst.isNull() && (!lijst.isArray() || lijst.size() > MAX_ACTIEPUNTEN)) {
            invoer.fout("actiepunten", "moet een lijst zijn van ten hoogste " + MAX_ACTIEPUNTEN + " actiepunten");
            lijst = null;
        }
        // every actiepunt checked before anything is written, its refusals told together with the meeting's own;
        // the action itself then checks theme, name and length
        try {
            Vergaderingen.leesRegels(lijst, "actiepunten", "actie", (regel, waar, fouten) -> {
                regel.alleen(ACTIEPUNT_VELDEN, Set.of());
                regel.tekst("actie", true, 500);
                regel.tekst("thema", true, 40);
                regel.datum("deadline", true);
                if (regel.tekst("verantwoordelijke", false, 200) == null
                        && regel.getal("verantwoordelijkeId", false) == null) {
                    regel.fout("verantwoordelijke", "is verplicht: een actiepunt heeft een eigenaar (een lid of een naam)");
                }
                regel.controleer();
                return regel;
            });
        } catch (ApiFout fout) {
            if (fout.velden() == null) {
                throw fout;
            }
            fout.velden().forEach(v -> invoer.fout(v.veld(), v.melding(), v.toegestaan()));
        }
        invoer.controleer();
        if (review == null && kop.datum() != null) {
            review = Risicoreview.<Risicoreview>find("plan = ?1 and datum = ?2 order by tijdstip desc", plan,
                    kop.datum()).firstResult();
        }
        StuurgroepJson beeld = overzicht.van(plan, sinds);

        Vergadering v = new Vergadering();
        v.plan = plan;
        v.datum = kop.datum();
        v.sinds = beeld.sinds();
        v.aanwezigen = String.join("\n", kop.aanwezigen());
        v.besluiten = besluiten == null || besluiten.isEmpty() ? null : String.join("\n", besluiten);
        v.notitie = notitie;
        v.review = review;
        v.momentopname = alsTekst(beeld);
        v.tijdstip = Instant.now(klok);
        v.vastgelegdDoor = gebruiker.naam();
        v.persist();

        ActieJson.Herkomst herkomst = new ActieJson.Herkomst("Actiepunt van de stuurgroepvergadering van "
                + Weergaveformaten.kort(v.datum), "/plannen/" + plan.id + "/stuurgroep/vergaderingen/" + v.id);
        List<PlanActie> gemaakt = Vergaderingen.leesRegels(lijst, "actiepunten", "actie", (regel, waar, fouten) -> {
            ObjectNode actie = regel.kopie();
            if (!actie.hasNonNull("fase")) {
                actie.put("fase", STANDAARD_FASE);
            }
            return acties.voegToe(plan.id, Invoer.van(actie), herkomst);
        });
        for (int i = 0; i < gemaakt.size(); i++) {
            PlanActie a = gemaakt.get(i);
            Actiepunt p = new Actiepunt();
            p.vergadering = v;
            p.volgorde = i + 1;
            p.actie = a;
            p.omschrijving = a.actie;
            p.verantwoordelijke = a.verantwoordelijke;
            p.deadline = a.deadline();
            p.persist();
        }
        return v;
    }

    public Vergadering vind(Long planId, Long vergaderingId) {
        return Plannen.vindIn(planId, Vergadering.class, vergaderingId, v -> v.plan, "vergadering");
    }

    /** The plan's meetings, the latest first, without their snapshots; three queries however many there are. */
    public List<VergaderingJson> lijst(Long planId) {
        Plan plan = Plannen.vind(planId);
        java.util.Map<Long, List<Actiepunt>> punten = Actiepunt.vanPlan(plan);
        return Vergadering.vanPlan(plan).stream()
                .map(v -> json(v, punten.getOrDefault(v.id, List.of()), false)).toList();
    }

    public VergaderingJson alsJson(Vergadering v, boolean metOverzicht) {
        return json(v, Actiepunt.van(v), metOverzicht);
    }

    private VergaderingJson json(Vergadering v, List<Actiepunt> actiepunten, boolean metOverzicht) {
        List<VergaderingJson.ActiepuntJson> punten = actiepunten.stream()
                .map(p -> new VergaderingJson.ActiepuntJson(p.actie.id, p.omschrijving, p.verantwoordelijke,
                        p.deadline)).toList();
        return new VergaderingJson(v.id, v.datum, v.sinds, v.aanwezigenLijst(), v.besluitenLijst(), v.notitie,
                v.review == null ? null : v.review.id, v.review == null ? null : v.review.datum, punten, v.tijdstip,
                v.vastgelegdDoor, metOverzicht ? overzichtVan(v) : null, v.version);
    }

    /** The meeting view as the stuurgroep saw it. */
    public StuurgroepJson overzichtVan(Vergadering v) {
        try {
            return json.readValue(v.momentopname, StuurgroepJson.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("de momentopname van vergadering " + v.id + " is onleesbaar", e);
        }
    }

    private String alsTekst(StuurgroepJson beeld) {
        try {
            String tekst = json.writeValueAsString(beeld);
            if (tekst.length() > Vergadering.MAX_MOMENTOPNAME) {
                throw new ApiFout(413, "Het overzicht is te groot om vast te leggen (" + tekst.length()
                        + " tekens); neem contact op met de beheerder.", null, null);
            }
            return tekst;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("het overzicht is niet als JSON te schrijven", e);
        }
    }
}
