package nl.regiebord.product;

import java.util.List;
import nl.regiebord.export.Afdrukinstelling;
import nl.regiebord.export.Bladnamen;
import nl.regiebord.export.Keuzelijsten;
import nl.regiebord.export.Kolominhoud;
import nl.regiebord.export.Opmaak;
import nl.regiebord.export.Palet;
import nl.regiebord.export.Werkboekstijl.Kolom;
import nl.regiebord.export.Werkboekstijl.Soort;
import nl.regiebord.export.Werkboekstijl;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The productenchecklist as one sheet: per theme a bold row with its progress, then its products in the
 * checklist's order; a document that is a web address is a link. The last two columns, hidden, hold each product's id and version, so a filled-in sheet can
 * be read back: an importer finds them by their header names {@link #KOP_ID} and {@link #KOP_VERSIE}; theme
 * rows leave them empty.
 */
public final class Productenblad {

    public static final String BLADNAAM = "Productenchecklist";
    public static final String TITEL = "Productenchecklist";
    /** Header of the hidden column with the product's id. */
    public static final String KOP_ID = "id";
    /** Header of the hidden column with the product's version when exported. */
    public static final String KOP_VERSIE = "versie";
    static final String STATUSLIJST = "Productstatus";

    static final int THEMA = 0;
    static final int PRODUCT = 1;
    static final int TOELICHTING = 2;
    static final int STATUS = 3;
    static final int VERANTWOORDELIJKE = 4;
    static final int DOCUMENT = 5;
    static final int ID = 6;
    static final int VERSIE = 7;

    public static final String KOP_TOELICHTING = "Toelichting en aandachtspunten";
    public static final String KOP_STATUS = "Status";
    public static final String KOP_VERANTWOORDELIJKE = "Verantwoordelijke";
    public static final String KOP_DOCUMENT = "Document";

    static final List<Kolom> KOLOMMEN = List.of(new Kolom("Thema", 10, 20), new Kolom("Product", 16, 34),
            new Kolom(KOP_TOELICHTING, 8, 60), new Kolom(KOP_STATUS, 6, 16),
            new Kolom(KOP_VERANTWOORDELIJKE, 8, 20), new Kolom(KOP_DOCUMENT, 8, 30), new Kolom(KOP_ID, 10),
            new Kolom(KOP_VERSIE, 8));

    private final Werkboekstijl stijl;
    private final Keuzelijsten keuzelijsten;

    private Productenblad(Opmaak opmaak) {
        this.stijl = opmaak.stijl();
        this.keuzelijsten = opmaak.keuzelijsten();
    }

    /** Writes the checklist sheet and the hidden sheet behind its dropdown. */
    public static void schrijf(Workbook werkmap, Productenexport.Gegevens gegevens) {
        Opmaak opmaak = Opmaak.van(werkmap);
        schrijf(opmaak, gegevens);
        opmaak.rondAf();
    }

    /** Writes the checklist sheet into a workbook that may hold more. */
    public static void schrijf(Opmaak opmaak, Productenexport.Gegevens gegevens) {
        new Productenblad(opmaak).vul(opmaak.werkmap(), gegevens);
    }

    /** The colour of a product's row: delivered in green, otherwise none. */
    public static Palet kleur(Productstatus status) {
        return status == Productstatus.GELEVERD ? Palet.AFGEROND : null;
    }

    private void vul(Workbook werkmap, Productenexport.Gegevens gegevens) {
        Sheet blad = Bladnamen.maak(werkmap, BLADNAAM);
        List<ProductJson> producten = gegevens.themas().stream().flatMap(g -> g.producten().stream()).toList();
        Kolominhoud inhoud = new Kolominhoud().teksten(THEMA, gegevens.themas(), Productenchecklist.Themagroep::naam)
                .teksten(PRODUCT, producten, ProductJson::product)
                .teksten(TOELICHTING, producten, ProductJson::toelichting)
                .keuzes(STATUS, Productstatus.class)
                .teksten(VERANTWOORDELIJKE, producten, ProductJson::verantwoordelijke)
                .teksten(DOCUMENT, producten, ProductJson::document);
        blad.setColumnHidden(ID, true);
        blad.setColumnHidden(VERSIE, true);
        stijl.kopRij(blad, 0, KOLOMMEN, inhoud, true);
        int rijnummer = 1;
        for (Productenchecklist.Themagroep groep : gegevens.themas()) {
            themaRij(blad.createRow(rijnummer++), groep);
            for (ProductJson product : groep.producten()) {
                stijl.pasHoogteAan(productRij(blad.createRow(rijnummer++), groep.naam(), product));
            }
        }
        int laatsteRij = Math.max(1, rijnummer - 1);
        stijl.filter(blad, 0, laatsteRij, KOLOMMEN.size());
        keuzelijsten.kolom(blad, STATUS, laatsteRij, STATUSLIJST, Productstatus.class);
        Afdrukinstelling.pasToe(blad, gegevens.plannaam(), TITEL, gegevens.exportdatum(), 1);
    }

    private void themaRij(Row rij, Productenchecklist.Themagroep groep) {
        stijl.tekst(rij, THEMA, groep.naam(), Soort.THEMA, Palet.THEMA);
        stijl.tekst(rij, PRODUCT, groep.voortgang().tekst(), Soort.THEMA, Palet.THEMA);
        stijl.band(rij, KOLOMMEN.size(), Soort.THEMA, Palet.THEMA);
    }

    private Row productRij(Row rij, String themaNaam, ProductJson product) {
        Palet kleur = kleur(product.status());
        stijl.tekst(rij, THEMA, themaNaam, Soort.TEKST, kleur);
        stijl.tekst(rij, PRODUCT, product.product(), Soort.TEKST, kleur);
        stijl.tekst(rij, TOELICHTING, product.toelichting(), Soort.TEKST, kleur);
        stijl.tekst(rij, STATUS, product.status().tekst(), Soort.TEKST, kleur);
        stijl.tekst(rij, VERANTWOORDELIJKE, product.verantwoordelijke(), Soort.TEKST, kleur);
        Cell document = stijl.tekst(rij, DOCUMENT, product.document(), Soort.TEKST, kleur);
        if (product.documentIsLink()) {
            Hyperlink link = rij.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.URL);
            link.setAddress(product.document());
            document.setHyperlink(link);
        }
        stijl.getal(rij, ID, product.id(), Soort.GETAL, kleur);
        stijl.getal(rij, VERSIE, product.version(), Soort.GETAL, kleur);
        return rij;
    }
}
