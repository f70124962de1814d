package nl.regiebord.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;
import nl.regiebord.api.Keuzewaarde;
import nl.regiebord.api.Versieconflict;
import nl.regiebord.historie.Historie;
import nl.regiebord.historie.HistorieRegel;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Persoon;

/** Reading a plan's productenchecklist and the changes a projectleider makes to it. */
@ApplicationScoped
@Transactional
public class ProductService {

    static final Set<String> SCHRIJFBAAR = Set.of("status", "verantwoordelijke", "verantwoordelijkeId", "document",
            "toelichting");
    static final Set<String> ALLEEN_LEZEN = Set.of("id", "thema", "themaNaam", "volgorde", "product",
            "documentIsLink");
    static final int MAX_NAAM = 200;

    @Inject
    Productenlijst lijst;
    @Inject
    Historie historie;

    /** The plan's products in the checklist's order, optionally only of one theme or status. */
    public List<ProductJson> lijst(Long planId, String thema, String status) {
        Plan plan = Plannen.vind(planId);
        String themaFilter = themaFilter(thema);
        Productstatus statusFilter = Keuzewaarde.filter(status, "status", Productstatus.class);
        return Planproduct.vanPlan(plan).stream()
                .filter(p -> themaFilter == null || p.thema.equals(themaFilter))
                .filter(p -> statusFilter == null || p.status == statusFilter)
                .map(this::alsJson).toList();
    }

    public ProductJson een(Long planId, Long productId) {
        return alsJson(vind(planId, productId));
    }

    public ProductJson wijzig(Long planId, Long productId, Invoer invoer) {
        return wijzig(planId, productId, invoer, null);
    }

    /** A change that came about another way than typing it ({@code bron}: "import"), as the history records it. */
    public ProductJson wijzig(Long planId, Long productId, Invoer invoer, String bron) {
        Planproduct product = vind(planId, productId);
        invoer.alleen(SCHRIJFBAAR, ALLEEN_LEZEN);
        long versie = invoer.versie();
        Productstatus status = invoer.heeft("status") ? invoer.keuze("status", Productstatus.class, true)
                : product.status;
        Persoon persoon = Persoon.lees(invoer, "verantwoordelijke", "verantwoordelijkeId", planId,
                new Persoon(product.verantwoordelijke, product.verantwoordelijkeId), false, MAX_NAAM);
        String document = invoer.heeft("document") ? document(invoer) : product.document;
        String toelichting = invoer.heeft("toelichting")
                ? invoer.tekst("toelichting", false, Planproduct.MAX_TOELICHTING) : product.toelichting;
        invoer.controleer();
        if (versie != product.version) {
            throw ApiFout.versieConflict(alsJson(product));
        }

        Long plan = product.plan.id;
        historie.leg(plan, Historie.PRODUCT, product.id, "status", product.status, status, bron);
        product.status = status;
        historie.leg(plan, Historie.PRODUCT, product.id, "verantwoordelijke", product.verantwoordelijke,
                persoon.naam(), bron);
        product.verantwoordelijke = persoon.naam();
        product.verantwoordelijkeId = persoon.id();
        historie.leg(plan, Historie.PRODUCT, product.id, "document", product.document, document, bron);
        product.document = document;
        historie.leg(plan, Historie.PRODUCT, product.id, "toelichting", product.toelichting, toelichting, bron);
        product.toelichting = toelichting;
        Versieconflict.schrijfOfWeiger(() -> alsJson(Planproduct.<Planproduct>findById(productId)));
        return alsJson(product);
    }

    public List<HistorieRegel> historie(Long planId, Long productId, int limiet) {
        return historie.van(Historie.PRODUCT, vind(planId, productId).id, limiet);
    }

    Planproduct vind(Long planId, Long productId) {
        return Plannen.vindIn(planId, Planproduct.class, productId, p -> p.plan, "product");
    }

    ProductJson alsJson(Planproduct product) {
        return ProductJson.van(product, lijst.themaNaam(product.thema));
    }

    private static String document(Invoer invoer) {
        String document = invoer.tekst("document", false, Planproduct.MAX_DOCUMENT);
        if (Documentverwijzing.bedoeltLink(document) && !Documentverwijzing.isLink(document)) {
            invoer.fout("document", "is geen geldig webadres; geef een volledig adres (https://…) of de naam van "
                    + "het document");
            return null;
        }
        return document;
    }

    private String themaFilter(String thema) {
        if (thema == null || thema.isBlank()) {
            return null;
        }
        if (lijst.thema(thema).isEmpty()) {
            throw ApiFout.ongeldig("thema", "'" + thema + "' is geen thema van de productenchecklist",
                    lijst.themaSleutels());
        }
        return thema;
    }

}
