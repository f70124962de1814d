package nl.regiebord.actie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regiebord.api.Invoer;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.importeren.Importeur;
import nl.regiebord.importeren.Importsoort;
import nl.regiebord.importeren.Importveld;
import nl.regiebord.importeren.Uploadplek;

/**
 * The Bijlage 1 checklist taken back: per action its status, verantwoordelijke, toelichting and deadline. The
 * other columns are the model's (thema, fase, actie) or derived (te laat), the steps' ticks and the decisions per
 * gemeente have their own forms with their own versions; they are read by nobody, so editing them changes nothing.
 */
/* Named, so that the page that holds the upload form can name its kind: {@code inject:bijlage1Import.plek}. */
@Named
@ApplicationScoped
public class Bijlage1Import implements Importsoort {

    static final List<Importveld> VELDEN = List.of(
            Importveld.keuze(Bijlage1Checklist.KOP_STATUS, "status", Keuzewaarde.toegestaan(ActieStatus.class)),
            Importveld.tekst(Bijlage1Checklist.KOP_VERANTWOORDELIJKE, "verantwoordelijke"),
            Importveld.tekst(Bijlage1Checklist.KOP_TOELICHTING, "toelichting"),
            Importveld.datum(Bijlage1Checklist.KOP_DEADLINE, "deadline"));

    @Inject
    ActieService acties;
    @Inject
    ActieWeergave weergave;

    private static final Uploadplek PLEK = new Uploadplek("tijdtafel", "checklist", "actie", "acties", "de tijdtafel", VELDEN,
            "/plannen/{plan}/acties/{id}");

    @Override
    public Uploadplek plek() {
        return PLEK;
    }

    @Override
    public String bladnaam() {
        return Bijlage1Checklist.BLADNAAM;
    }

    @Override
    public List<Importveld> velden() {
        return VELDEN;
    }

    @Override
    public Optional<Stand> stand(Long planId, long id) {
        // looked up without the service, whose 404 would mark the import's transaction for rollback
        Optional<PlanActie> actie = PlanActie.inPlan(id, planId);
        return actie.map(a -> {
            ActieJson json = weergave.alsJson(a);
            Map<String, String> waarden = new HashMap<>();
            waarden.put("status", json.status().tekst());
            waarden.put("verantwoordelijke", json.verantwoordelijke());
            waarden.put("toelichting", json.toelichting());
            waarden.put("deadline", json.deadline() == null ? null : json.deadline().toString());
            return new Stand(json.actie(), json.version(), waarden);
        });
    }

    @Override
    public void wijzig(Long planId, long id, Invoer invoer) {
        acties.wijzig(planId, id, invoer, Importeur.BRON);
    }
}
