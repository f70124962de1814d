package nl.regiebord.product;

import java.util.List;

/**
 * How far a theme of the checklist is: products geleverd against the products that apply (nvt left out). The
 * one place this is computed, for the page and the export alike.
 */
public record Productvoortgang(int totaal, int toepasbaar, int geleverd, int percentage) {

    public static Productvoortgang van(List<ProductJson> producten) {
        int toepasbaar = (int) producten.stream().filter(p -> p.status() != Productstatus.NVT).count();
        int geleverd = (int) producten.stream().filter(p -> p.status() == Productstatus.GELEVERD).count();
        int percentage = toepasbaar == 0 ? 0 : Math.round(100f * geleverd / toepasbaar);
        return new Productvoortgang(producten.size(), toepasbaar, geleverd, percentage);
    }

    /** "3 van 7 geleverd (43%)", with the products that do not apply named when there are any. */
    public String tekst() {
        int nvt = totaal - toepasbaar;
        return geleverd + " van " + toepasbaar + " geleverd (" + percentage + "%)"
                + (nvt == 0 ? "" : ", " + nvt + " niet van toepassing");
    }
}
