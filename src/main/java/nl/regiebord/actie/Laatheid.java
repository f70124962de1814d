package nl.regiebord.actie;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Late actions grouped by how late they are, so a plan years past its inwerkingtreding shows a few groups rather
 * than a wall of red: the most recently late first, where something can still be caught up. The one place of the
 * groups; the dashboard and the stuurgroep's meeting view both use it.
 */
public final class Laatheid {

    /** A group of late items: "tot een maand te laat" and so on, the least late first within it. */
    public record Groep<T>(String sleutel, String naam, List<T> items) {

        public int aantal() {
            return items.size();
        }
    }

    private record Grens(String sleutel, String naam, long totEnMetDagen) {
    }

    private static final List<Grens> GRENZEN = List.of(
            new Grens("maand", "tot een maand te laat", 31),
            new Grens("kwartaal", "één tot drie maanden te laat", 92),
            new Grens("jaar", "drie maanden tot een jaar te laat", 366),
            new Grens("langer", "meer dan een jaar te laat", Long.MAX_VALUE));

    private Laatheid() {
    }

    /** Days past the deadline on this day. */
    public static long dagen(LocalDate deadline, LocalDate vandaag) {
        return ChronoUnit.DAYS.between(deadline, vandaag);
    }

    /** The groups that hold something, in the order maand, kwartaal, jaar, langer. */
    public static <T> List<Groep<T>> groepeer(List<T> laat, Function<T, LocalDate> deadline, LocalDate vandaag) {
        List<Groep<T>> groepen = new ArrayList<>();
        long vanaf = 0;
        for (Grens g : GRENZEN) {
            long ondergrens = vanaf;
            List<T> erin = laat.stream().filter(a -> {
                long d = dagen(deadline.apply(a), vandaag);
                return d > ondergrens && d <= g.totEnMetDagen();
            }).sorted(Comparator.comparing(deadline).reversed()).toList();
            if (!erin.isEmpty()) {
                groepen.add(new Groep<>(g.sleutel(), g.naam(), erin));
            }
            vanaf = g.totEnMetDagen();
        }
        return groepen;
    }
}
