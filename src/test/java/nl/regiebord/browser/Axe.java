package nl.regiebord.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, run in the page the browser shows, with the WCAG 2.1 A and AA rules:
 * {@code Axe.assertGeenErnstigeSchendingen(browser.driver())}.
 * <p>
 * The script is the {@code axe.min.js} that {@code com.deque.html.axe-core:selenium} carries; it is injected
 * through WebDriver, which a Content-Security-Policy does not restrict. The page's iframes are not checked.
 */
public final class Axe {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String AXE = lees("/axe.min.js");

    // a compact result: per violation its rule, impact, help and, per element, a selector, its HTML and what to fix
    private static final String ANALYSE = """
            var klaar = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(function (uitslag) {
                klaar({versie: axe.version, schendingen: uitslag.violations.map(function (v) {
                  return {id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
                    elementen: v.nodes.map(function (n) {
                      var doel = n.target.length === 1 && typeof n.target[0] === 'string'
                          ? n.target[0] : JSON.stringify(n.target);
                      return {selector: doel, html: n.html || '', oplossing: n.failureSummary || ''};
                    })};
                })});
              }, function (fout) { klaar({fout: String(fout)}); });
            """;

    private Axe() {
    }

    /** One broken rule: {@code impact} is minor, moderate, serious or critical. */
    public record Schending(String id, String impact, String help, String helpUrl, List<Element> elementen) {

        public boolean ernstig() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        public List<String> selectors() {
            return elementen.stream().map(Element::selector).toList();
        }
    }

    /** An element that breaks the rule: a CSS selector, its HTML and axe's advice. */
    public record Element(String selector, String html, String oplossing) {
    }

    /** Every violation of a WCAG 2.1 A or AA rule on the current page. */
    public static List<Schending> controleer(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(AXE);
        }
        Map<?, ?> uitslag = (Map<?, ?>) js.executeAsyncScript(ANALYSE, WCAG_21_AA);
        if (uitslag.containsKey("fout")) {
            throw new IllegalStateException("axe-core liep niet op " + driver.getCurrentUrl() + ": " + uitslag.get("fout"));
        }
        return ((List<?>) uitslag.get("schendingen")).stream().map(v -> (Map<?, ?>) v)
                .map(v -> new Schending(tekst(v, "id"), tekst(v, "impact"), tekst(v, "help"), tekst(v, "helpUrl"),
                        ((List<?>) v.get("elementen")).stream().map(e -> (Map<?, ?>) e)
                                .map(e -> new Element(tekst(e, "selector"), tekst(e, "html"), tekst(e, "oplossing")))
                                .toList()))
                .toList();
    }

    /** Fails, listing each one, when the current page has a serious or critical WCAG 2.1 A/AA violation. */
    public static void assertGeenErnstigeSchendingen(WebDriver driver) {
        List<Schending> ernstig = controleer(driver).stream().filter(Schending::ernstig).toList();
        if (!ernstig.isEmpty()) {
            throw new AssertionError(ernstig.size() + " ernstige toegankelijkheidsfout(en) (axe-core, WCAG 2.1 A/AA) op "
                    + driver.getCurrentUrl() + ":\n" + ernstig.stream().map(Axe::beschrijf).collect(Collectors.joining("\n")));
        }
    }

    static String beschrijf(Schending schending) {
        StringBuilder tekst = new StringBuilder("- ").append(schending.id()).append(" [").append(schending.impact())
                .append("] ").append(schending.help()).append(" (").append(schending.helpUrl()).append(")");
        for (Element element : schending.elementen()) {
            tekst.append("\n    ").append(element.selector()).append("   ").append(kort(element.html()));
            element.oplossing().lines().forEach(regel -> tekst.append("\n      ").append(regel.strip()));
        }
        return tekst.toString();
    }

    private static String kort(String html) {
        String regel = html.replaceAll("\\s+", " ");
        return regel.length() <= 120 ? regel : regel.substring(0, 117) + "...";
    }

    private static String tekst(Map<?, ?> map, String sleutel) {
        Object waarde = map.get(sleutel);
        return waarde == null ? "" : waarde.toString();
    }

    private static String lees(String bron) {
        try (InputStream in = Axe.class.getResourceAsStream(bron)) {
            if (in == null) {
                throw new IllegalStateException(bron + " ontbreekt op het classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
