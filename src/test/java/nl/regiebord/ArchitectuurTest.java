package nl.regiebord;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The layer rule of the code map: a package imports only packages below it, so two packages never import each
 * other. Read from the compiled classes, so a dependency counts also where no import line shows it (a fully
 * qualified name, a nested type). A new package has to be given its floor here.
 */
class ArchitectuurTest {

    /** Top to bottom: composite pages, domain features, shared kits, ground. */
    static final List<String> LAGEN = List.of(
            "opstart", "proefdata", "planwerkmap", "stuurgroep", "overzicht", "account", "beheer", "plannen",
            "projectkaart", "stakeholder", "risico", "register", "product", "actie",
            "importeren", "backup", "export", "seed", "modelplan", "toegang", "historie", "plan",
            "security", "gebruiker", "pagina", "transactie", "klok", "meting", "opslag", "api");

    private static final String WORTEL = "nl.regiebord.";
    /** A row of the README's code map: {@code | `risico` | ch. 4: … |}. */
    private static final Pattern KAARTREGEL = Pattern.compile("^\\| `([a-z]+)` \\|");

    private static JavaClasses klassen;

    @BeforeAll
    static void leesKlassen() {
        // the compiled main classes only: scanning the class path for the package would also read every jar
        klassen = new ClassFileImporter().importPath(Path.of("target", "classes"));
    }

    @Test
    void everyPackageHasAFloor() {
        Set<String> zonderVerdieping = klassen.stream().map(ArchitectuurTest::pakket)
                .filter(p -> !LAGEN.contains(p)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), zonderVerdieping, "pakketten zonder plaats in ArchitectuurTest.LAGEN");
    }

    @Test
    void everyDependencyPointsDown() {
        Set<String> omhoog = new TreeSet<>();
        for (JavaClass klasse : klassen) {
            int eigen = LAGEN.indexOf(pakket(klasse));
            for (Dependency afhankelijkheid : klasse.getDirectDependenciesFromSelf()) {
                JavaClass doel = afhankelijkheid.getTargetClass();
                if (!doel.getPackageName().startsWith(WORTEL)) {
                    continue;
                }
                int verdieping = LAGEN.indexOf(pakket(doel));
                if (verdieping < eigen) {
                    omhoog.add(pakket(klasse) + " -> " + pakket(doel) + ": " + afhankelijkheid.getDescription());
                }
            }
        }
        assertEquals(Set.of(), omhoog, "afhankelijkheden die omhoog wijzen (" + omhoog.size() + ")");
    }

    @Test
    void theReadmesCodeMapListsThePackagesInTheirFloorOrder() throws IOException {
        List<String> kaart = Files.readAllLines(Path.of("README.md")).stream()
                .map(KAARTREGEL::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
        assertEquals(LAGEN, kaart, "de codekaart in de README volgt de verdiepingen van ArchitectuurTest.LAGEN");
    }

    /** One import order for the whole tree: the plain imports alphabetically, a blank line, the static ones. */
    @Test
    void everyFileOrdersItsImportsTheSameWay() throws IOException {
        Set<String> anders = new TreeSet<>();
        for (String map : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> bestanden = Files.walk(Path.of(map))) {
                for (Path bestand : bestanden.filter(p -> p.toString().endsWith(".java")).toList()) {
                    List<String> regels = Files.readAllLines(bestand);
                    int eerste = -1;
                    int laatste = -1;
                    for (int i = 0; i < regels.size(); i++) {
                        if (regels.get(i).startsWith("import ")) {
                            eerste = eerste < 0 ? i : eerste;
                            laatste = i;
                        }
                    }
                    if (eerste >= 0 && !regels.subList(eerste, laatste + 1).equals(geordend(regels.subList(eerste, laatste + 1)))) {
                        anders.add(bestand.toString());
                    }
                }
            }
        }
        assertEquals(Set.of(), anders, "bestanden met een andere volgorde van imports");
    }

    private static List<String> geordend(List<String> blok) {
        List<String> gewoon = blok.stream().filter(r -> r.startsWith("import ") && !r.startsWith("import static "))
                .sorted().distinct().toList();
        List<String> statisch = blok.stream().filter(r -> r.startsWith("import static ")).sorted().distinct().toList();
        List<String> geordend = new java.util.ArrayList<>(gewoon);
        if (!gewoon.isEmpty() && !statisch.isEmpty()) {
            geordend.add("");
        }
        geordend.addAll(statisch);
        return geordend;
    }

    /** The first name under nl.regiebord: {@code risico} for {@code nl.regiebord.risico.Risico}. */
    private static String pakket(JavaClass klasse) {
        String naam = klasse.getPackageName();
        if (!naam.startsWith(WORTEL)) {
            return naam;
        }
        String rest = naam.substring(WORTEL.length());
        int punt = rest.indexOf('.');
        return punt < 0 ? rest : rest.substring(0, punt);
    }
}
