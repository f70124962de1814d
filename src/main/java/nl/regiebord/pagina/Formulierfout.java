package nl.regiebord.pagina;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateData;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.VeldFout;

/**
 * A refused form, as the page shows it again: the message per field, what was typed, and on a version
 * conflict the other person's state ({@link #huidig}) so both can be shown side by side. Pages always get one;
 * {@link #geen()} stands for "nothing was refused", so templates need no null checks.
 *
 * @param doel which form on the page was refused (an action id, "nieuw", ...)
 */
@TemplateData
public record Formulierfout(String doel, int status, String melding, Map<String, String> velden,
                            Map<String, String> getypt, Map<String, Object> huidigeStand) {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Formulierfout GEEN = new Formulierfout(null, 0, null, Map.of(), Map.of(), Map.of());

    public static Formulierfout geen() {
        return GEEN;
    }

    @SuppressWarnings("unchecked")
    public static Formulierfout van(String doel, ApiFout fout, Formulier formulier) {
        Map<String, String> velden = new LinkedHashMap<>();
        if (fout.velden() != null) {
            for (VeldFout veld : fout.velden()) {
                velden.merge(veld.veld(), veld.melding(), (a, b) -> a + "; " + b);
            }
        }
        Map<String, Object> huidig = fout.huidig() == null ? Map.of() : JSON.convertValue(fout.huidig(), Map.class);
        return new Formulierfout(doel, fout.status(), fout.getMessage(), velden, formulier.getypt(), huidig);
    }

    /** Whether a form on the page was refused. */
    public boolean actief() {
        return doel != null;
    }

    /** Whether this form (by its doel, e.g. an action id) was the one refused. */
    public boolean voor(Object doel) {
        return this.doel != null && this.doel.equals(String.valueOf(doel));
    }

    /** Whether the form of this kind and id ("stap", 12) was the one refused. */
    public boolean voor(String soort, Object id) {
        return voor(soort + "-" + id);
    }

    public boolean heeft(String veld) {
        return velden.containsKey(veld);
    }

    public String bij(String veld) {
        return velden.get(veld);
    }

    public String getypt(String veld) {
        String waarde = getypt.get(veld);
        return waarde == null ? "" : waarde;
    }

    /** Whether the field shows a message: this form ({@code mijn}) was refused and the field is named. */
    public boolean foutief(String veld, boolean mijn) {
        return mijn && heeft(veld);
    }

    /** What a field shows: after this form ({@code mijn}) was refused what was typed, otherwise its value. */
    public String toon(String veld, boolean mijn, Object waarde) {
        if (mijn && actief()) {
            return getypt(veld);
        }
        return waarde == null ? "" : waarde.toString();
    }

    /** Whether a checkbox is ticked: after this form was refused as it was posted, otherwise as it is. */
    public boolean aangevinkt(String veld, boolean mijn, boolean aan) {
        if (mijn && actief()) {
            String waarde = getypt.get(veld);
            return waarde != null && !"false".equals(waarde);
        }
        return aan;
    }

    public boolean isConflict() {
        return status == 409;
    }

    /** A field of the other person's current state, as text ("" when empty). */
    public String huidig(String veld) {
        Object waarde = huidigeStand.get(veld);
        return waarde == null ? "" : waarde.toString();
    }
}
