package nl.regiebord.risico;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.regiebord.klok.VerstelbareKlok;
import nl.regiebord.pagina.Bezoeker;
import nl.regiebord.plan.Testplannen;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class RisicoDashboardTest {

    @Inject
    VerstelbareKlok klok;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    @Test
    void theDashboardCountsTheMatrixAndFlagsOverdueReviews() {
        long plan = Testplannen.gemeente();
        klok.zet(LocalDate.of(2026, 9, 1));
        Risicos.gescoord(plan, "hoog", "hoog", "A");
        Risicos.gescoord(plan, "laag", "laag", "A");
        klok.herstel();
        Document dashboard = Bezoeker.open("/plannen/" + plan);
        String tellingen = dashboard.getElementById("risico-tellingen").text();
        assertTrue(tellingen.contains("laag: 1") && tellingen.contains("midden: 0") && tellingen.contains("hoog: 1"), tellingen);
        String teLaat = dashboard.getElementById("review-te-laat").text();
        assertTrue(teLaat.contains("Risico hoog/hoog van A") && teLaat.contains("01-10-2026"), teLaat);
        assertEquals(1, dashboard.select("#review-te-laat li").size());
    }

    @Test
    void aPlanWithoutOverdueReviewsShowsNoList() {
        long plan = Testplannen.gemeente();
        Risicos.gescoord(plan, "hoog", "hoog", "A");
        assertNull(Bezoeker.open("/plannen/" + plan).getElementById("review-te-laat"));
    }
}
