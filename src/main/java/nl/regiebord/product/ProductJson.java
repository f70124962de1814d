package nl.regiebord.product;

/** A product of a plan's checklist as the API shows it; {@code documentIsLink}: the document is a web address. */
public record ProductJson(Long id, String thema, String themaNaam, int volgorde, String product, String toelichting,
                          Productstatus status, String verantwoordelijke, Long verantwoordelijkeId, String document,
                          boolean documentIsLink, long version) {

    static ProductJson van(Planproduct p, String themaNaam) {
        return new ProductJson(p.id, p.thema, themaNaam, p.volgorde, p.product, p.toelichting, p.status,
                p.verantwoordelijke, p.verantwoordelijkeId, p.document, Documentverwijzing.isLink(p.document),
                p.version);
    }
}
