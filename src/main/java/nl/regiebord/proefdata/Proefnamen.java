package nl.regiebord.proefdata;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The made-up gemeenten, plans and people of the test data: Dutch-sounding, never real, always the same for the
 * same seed. Every seventh plan is a samenwerkingsverband of two to five gemeenten.
 */
final class Proefnamen {

    private static final String[] STAMMEN = {"Aal", "Berg", "Bree", "Dal", "Drie", "Eem", "Elst", "Gel", "Haar",
        "Heem", "Hoog", "Kamp", "Lin", "Maas", "Meer", "Nij", "Oost", "Ooi", "Raal", "Ros", "Sleen", "Stad", "Ter",
        "Vel", "Vlie", "Wes", "Wier", "Zand", "Zee", "Zwol", "Bever", "Dinkel", "Eg", "Grave", "Hunze", "Lek", "Mark",
        "Ommer", "Rijn", "Schoon"};
    private static final String[] ACHTERVOEGSELS = {"dam", "dijk", "hoven", "horst", "land", "meer", "veen", "wolde",
        "zijl", "rade", "broek", "burg", "wijk", "lo", "sum", "kerk", "wouden", "stein", "haven", "beek", "ede"};
    private static final String[] VOORNAMEN = {"Fatima", "Jeroen", "Anouk", "Mohamed", "Sanne", "Pieter", "Esra",
        "Willem", "Lotte", "Ahmet", "Marieke", "Daan", "Nadia", "Koen", "Ingrid", "Youssef", "Femke", "Bram", "Yasmina",
        "Henk", "Eva", "Sven", "Hanneke", "Rachid", "Joyce", "Tim", "Meryem", "Gert", "Lieke", "Ruben"};
    private static final String[] ACHTERNAMEN = {"de Vries", "Jansen", "el Amrani", "Bakker", "Visser", "Smit",
        "Yilmaz", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Kaya", "van den Berg",
        "Dekker", "Brouwer", "de Groot", "Meijer", "Kok", "Haddou", "van Leeuwen", "Willems", "Verhoeven", "Postma"};

    /** One plan: its name, its gemeenten and the stem of its users' gebruikersnamen. */
    record Proefplan(int nummer, String naam, List<String> gemeenten, String sleutel) {
    }

    private Proefnamen() {
    }

    /** The first {@code aantal} plans; plan n is the same whatever the number asked for. */
    static List<Proefplan> plannen(int aantal, long zaad) {
        List<String> gemeenten = gemeenten(zaad);
        List<Proefplan> plannen = new ArrayList<>();
        int volgende = 0;
        for (int n = 1; n <= aantal; n++) {
            int grootte = n % 7 == 3 ? 2 + (n / 7) % 4 : 1;
            if (volgende + grootte > gemeenten.size()) {
                throw new IllegalArgumentException("ten hoogste " + plannen.size() + " proefplannen mogelijk");
            }
            List<String> deel = List.copyOf(gemeenten.subList(volgende, volgende + grootte));
            volgende += grootte;
            String eerste = deel.get(0);
            String naam = grootte == 1 ? "Inburgering " + eerste : "Regio " + eerste + " e.o.";
            plannen.add(new Proefplan(n, naam, deel, sleutel(eerste)));
        }
        return plannen;
    }

    static String persoon(Random toeval) {
        return VOORNAMEN[toeval.nextInt(VOORNAMEN.length)] + " " + ACHTERNAMEN[toeval.nextInt(ACHTERNAMEN.length)];
    }

    private static List<String> gemeenten(long zaad) {
        Set<String> namen = new LinkedHashSet<>();
        for (String stam : STAMMEN) {
            for (String achter : ACHTERVOEGSELS) {
                namen.add(stam + achter);
            }
        }
        List<String> lijst = new ArrayList<>(namen);
        java.util.Collections.shuffle(lijst, new Random(zaad));
        return lijst;
    }

    static String sleutel(String gemeente) {
        return Normalizer.normalize(gemeente, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "")
                .toLowerCase(Locale.ROOT);
    }
}
