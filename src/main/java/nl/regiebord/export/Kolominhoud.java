package nl.regiebord.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.regiebord.api.Keuzewaarde;

/**
 * The texts a table's columns will hold, gathered before its rows are written: a row's height is measured as it is
 * written (and a streamed row cannot be changed afterwards), so the column widths that follow from the texts must be
 * set first, see {@link Werkboekstijl#kopRij(org.apache.poi.ss.usermodel.Sheet, int, List, Kolominhoud, boolean)}.
 */
public final class Kolominhoud {

    private final Map<Integer, List<String>> teksten = new HashMap<>();

    public Kolominhoud tekst(int kolom, String tekst) {
        if (tekst != null && !tekst.isEmpty()) {
            teksten.computeIfAbsent(kolom, k -> new ArrayList<>()).add(tekst);
        }
        return this;
    }

    /** The text of column {@code kolom} for each of {@code rijen}. */
    public <T> Kolominhoud teksten(int kolom, Collection<T> rijen, Function<T, String> tekst) {
        rijen.forEach(rij -> tekst(kolom, tekst.apply(rij)));
        return this;
    }

    /** The choices of a column with a dropdown: a choice made later in the sheet fits as well. */
    public <E extends Enum<E> & Keuzewaarde> Kolominhoud keuzes(int kolom, Class<E> type) {
        Keuzewaarde.toegestaan(type).forEach(keuze -> tekst(kolom, keuze));
        return this;
    }

    List<String> van(int kolom) {
        return teksten.getOrDefault(kolom, List.of());
    }
}
