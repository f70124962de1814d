package nl.regiebord.product;

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

/** The productenchecklist taken back: per product its status, verantwoordelijke, document and toelichting. */
/* Named, so that the page that holds the upload form can name its kind: {@code inject:productenimport.plek}. */
@Named
@ApplicationScoped
public class Productenimport implements Importsoort {

    static final List<Importveld> VELDEN = List.of(
            Importveld.keuze(Productenblad.KOP_STATUS, "status", Keuzewaarde.toegestaan(Productstatus.class)),
            Importveld.tekst(Productenblad.KOP_VERANTWOORDELIJKE, "verantwoordelijke"),
            Importveld.tekst(Productenblad.KOP_DOCUMENT, "document"),
            Importveld.tekst(Productenblad.KOP_TOELICHTING, "toelichting"));

    @Inject
    ProductService producten;

    private static final Uploadplek PLEK = new Uploadplek("producten", "productenchecklist", "product", "producten",
            "de productenchecklist", VELDEN, "/plannen/{plan}/producten#product-{id}");

    @Override
    public Uploadplek plek() {
        return PLEK;
    }

    @Override
    public String bladnaam() {
        return Productenblad.BLADNAAM;
    }

    @Override
    public List<Importveld> velden() {
        return VELDEN;
    }

    @Override
    public Optional<Stand> stand(Long planId, long id) {
        // looked up without the service, whose 404 would mark the import's transaction for rollback
        return Planproduct.vanPlan(planId, id)
                .map(p -> {
                    Map<String, String> waarden = new HashMap<>();
                    waarden.put("status", p.status.tekst());
                    waarden.put("verantwoordelijke", p.verantwoordelijke);
                    waarden.put("document", p.document);
                    waarden.put("toelichting", p.toelichting);
                    return new Stand(p.product, p.version, waarden);
                });
    }

    @Override
    public void wijzig(Long planId, long id, Invoer invoer) {
        producten.wijzig(planId, id, invoer, Importeur.BRON);
    }
}
