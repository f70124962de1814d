package nl.regiebord.toegang;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.regiebord.klok.VerstelbareKlok;
import nl.regiebord.security.Sessiecookie;
import nl.regiebord.security.Testgebruikers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static nl.regiebord.security.Testgebruikers.BEHEERDER;
import static nl.regiebord.security.Testgebruikers.BEHEERDER_WACHTWOORD;
import static nl.regiebord.security.Testgebruikers.WACHTWOORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The role × endpoint × expected status table of issue 5, run as tests: one row per endpoint (JSON API, pages and
 * exports), one column per caller. The statuses follow the intended rights of {@link Rol}: a caller without a role
 * in the plan gets 404, a member whose role lacks the right 403, anyone without login 401 (API) or a redirect to
 * the login form (pages).
 *
 * <p>A change is sent with a body that fails validation (or that is refused by a rule, or changes nothing), so an
 * allowed caller gets 400/422 (or the endpoint's success code) without changing the plan: the status proves the
 * access check let the request through. Page forms carry the caller's own CSRF token, so it is access that is
 * tested here, not the CSRF guard.
 */
@QuarkusTest
class RolTabelTest {

    /** The columns of the table, in order. */
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final List<String> BELLERS = List.of("anoniem", "geenLid", "lezer", "stuurgroep", "projectleider",
            "projectmanager", "beheerder");

    /** A backup is Regiebord's own on H2; on PostgreSQL the beheerder is sent to pg_dump (409). */
    static final int BACKUP = "postgresql".equals(System.getProperty("regiebord.testdb")) ? 409 : 200;

    /** The body of an upload: a multipart form with an empty file, which an allowed caller gets refused with 400. */
    static final String LEEG_BESTAND = "multipart: een leeg bestand";

    /**
     * One endpoint: "METHOD path", the JSON body (API only; pages get an empty form plus the CSRF token), or
     * {@link #LEEG_BESTAND} for an upload.
     */
    record Rij(String methode, String pad, String body, int[] verwacht) {
        boolean api() {
            return pad.startsWith("/api");
        }

        @Override
        public String toString() {
            return methode + " " + pad;
        }
    }

    private static Rij rij(String endpoint, String body, int anoniem, int geenLid, int lezer, int stuurgroep,
                           int projectleider, int projectmanager, int beheerder) {
        String[] delen = endpoint.trim().split("\\s+", 2);
        return new Rij(delen[0], delen[1], body,
                new int[]{anoniem, geenLid, lezer, stuurgroep, projectleider, projectmanager, beheerder});
    }

    /*
     * Placeholders: {p} the plan, {a} an action with decisions per gemeente, {s} its first step, {b} its first
     * decision, {pr} a product of the checklist, {r} a risk, {rw} a risk that may be deleted (deleting is
     * idempotent), {rv} a risk review, {vg} a stuurgroep meeting, {l} the membership of the plan's only projectmanager (removing it is refused
     * by a rule: 422), {g} a spare user.
     */
    static Stream<Rij> tabel() {
        return Stream.of(
                //                                                           anoniem geenLid lezer stuurgr pleider pmanager beheerder
                // --- plans
                rij("GET    /api/plannen",                               null, 401, 200, 200, 200, 200, 200, 200),
                rij("POST   /api/plannen",                               "{}", 401, 403, 403, 403, 403, 403, 400),
                rij("GET    /api/plannen/{p}",                           null, 401, 404, 200, 200, 200, 200, 404),
                rij("PATCH  /api/plannen/{p}",                           "{}", 401, 404, 403, 403, 403, 400, 404),
                // --- actions, steps, decisions
                rij("GET    /api/plannen/{p}/acties",                    null, 401, 404, 200, 200, 200, 200, 404),
                rij("POST   /api/plannen/{p}/acties",                    "{}", 401, 404, 403, 403, 400, 400, 404),
                rij("GET    /api/plannen/{p}/acties/{a}",                null, 401, 404, 200, 200, 200, 200, 404),
                rij("PATCH  /api/plannen/{p}/acties/{a}",                "{}", 401, 404, 403, 403, 400, 400, 404),
                rij("PATCH  /api/plannen/{p}/acties/{a}/stappen/{s}",    "{}", 401, 404, 403, 403, 400, 400, 404),
                rij("GET    /api/plannen/{p}/acties/{a}/besluiten",      null, 401, 404, 200, 200, 200, 200, 404),
                rij("PATCH  /api/plannen/{p}/acties/{a}/besluiten/{b}",  "{}", 401, 404, 403, 403, 400, 400, 404),
                rij("GET    /api/plannen/{p}/acties/{a}/historie",       null, 401, 404, 200, 200, 200, 200, 404),
                // --- productenchecklist
                rij("GET    /api/plannen/{p}/producten",                 null, 401, 404, 200, 200, 200, 200, 404),
                rij("GET    /api/plannen/{p}/producten/{pr}",            null, 401, 404, 200, 200, 200, 200, 404),
                rij("PATCH  /api/plannen/{p}/producten/{pr}",            "{}", 401, 404, 403, 403, 400, 400, 404),
                rij("GET    /api/plannen/{p}/producten/{pr}/historie",   null, 401, 404, 200, 200, 200, 200, 404),
                // --- risks
                rij("GET    /api/plannen/{p}/risicos",                   null, 401, 404, 200, 200, 200, 200, 404),
                rij("POST   /api/plannen/{p}/risicos",                   "{}", 401, 404, 403, 403, 400, 400, 404),
                rij("POST   /api/plannen/{p}/risicos/voorbeelden",       null, 401, 404, 403, 403, 422, 422, 404),
                rij("GET    /api/plannen/{p}/risicos/{r}",               null, 401, 404, 200, 200, 200, 200, 404),
                rij("PATCH  /api/plannen/{p}/risicos/{r}",               "{}", 401, 404, 403, 403, 400, 400, 404),
                rij("DELETE /api/plannen/{p}/risicos/{rw}",              null, 401, 404, 403, 403, 204, 204, 404),
                rij("POST   /api/plannen/{p}/risicos/{r}/herstel",       null, 401, 404, 403, 403, 200, 200, 404),
                rij("POST   /api/plannen/{p}/risicos/{r}/cluster",       "{}", 401, 404, 403, 403, 400, 400, 404),
                rij("DELETE /api/plannen/{p}/risicos/{r}/cluster",       null, 401, 404, 403, 403, 200, 200, 404),
                rij("GET    /api/plannen/{p}/risicos/{r}/historie",      null, 401, 404, 200, 200, 200, 200, 404),
                rij("GET    /api/plannen/{p}/risicomatrix",              null, 401, 404, 200, 200, 200, 200, 404),
                rij("GET    /api/plannen/{p}/stuurgroep",                null, 401, 404, 200, 200, 200, 200, 404),
                rij("GET    /api/plannen/{p}/besluitenrooster",          null, 401, 404, 200, 200, 200, 200, 404),
                rij("GET    /api/plannen/{p}/vergaderingen",             null, 401, 404, 200, 200, 200, 200, 404),
                rij("POST   /api/plannen/{p}/vergaderingen",             "{}", 401, 404, 403, 400, 403, 400, 404),
                rij("GET    /api/plannen/{p}/vergaderingen/{vg}",        null, 401, 404, 200, 200, 200, 200, 404),
                rij("GET    /api/plannen/{p}/vergaderingen/{vg}/pakket.pdf", null, 401, 404, 200, 200, 200, 200, 404),
                rij("GET    /api/plannen/{p}/vergaderingen/{vg}/stuurgroep.xlsx", null, 401, 404, 200, 200, 200, 200, 404),
                rij("GET    /api/plannen/{p}/stuurgroep/pakket.pdf",     null, 401, 404, 200, 200, 200, 200, 404),
                rij("GET    /api/plannen/{p}/stuurgroep/stuurgroep.xlsx", null, 401, 404, 200, 200, 200, 200, 404),
                // --- risk reviews and their cadence
                rij("GET    /api/plannen/{p}/risicoreviews",             null, 401, 404, 200, 200, 200, 200, 404),
                rij("POST   /api/plannen/{p}/risicoreviews",             "{}", 401, 404, 403, 400, 403, 400, 404),
                rij("GET    /api/plannen/{p}/risicoreviews/{rv}",        null, 401, 404, 200, 200, 200, 200, 404),
                rij("GET    /api/plannen/{p}/risicocadans",              null, 401, 404, 200, 200, 200, 200, 404),
                rij("PATCH  /api/plannen/{p}/risicocadans",              "{}", 401, 404, 403, 403, 403, 400, 404),
                // --- progress, activity, members, exports
                rij("GET    /api/plannen/{p}/voortgang",                 null, 401, 404, 200, 200, 200, 200, 404),
                rij("GET    /api/plannen/{p}/activiteit",                null, 401, 404, 200, 200, 200, 200, 404),
                rij("GET    /api/plannen/{p}/leden",                     null, 401, 404, 200, 200, 200, 200, 200),
                rij("POST   /api/plannen/{p}/leden",                     "{}", 401, 404, 403, 403, 403, 400, 400),
                rij("PATCH  /api/plannen/{p}/leden/{l}",                 "{}", 401, 404, 403, 403, 403, 400, 400),
                rij("DELETE /api/plannen/{p}/leden/{l}",                 null, 401, 404, 403, 403, 403, 422, 422),
                rij("GET    /api/plannen/{p}/export/bijlage1.xlsx",      null, 401, 404, 200, 200, 200, 200, 404),
                rij("GET    /api/plannen/{p}/export/plan.xlsx",          null, 401, 404, 200, 200, 200, 200, 404),
                rij("GET    /api/plannen/{p}/export/risicos.xlsx",       null, 401, 404, 200, 200, 200, 200, 404),
                rij("GET    /api/plannen/{p}/export/projectkaarten.xlsx", null, 401, 404, 200, 200, 200, 200, 404),
                // --- stakeholders
                rij("GET    /api/plannen/{p}/stakeholders",              null, 401, 404, 200, 200, 200, 200, 404),
                rij("POST   /api/plannen/{p}/stakeholders",              "{}", 401, 404, 403, 403, 400, 400, 404),
                rij("GET    /api/plannen/{p}/stakeholders/checklist",    null, 401, 404, 200, 200, 200, 200, 404),
                rij("POST   /api/plannen/{p}/stakeholders/checklist",    "{}", 401, 404, 403, 403, 400, 400, 404),
                rij("GET    /api/plannen/{p}/stakeholders/dekking",      null, 401, 404, 200, 200, 200, 200, 404),
                rij("GET    /api/plannen/{p}/stakeholders/{sh}",         null, 401, 404, 200, 200, 200, 200, 404),
                rij("PATCH  /api/plannen/{p}/stakeholders/{sh}",         "{}", 401, 404, 403, 403, 400, 400, 404),
                rij("DELETE /api/plannen/{p}/stakeholders/{shw}",        null, 401, 404, 403, 403, 204, 204, 404),
                rij("POST   /api/plannen/{p}/stakeholders/{sh}/herstel", null, 401, 404, 403, 403, 200, 200, 404),
                rij("POST   /api/plannen/{p}/stakeholders/{sh}/samenvoegen", "{}", 401, 404, 403, 403, 400, 400, 404),
                rij("GET    /api/plannen/{p}/stakeholders/{sh}/historie", null, 401, 404, 200, 200, 200, 200, 404),
                rij("GET    /api/plannen/{p}/stakeholders/{sh}/contacten", null, 401, 404, 200, 200, 200, 200, 404),
                rij("POST   /api/plannen/{p}/stakeholders/{sh}/contacten", "{\"datum\": \"gisteren\"}", 401, 404, 403, 403, 400, 400, 404),
                rij("DELETE /api/plannen/{p}/stakeholders/{sh}/contacten/{co}", null, 401, 404, 403, 403, 204, 204, 404),
                rij("POST   /api/plannen/{p}/stakeholders/{sh}/contacten/{co}/herstel", null, 401, 404, 403, 403, 200, 200, 404),
                rij("GET    /api/plannen/{p}/stakeholdermatrix",         null, 401, 404, 200, 200, 200, 200, 404),
                rij("GET    /api/plannen/{p}/stakeholderherijkingen",    null, 401, 404, 200, 200, 200, 200, 404),
                rij("POST   /api/plannen/{p}/stakeholderherijkingen",    "{}", 401, 404, 403, 403, 400, 400, 404),
                rij("GET    /api/plannen/{p}/stakeholderherijkingen/{hj}", null, 401, 404, 200, 200, 200, 200, 404),
                rij("GET    /api/plannen/{p}/export/stakeholders.xlsx",  null, 401, 404, 200, 200, 200, 200, 404),
                // --- projectkaarten
                rij("GET    /api/plannen/{p}/projectkaarten",            null, 401, 404, 200, 200, 200, 200, 404),
                rij("POST   /api/plannen/{p}/projectkaarten",            "{}", 401, 404, 403, 403, 400, 400, 404),
                rij("GET    /api/plannen/{p}/projectkaarten/themas",     null, 401, 404, 200, 200, 200, 200, 404),
                rij("GET    /api/plannen/{p}/projectkaarten/{k}",        null, 401, 404, 200, 200, 200, 200, 404),
                rij("PATCH  /api/plannen/{p}/projectkaarten/{k}",        "{}", 401, 404, 403, 403, 400, 400, 404),
                rij("DELETE /api/plannen/{p}/projectkaarten/{kw}",       null, 401, 404, 403, 403, 204, 204, 404),
                rij("POST   /api/plannen/{p}/projectkaarten/{k}/herstel", null, 401, 404, 403, 403, 200, 200, 404),
                rij("GET    /api/plannen/{p}/projectkaarten/{k}/historie", null, 401, 404, 200, 200, 200, 200, 404),
                rij("GET    /api/plannen/{p}/projectkaarten/{k}/mijlpalen", null, 401, 404, 200, 200, 200, 200, 404),
                rij("POST   /api/plannen/{p}/projectkaarten/{k}/mijlpalen", "{}", 401, 404, 403, 403, 400, 400, 404),
                rij("GET    /api/plannen/{p}/projectkaarten/{k}/mijlpalen/{ml}", null, 401, 404, 200, 200, 200, 200, 404),
                rij("PATCH  /api/plannen/{p}/projectkaarten/{k}/mijlpalen/{ml}", "{}", 401, 404, 403, 403, 400, 400, 404),
                // deleting is final: the projectleider deletes it, so the projectmanager after them finds none
                rij("DELETE /api/plannen/{p}/projectkaarten/{k}/mijlpalen/{mlw}", null, 401, 404, 403, 403, 204, 404, 404),
                rij("GET    /api/plannen/{p}/export/producten.xlsx",     null, 401, 404, 200, 200, 200, 200, 404),
                rij("POST   /api/plannen/{p}/import/bijlage1",   LEEG_BESTAND, 401, 404, 403, 403, 400, 400, 404),
                rij("POST   /api/plannen/{p}/import/producten",  LEEG_BESTAND, 401, 404, 403, 403, 400, 400, 404),
                // --- users, own account, the model
                rij("GET    /api/gebruikers",                            null, 401, 403, 403, 403, 403, 403, 200),
                rij("POST   /api/gebruikers",                            "{}", 401, 403, 403, 403, 403, 403, 400),
                rij("GET    /api/gebruikers/{g}",                        null, 401, 403, 403, 403, 403, 403, 200),
                rij("PATCH  /api/gebruikers/{g}",                        "{}", 401, 403, 403, 403, 403, 403, 400),
                rij("POST   /api/gebruikers/{g}/wachtwoord-herstel",     null, 401, 403, 403, 403, 403, 403, 200),
                rij("GET    /api/gebruikers/blokkades",                  null, 401, 403, 403, 403, 403, 403, 200),
                rij("DELETE /api/gebruikers/{g}/blokkade",               null, 401, 403, 403, 403, 403, 403, 204),
                rij("POST   /api/beheer/backup",                         null, 401, 403, 403, 403, 403, 403, BACKUP),
                rij("GET    /api/mij",                                   null, 401, 200, 200, 200, 200, 200, 200),
                rij("PUT    /api/mij/wachtwoord",                        "{}", 401, 400, 400, 400, 400, 400, 400),
                rij("GET    /api/mij/acties",                            null, 401, 200, 200, 200, 200, 200, 200),
                rij("GET    /api/model",                                 null, 401, 200, 200, 200, 200, 200, 200),
                rij("GET    /api/model/keten",                           null, 401, 200, 200, 200, 200, 200, 200),

                // --- pages: start page, dashboard, tijdtafel, action page
                rij("GET    /",                                          null, 302, 200, 200, 200, 200, 200, 200),
                rij("POST   /plannen",                                   null, 303, 403, 403, 403, 403, 403, 400),
                rij("GET    /plannen/{p}",                               null, 302, 404, 200, 200, 200, 200, 404),
                rij("POST   /plannen/{p}/inwerkingtreding",              null, 303, 404, 403, 403, 403, 400, 404),
                rij("GET    /plannen/{p}/tijdtafel",                     null, 302, 404, 200, 200, 200, 200, 404),
                rij("POST   /plannen/{p}/tijdtafel/acties",              null, 303, 404, 403, 403, 400, 400, 404),
                rij("POST   /plannen/{p}/tijdtafel/acties/{a}",          null, 303, 404, 403, 403, 400, 400, 404),
                rij("POST   /plannen/{p}/tijdtafel/import",      LEEG_BESTAND, 303, 404, 403, 403, 400, 400, 404),
                rij("GET    /plannen/{p}/acties/{a}",                    null, 302, 404, 200, 200, 200, 200, 404),
                rij("POST   /plannen/{p}/acties/{a}",                    null, 303, 404, 403, 403, 400, 400, 404),
                rij("POST   /plannen/{p}/acties/{a}/stappen/{s}",        null, 303, 404, 403, 403, 400, 400, 404),
                rij("POST   /plannen/{p}/acties/{a}/besluiten/{b}",      null, 303, 404, 403, 403, 400, 400, 404),
                rij("GET    /plannen/{p}/keten",                         null, 302, 404, 200, 200, 200, 200, 404),
                rij("GET    /plannen/{p}/producten",                     null, 302, 404, 200, 200, 200, 200, 404),
                rij("POST   /plannen/{p}/producten/{pr}",                null, 303, 404, 403, 403, 400, 400, 404),
                rij("POST   /plannen/{p}/producten/import",      LEEG_BESTAND, 303, 404, 403, 403, 400, 400, 404),
                // --- risk pages
                rij("GET    /plannen/{p}/risicomatrix",                  null, 302, 404, 200, 200, 200, 200, 404),
                rij("GET    /plannen/{p}/stuurgroep",                    null, 302, 404, 200, 200, 200, 200, 404),
                rij("GET    /plannen/{p}/besluiten",                     null, 302, 404, 200, 200, 200, 200, 404),
                rij("POST   /plannen/{p}/stuurgroep/vergaderingen",      null, 303, 404, 403, 400, 403, 400, 404),
                rij("GET    /plannen/{p}/stuurgroep/vergaderingen/{vg}", null, 302, 404, 200, 200, 200, 200, 404),
                rij("GET    /plannen/{p}/stuurgroep/vergaderingen/{vg}/pakket.pdf", null, 302, 404, 200, 200, 200, 200, 404),
                rij("GET    /plannen/{p}/stuurgroep/vergaderingen/{vg}/stuurgroep.xlsx", null, 302, 404, 200, 200, 200, 200, 404),
                rij("GET    /plannen/{p}/stuurgroep/pakket.pdf",         null, 302, 404, 200, 200, 200, 200, 404),
                rij("GET    /plannen/{p}/stuurgroep/stuurgroep.xlsx",    null, 302, 404, 200, 200, 200, 200, 404),
                rij("POST   /plannen/{p}/risicomatrix/review",           null, 303, 404, 403, 400, 403, 400, 404),
                rij("GET    /plannen/{p}/risicos",                       null, 302, 404, 200, 200, 200, 200, 404),
                rij("POST   /plannen/{p}/risicos",                       null, 303, 404, 403, 403, 400, 400, 404),
                rij("POST   /plannen/{p}/risicos/voorbeelden",           null, 303, 404, 403, 403, 422, 422, 404),
                rij("GET    /plannen/{p}/risicos/{r}",                   null, 302, 404, 200, 200, 200, 200, 404),
                rij("POST   /plannen/{p}/risicos/{r}",                   null, 303, 404, 403, 403, 400, 400, 404),
                rij("POST   /plannen/{p}/risicos/{r}/cluster",           null, 303, 404, 403, 403, 303, 303, 404),
                rij("POST   /plannen/{p}/risicos/{rw}/verwijder",        null, 303, 404, 403, 403, 303, 303, 404),
                rij("POST   /plannen/{p}/risicos/{r}/herstel",           null, 303, 404, 403, 403, 303, 303, 404),
                // --- activity, members, export
                rij("GET    /plannen/{p}/activiteit",                    null, 302, 404, 200, 200, 200, 200, 404),
                rij("GET    /plannen/{p}/leden",                         null, 302, 404, 200, 200, 200, 200, 200),
                rij("POST   /plannen/{p}/leden",                         null, 303, 404, 403, 403, 403, 400, 400),
                rij("POST   /plannen/{p}/leden/{l}",                     null, 303, 404, 403, 403, 403, 400, 400),
                rij("POST   /plannen/{p}/leden/{l}/verwijder",           null, 303, 404, 403, 403, 403, 422, 422),
                rij("GET    /plannen/{p}/export/bijlage1.xlsx",          null, 302, 404, 200, 200, 200, 200, 404),
                rij("GET    /plannen/{p}/export/plan.xlsx",              null, 302, 404, 200, 200, 200, 200, 404),
                rij("GET    /plannen/{p}/export/risicos.xlsx",           null, 302, 404, 200, 200, 200, 200, 404),
                rij("GET    /plannen/{p}/export/projectkaarten.xlsx",    null, 302, 404, 200, 200, 200, 200, 404),
                rij("GET    /plannen/{p}/export/stakeholders.xlsx",      null, 302, 404, 200, 200, 200, 200, 404),
                rij("GET    /plannen/{p}/stakeholders",                  null, 302, 404, 200, 200, 200, 200, 404),
                rij("GET    /plannen/{p}/stakeholdermatrix",             null, 302, 404, 200, 200, 200, 200, 404),
                rij("GET    /plannen/{p}/stakeholders/{sh}",             null, 302, 404, 200, 200, 200, 200, 404),
                // --- projectkaart pages
                rij("GET    /plannen/{p}/projectkaarten",                null, 302, 404, 200, 200, 200, 200, 404),
                rij("POST   /plannen/{p}/projectkaarten",                null, 303, 404, 403, 403, 400, 400, 404),
                rij("GET    /plannen/{p}/projectkaarten/{k}",            null, 302, 404, 200, 200, 200, 200, 404),
                rij("GET    /plannen/{p}/export/producten.xlsx",         null, 302, 404, 200, 200, 200, 200, 404),
                // --- own pages, reference, beheer
                rij("GET    /account",                                   null, 302, 200, 200, 200, 200, 200, 200),
                rij("POST   /account/wachtwoord",                        null, 303, 400, 400, 400, 400, 400, 400),
                rij("GET    /mijn-acties",                               null, 302, 200, 200, 200, 200, 200, 200),
                rij("GET    /keten",                                     null, 302, 200, 200, 200, 200, 200, 200),
                rij("GET    /beheer",                                    null, 302, 403, 403, 403, 403, 403, 200),
                rij("POST   /beheer/gebruikers",                         null, 303, 403, 403, 403, 403, 403, 400),
                rij("POST   /beheer/gebruikers/{g}",                     null, 303, 403, 403, 403, 403, 403, 400),
                rij("POST   /beheer/gebruikers/{g}/wachtwoord-herstel",  null, 303, 403, 403, 403, 403, 403, 200),
                rij("POST   /beheer/gebruikers/{g}/blokkade-opheffen",   null, 303, 403, 403, 403, 403, 403, 303),
                rij("POST   /beheer/backup",                             null, 303, 403, 403, 403, 403, 403, BACKUP));
    }

    /** Someone calling: basic auth for the API, a session cookie and its CSRF token for the pages. */
    record Beller(String naam, String gebruikersnaam, String wachtwoord, String cookie, String csrf) {
        boolean anoniem() {
            return gebruikersnaam == null;
        }
    }

    /** The plan of the table, its records and the callers; made once for the class. */
    record Opzet(long plan, long anderPlan, Map<String, Long> ids, Map<String, Beller> bellers) {
    }

    private static Opzet opzet;

    static synchronized Opzet opzet() {
        if (opzet == null) {
            opzet = maakOpzet();
        }
        return opzet;
    }

    private static RequestSpecification als(String gebruikersnaam, String wachtwoord) {
        return RestAssured.given().noFilters().auth().preemptive().basic(gebruikersnaam, wachtwoord)
                .redirects().follow(false);
    }

    private static long id(Response antwoord, int status, String pad) {
        assertEquals(status, antwoord.statusCode(), antwoord.asString());
        return ((Number) antwoord.path(pad)).longValue();
    }

    private static Opzet maakOpzet() {
        String pm = Testgebruikers.nieuw("Pim Projectmanager");
        String pl = Testgebruikers.nieuw("Lotte Projectleider");
        String sg = Testgebruikers.nieuw("Sam Stuurgroep");
        String lz = Testgebruikers.nieuw("Lex Lezer");
        String buiten = Testgebruikers.nieuw("Bo Buitenstaander");
        String reserve = Testgebruikers.nieuw("Rik Reserve");

        // the beheerder makes the plan and names its projectmanager: the beheerder gets no role in it
        long plan = plan(Testgebruikers.id(pm));
        long anderPlan = plan(Testgebruikers.id(buiten));
        Testgebruikers.lid(plan, pl, "projectleider");
        Testgebruikers.lid(plan, sg, "stuurgroep");
        Testgebruikers.lid(plan, lz, "lezer");

        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put("p", plan);
        long actieId = verordening(pm, plan);
        ids.put("a", actieId);
        JsonPath detail = als(pm, WACHTWOORD).get("/api/plannen/" + plan + "/acties/" + actieId).then().statusCode(200)
                .extract().jsonPath();
        ids.put("s", detail.getLong("stappen[0].id"));
        ids.put("b", detail.getLong("besluiten[0].id"));
        ids.put("pr", als(pm, WACHTWOORD).get("/api/plannen/" + plan + "/producten").then().statusCode(200)
                .extract().jsonPath().getLong("[0].id"));
        ids.put("r", risico(pm, plan, "Te weinig inburgeraars bereikt"));
        ids.put("rw", risico(pm, plan, "Een risico om te verwijderen"));
        als(pm, WACHTWOORD).post("/api/plannen/" + plan + "/risicos/voorbeelden").then().statusCode(201);
        ids.put("rv", id(als(pm, WACHTWOORD).contentType(ContentType.JSON)
                .body(Map.of("datum", VerstelbareKlok.STANDAARD.minusDays(1).toString(), "aanwezigen", List.of("Sam Stuurgroep")))
                .post("/api/plannen/" + plan + "/risicoreviews"), 201, "id"));
        ids.put("vg", id(als(pm, WACHTWOORD).contentType(ContentType.JSON)
                .body(Map.of("datum", VerstelbareKlok.STANDAARD.minusDays(1).toString(), "aanwezigen", List.of("Sam Stuurgroep")))
                .post("/api/plannen/" + plan + "/vergaderingen"), 201, "id"));
        JsonPath leden = als(pm, WACHTWOORD).get("/api/plannen/" + plan + "/leden").then().statusCode(200)
                .extract().jsonPath();
        ids.put("l", leden.getLong("find { it.gebruikersnaam == '" + pm + "' }.id"));
        ids.put("g", Testgebruikers.id(reserve));
        JsonPath kaart = als(pm, WACHTWOORD).contentType(ContentType.JSON)
                .body(Map.of("thema", "inkoop", "titel", "Inkoop taaltrajecten", "mijlpalen",
                        List.of(Map.of("omschrijving", "Gunning", "datum", "2021-06-30"),
                                Map.of("omschrijving", "Om te verwijderen", "datum", "2021-09-30"))))
                .post("/api/plannen/" + plan + "/projectkaarten").then().statusCode(201).extract().jsonPath();
        ids.put("k", kaart.getLong("id"));
        ids.put("ml", kaart.getLong("mijlpalen[0].id"));
        ids.put("mlw", kaart.getLong("mijlpalen[1].id"));
        long stakeholder = id(als(pm, WACHTWOORD).contentType(ContentType.JSON)
                .body(Map.of("naam", "COA", "type", "extern", "belang", "hoog", "invloed", "hoog"))
                .post("/api/plannen/" + plan + "/stakeholders"), 201, "id");
        ids.put("sh", stakeholder);
        ids.put("shw", id(als(pm, WACHTWOORD).contentType(ContentType.JSON)
                .body(Map.of("naam", "Een stakeholder om te verwijderen", "type", "intern"))
                .post("/api/plannen/" + plan + "/stakeholders"), 201, "id"));
        ids.put("co", id(als(pm, WACHTWOORD).contentType(ContentType.JSON)
                .body(Map.of("datum", VerstelbareKlok.STANDAARD.minusDays(3).toString(), "door", "Jan", "vorm", "telefoon",
                        "samenvatting", "Kennismaking"))
                .post("/api/plannen/" + plan + "/stakeholders/" + stakeholder + "/contacten"), 201, "id"));
        int versie = als(pm, WACHTWOORD).get("/api/plannen/" + plan + "/stakeholders/" + stakeholder).then()
                .statusCode(200).extract().path("version");
        ids.put("hj", id(als(pm, WACHTWOORD).contentType(ContentType.JSON)
                .body(Map.of("datum", VerstelbareKlok.STANDAARD.minusDays(1).toString(), "aanwezigen", List.of("Els"),
                        "scores", List.of(Map.of("stakeholder", stakeholder, "version", versie, "belang", "hoog",
                                "invloed", "hoog"))))
                .post("/api/plannen/" + plan + "/stakeholderherijkingen"), 201, "id"));
        ids.put("kw", id(als(pm, WACHTWOORD).contentType(ContentType.JSON)
                .body(Map.of("thema", "beleid", "titel", "Een kaart om te verwijderen"))
                .post("/api/plannen/" + plan + "/projectkaarten"), 201, "id"));

        Map<String, Beller> bellers = new LinkedHashMap<>();
        bellers.put("anoniem", new Beller("anoniem", null, null, null, ""));
        bellers.put("geenLid", beller("geenLid", buiten, WACHTWOORD));
        bellers.put("lezer", beller("lezer", lz, WACHTWOORD));
        bellers.put("stuurgroep", beller("stuurgroep", sg, WACHTWOORD));
        bellers.put("projectleider", beller("projectleider", pl, WACHTWOORD));
        bellers.put("projectmanager", beller("projectmanager", pm, WACHTWOORD));
        bellers.put("beheerder", beller("beheerder", BEHEERDER, BEHEERDER_WACHTWOORD));
        return new Opzet(plan, anderPlan, ids, bellers);
    }

    /** The action "verordening vaststellen" (decided per gemeente), found as a member of the plan. */
    private static long verordening(String gebruikersnaam, long plan) {
        return als(gebruikersnaam, WACHTWOORD).get("/api/plannen/" + plan + "/acties").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("$").stream()
                .filter(a -> "verordening vaststellen".equals(a.get("actie")))
                .map(a -> ((Number) a.get("id")).longValue()).findFirst().orElseThrow();
    }

    private static long plan(long projectmanagerId) {
        return id(als(BEHEERDER, BEHEERDER_WACHTWOORD).contentType(ContentType.JSON)
                .body(Map.of("naam", "Toegangsplan " + System.nanoTime(),
                        "gemeenten", List.of("Cranendonck", "Nederweert", "Weert"), "inwerkingtreding", "2022-01-01",
                        "modelstatusOvernemen", false, "projectmanagerId", projectmanagerId))
                .post("/api/plannen"), 201, "id");
    }

    private static long risico(String gebruikersnaam, long plan, String omschrijving) {
        return id(als(gebruikersnaam, WACHTWOORD).contentType(ContentType.JSON)
                .body(Map.of("categorie", "operationeel", "omschrijving", omschrijving, "ingebrachtDoor", "Team"))
                .post("/api/plannen/" + plan + "/risicos"), 201, "id");
    }

    private static Beller beller(String naam, String gebruikersnaam, String wachtwoord) {
        String cookie = Testgebruikers.inloggen(gebruikersnaam, wachtwoord);
        Response account = RestAssured.given().noFilters().auth().none().redirects().follow(false)
                .cookie(Sessiecookie.NAAM, cookie).get("/account");
        assertEquals(200, account.statusCode(), "/account voor " + naam);
        String csrf = Jsoup.parse(account.asString()).selectFirst("input[name=_csrf]").attr("value");
        assertFalse(csrf.isEmpty(), "geen CSRF-token voor " + naam);
        return new Beller(naam, gebruikersnaam, wachtwoord, cookie, csrf);
    }

    static String invullen(String pad, Map<String, Long> ids) {
        String uit = pad;
        // longest names first: {rw} and {rv} before {r}
        for (String naam : ids.keySet().stream().sorted((x, y) -> y.length() - x.length()).toList()) {
            uit = uit.replace("{" + naam + "}", String.valueOf(ids.get(naam)));
        }
        return uit;
    }

    static Response vraag(Beller beller, String methode, String pad, String body) {
        RequestSpecification verzoek = RestAssured.given().noFilters().auth().none().redirects().follow(false);
        boolean api = pad.startsWith("/api");
        if (api) {
            if (!beller.anoniem()) {
                verzoek.auth().preemptive().basic(beller.gebruikersnaam(), beller.wachtwoord());
            }
            if (LEEG_BESTAND.equals(body)) {
                verzoek.multiPart("bestand", "leeg.xlsx", new byte[0], XLSX);
            } else if (body != null) {
                verzoek.contentType(ContentType.JSON).body(body);
            }
        } else {
            if (!beller.anoniem()) {
                verzoek.cookie(Sessiecookie.NAAM, beller.cookie());
            }
            if (LEEG_BESTAND.equals(body)) {
                verzoek.multiPart("_csrf", beller.csrf()).multiPart("stap", "controleren")
                        .multiPart("bestand", "leeg.xlsx", new byte[0], XLSX);
            } else if (!methode.equals("GET")) {
                verzoek.contentType(ContentType.URLENC).formParam("_csrf", beller.csrf());
            }
        }
        return verzoek.request(methode, pad);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tabel")
    void eachCallerGetsTheStatusTheRoleTableGives(Rij rij) {
        Opzet opzet = opzet();
        String pad = invullen(rij.pad(), opzet.ids());
        List<String> afwijkingen = new ArrayList<>();
        for (int i = 0; i < BELLERS.size(); i++) {
            Beller beller = opzet.bellers().get(BELLERS.get(i));
            Response antwoord = vraag(beller, rij.methode(), pad, rij.body());
            int verwacht = rij.verwacht()[i];
            if (antwoord.statusCode() != verwacht) {
                String inhoud = antwoord.asString();
                afwijkingen.add(beller.naam() + ": verwacht " + verwacht + ", kreeg " + antwoord.statusCode() + " "
                        + inhoud.substring(0, Math.min(200, inhoud.length())).replaceAll("\\s+", " "));
                continue;
            }
            if (verwacht == 302 || verwacht == 303) {
                String naar = antwoord.header("Location");
                if (beller.anoniem() && (naar == null || !naar.replaceFirst("^https?://[^/]+", "")
                        .startsWith("/inloggen"))) {
                    afwijkingen.add(beller.naam() + ": doorverwezen naar " + naar + " in plaats van /inloggen");
                }
            }
            if (verwacht == 401 && !"application/problem+json".equals(antwoord.contentType())) {
                afwijkingen.add(beller.naam() + ": 401 zonder problem+json maar " + antwoord.contentType());
            }
        }
        if (!afwijkingen.isEmpty()) {
            fail(rij + " (" + pad + ")\n  " + String.join("\n  ", afwijkingen));
        }
    }

    /** Every operation of the JSON API (its OpenAPI document) has a row, so a new endpoint cannot go untested. */
    @Test
    void theTableHasARowForEveryOperationOfTheApi() {
        JsonPath openapi = RestAssured.given().noFilters().auth().none().accept(ContentType.JSON)
                .get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paden = openapi.getMap("paths");
        Set<String> inDocument = new TreeSet<>();
        paden.forEach((pad, operaties) -> operaties.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> inDocument.add(m.toUpperCase() + " " + pad.replaceAll("\\{[^}]+}", "{}"))));
        Set<String> inTabel = tabel().map(r -> r.methode() + " " + r.pad().replaceAll("\\{[^}]+}", "{}"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> ontbreekt = new TreeSet<>(inDocument);
        ontbreekt.removeAll(inTabel);
        assertTrue(ontbreekt.isEmpty(), "operaties zonder rij in de tabel: " + ontbreekt);
        assertTrue(inDocument.size() > 40, "operaties in het document: " + inDocument.size());
    }

    @Test
    void thePlanListAndTheStartPageShowOnlyPlansTheCallerHasARoleIn() {
        Opzet opzet = opzet();
        String plan = String.valueOf(opzet.plan());
        String anderPlan = String.valueOf(opzet.anderPlan());
        for (String naam : BELLERS.subList(1, BELLERS.size())) {
            Beller beller = opzet.bellers().get(naam);
            boolean lidVanPlan = !Set.of("geenLid", "beheerder").contains(naam);
            boolean lidVanAnderPlan = naam.equals("geenLid");

            List<String> lijst = vraag(beller, "GET", "/api/plannen", null).then().statusCode(200)
                    .extract().jsonPath().getList("id").stream().map(String::valueOf).toList();
            assertEquals(lidVanPlan, lijst.contains(plan), naam + " in /api/plannen: " + lijst);
            assertEquals(lidVanAnderPlan, lijst.contains(anderPlan), naam + " in /api/plannen: " + lijst);

            Document start = Jsoup.parse(vraag(beller, "GET", "/", null).then().statusCode(200).extract().asString());
            assertEquals(lidVanPlan, !start.select("a[href=/plannen/" + plan + "]").isEmpty(), naam + " op /");
            assertEquals(lidVanAnderPlan, !start.select("a[href=/plannen/" + anderPlan + "]").isEmpty(),
                    naam + " op /");
            assertEquals(lidVanPlan, start.text().contains(naamVan(opzet.plan())), naam + " ziet de naam op /");
        }
    }

    private static String naamVan(long plan) {
        return als(opzet().bellers().get("lezer").gebruikersnaam(), WACHTWOORD).get("/api/plannen/" + plan).then()
                .statusCode(200).extract().path("naam");
    }

    @Test
    void aProjectleiderOfOnePlanGetsNotFoundOnAnother() {
        Opzet opzet = opzet();
        Beller projectleider = opzet.bellers().get("projectleider");
        String ander = "/api/plannen/" + opzet.anderPlan();
        vraag(projectleider, "GET", ander, null).then().statusCode(404);
        vraag(projectleider, "GET", ander + "/acties", null).then().statusCode(404);
        long actieElders = als(opzet.bellers().get("geenLid").gebruikersnaam(), WACHTWOORD)
                .get(ander + "/acties").then().statusCode(200).extract().jsonPath().getLong("[0].id");
        vraag(projectleider, "PATCH", ander + "/acties/" + actieElders, "{\"status\":\"bezig\",\"version\":0}")
                .then().statusCode(404);
        vraag(projectleider, "GET", "/plannen/" + opzet.anderPlan() + "/tijdtafel", null).then().statusCode(404);
        // the refusal of an unknown plan and of someone else's plan look the same
        String onbekend = vraag(projectleider, "GET", "/api/plannen/987654321", null).then().statusCode(404)
                .extract().path("title");
        assertEquals(onbekend, vraag(projectleider, "GET", ander, null).then().extract().path("title"));
    }

    /**
     * A projectmanager of plan A, with every right there, cannot reach a record of plan B by putting its number
     * behind A's path: each lookup is "this record, within that plan", so the answer is 404 and B is unchanged.
     */
    @Test
    void recordsOfAnotherPlanCannotBeReachedThroughYourOwnPlan() {
        Opzet opzet = opzet();
        Beller pm = opzet.bellers().get("projectmanager");
        String eigenaarB = opzet.bellers().get("geenLid").gebruikersnaam();
        long planB = opzet.anderPlan();
        String b = "/api/plannen/" + planB;
        JsonPath actieB = als(eigenaarB, WACHTWOORD).get(b + "/acties/" + verordening(eigenaarB, planB))
                .then().statusCode(200).extract().jsonPath();
        long actieIdB = actieB.getLong("id");
        long stapB = actieB.getLong("stappen[0].id");
        long besluitB = actieB.getLong("besluiten[0].id");
        long risicoB = risico(eigenaarB, planB, "Risico van plan B");
        long reviewB = id(als(eigenaarB, WACHTWOORD).contentType(ContentType.JSON)
                .body(Map.of("datum", VerstelbareKlok.STANDAARD.minusDays(2).toString(), "aanwezigen", List.of("B")))
                .post(b + "/risicoreviews"), 201, "id");
        long lidB = als(eigenaarB, WACHTWOORD).get(b + "/leden").then().statusCode(200).extract().jsonPath()
                .getLong("[0].id");

        Map<String, Long> ids = new LinkedHashMap<>(opzet.ids());
        ids.put("aB", actieIdB);
        ids.put("sB", stapB);
        ids.put("bB", besluitB);
        ids.put("rB", risicoB);
        ids.put("rvB", reviewB);
        ids.put("lB", lidB);
        ids.put("prB", als(eigenaarB, WACHTWOORD).get(b + "/producten").then().statusCode(200).extract().jsonPath()
                .getLong("[0].id"));
        List<String[]> pogingen = List.of(
                new String[]{"GET", "/api/plannen/{p}/acties/{aB}", null},
                new String[]{"PATCH", "/api/plannen/{p}/acties/{aB}", "{\"toelichting\":\"via A\",\"version\":0}"},
                new String[]{"GET", "/api/plannen/{p}/acties/{aB}/historie", null},
                new String[]{"GET", "/api/plannen/{p}/acties/{aB}/besluiten", null},
                new String[]{"PATCH", "/api/plannen/{p}/acties/{a}/stappen/{sB}", "{\"afgevinkt\":true,\"version\":0}"},
                new String[]{"PATCH", "/api/plannen/{p}/acties/{a}/besluiten/{bB}", "{\"status\":\"besloten\",\"version\":0}"},
                new String[]{"GET", "/api/plannen/{p}/producten/{prB}", null},
                new String[]{"PATCH", "/api/plannen/{p}/producten/{prB}", "{\"status\":\"geleverd\",\"version\":0}"},
                new String[]{"GET", "/api/plannen/{p}/producten/{prB}/historie", null},
                new String[]{"GET", "/api/plannen/{p}/risicos/{rB}", null},
                new String[]{"PATCH", "/api/plannen/{p}/risicos/{rB}", "{\"status\":\"vervallen\",\"version\":0}"},
                new String[]{"DELETE", "/api/plannen/{p}/risicos/{rB}", null},
                new String[]{"POST", "/api/plannen/{p}/risicos/{rB}/herstel", null},
                new String[]{"DELETE", "/api/plannen/{p}/risicos/{rB}/cluster", null},
                new String[]{"POST", "/api/plannen/{p}/risicos/{r}/cluster", "{\"in\":" + risicoB + "}"},
                new String[]{"GET", "/api/plannen/{p}/risicoreviews/{rvB}", null},
                new String[]{"PATCH", "/api/plannen/{p}/leden/{lB}", "{\"rol\":\"lezer\",\"version\":0}"},
                new String[]{"DELETE", "/api/plannen/{p}/leden/{lB}", null},
                new String[]{"GET", "/plannen/{p}/acties/{aB}", null},
                new String[]{"POST", "/plannen/{p}/acties/{aB}", null},
                new String[]{"POST", "/plannen/{p}/producten/{prB}", null},
                new String[]{"GET", "/plannen/{p}/risicos/{rB}", null},
                new String[]{"POST", "/plannen/{p}/risicos/{rB}", null},
                new String[]{"POST", "/plannen/{p}/risicos/{rB}/verwijder", null},
                new String[]{"POST", "/plannen/{p}/leden/{lB}/verwijder", null});
        List<String> fouten = new ArrayList<>();
        for (String[] poging : pogingen) {
            Response antwoord = vraag(pm, poging[0], invullen(poging[1], ids), poging[2]);
            if (antwoord.statusCode() != 404) {
                fouten.add(poging[0] + " " + poging[1] + ": " + antwoord.statusCode());
            }
        }
        // a review in A cannot carry a decision on B's risk
        int review = vraag(pm, "POST", "/api/plannen/" + opzet.plan() + "/risicoreviews",
                "{\"datum\":\"" + VerstelbareKlok.STANDAARD.minusDays(1) + "\",\"aanwezigen\":[\"A\"],"
                        + "\"besluiten\":[{\"risico\":" + risicoB + ",\"version\":0,\"status\":\"beheerst\"}]}")
                .statusCode();
        if (review < 400 || review >= 500) {
            fouten.add("POST risicoreview in A met een besluit over risico " + risicoB + " van B: " + review);
        }
        assertTrue(fouten.isEmpty(), "bereikbaar via het eigen plan: " + fouten);

        JsonPath risico = als(eigenaarB, WACHTWOORD).get(b + "/risicos/" + risicoB).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("open", risico.getString("status"));
        assertEquals(0, risico.getInt("version"));
        als(eigenaarB, WACHTWOORD).get(b + "/leden").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(1));
        assertEquals(actieB.getInt("version"), als(eigenaarB, WACHTWOORD).get(b + "/acties/" + actieIdB).then()
                .statusCode(200).extract().jsonPath().getInt("version"));
    }

    @Test
    void aStuurgroepMemberGets403ChangingAnActionAndNothingChanges() {
        Opzet opzet = opzet();
        Beller stuurgroep = opzet.bellers().get("stuurgroep");
        String actie = "/api/plannen/" + opzet.plan() + "/acties/" + opzet.ids().get("a");
        JsonPath voor = vraag(stuurgroep, "GET", actie, null).then().statusCode(200).extract().jsonPath();
        String geldig = "{\"toelichting\":\"door de stuurgroep\",\"version\":" + voor.getInt("version") + "}";
        vraag(stuurgroep, "PATCH", actie, geldig).then().statusCode(403)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                .body("detail", org.hamcrest.Matchers.containsString("stuurgroep"))
                .body("detail", org.hamcrest.Matchers.endsWith("; daarmee mag je acties niet wijzigen."));
        // the same change through the action page's form, with a valid token
        Response pagina = vraag(stuurgroep, "GET", "/plannen/" + opzet.plan() + "/acties/" + opzet.ids().get("a"), null);
        assertEquals(200, pagina.statusCode());
        RequestSpecification formulier = RestAssured.given().noFilters().auth().none().redirects().follow(false)
                .cookie(Sessiecookie.NAAM, stuurgroep.cookie()).contentType(ContentType.URLENC)
                .formParam("_csrf", stuurgroep.csrf()).formParam("toelichting", "door de stuurgroep")
                .formParam("version", String.valueOf(voor.getInt("version")));
        assertEquals(403, formulier.post("/plannen/" + opzet.plan() + "/acties/" + opzet.ids().get("a")).statusCode());
        JsonPath na = vraag(stuurgroep, "GET", actie, null).then().statusCode(200).extract().jsonPath();
        assertEquals(voor.getInt("version"), na.getInt("version"));
        assertEquals(voor.getString("toelichting"), na.getString("toelichting"));
    }

    @Test
    void aLezerCanExportBothWorkbooks() {
        Opzet opzet = opzet();
        Beller lezer = opzet.bellers().get("lezer");
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        for (String pad : List.of("/api/plannen/" + opzet.plan() + "/export/bijlage1.xlsx",
                "/api/plannen/" + opzet.plan() + "/export/risicos.xlsx",
                "/plannen/" + opzet.plan() + "/export/bijlage1.xlsx")) {
            Response antwoord = vraag(lezer, "GET", pad, null);
            assertEquals(200, antwoord.statusCode(), pad);
            assertTrue(antwoord.contentType().startsWith(xlsx), pad + ": " + antwoord.contentType());
            byte[] inhoud = antwoord.asByteArray();
            assertTrue(inhoud.length > 1000 && inhoud[0] == 'P' && inhoud[1] == 'K', pad + " is geen werkmap");
        }
    }

    /**
     * A signed-in member reads the pages with the session cookie only; every download link on the plan's pages must
     * therefore work with that cookie, as the Bijlage 1 button does.
     */
    @Test
    void everyDownloadLinkOnThePagesWorksForASignedInLezer() {
        Opzet opzet = opzet();
        Beller lezer = opzet.bellers().get("lezer");
        List<String> fouten = new ArrayList<>();
        Set<String> gevolgd = new TreeSet<>();
        for (String pagina : List.of("/plannen/" + opzet.plan(), "/plannen/" + opzet.plan() + "/tijdtafel",
                "/plannen/" + opzet.plan() + "/risicos", "/plannen/" + opzet.plan() + "/risicomatrix",
                "/plannen/" + opzet.plan() + "/producten", "/plannen/" + opzet.plan() + "/projectkaarten",
                "/plannen/" + opzet.plan() + "/stakeholders", "/plannen/" + opzet.plan() + "/stuurgroep")) {
            Document document = Jsoup.parse(vraag(lezer, "GET", pagina, null).then().statusCode(200)
                    .extract().asString());
            for (var link : document.select("a[href*=.xlsx]")) {
                String doel = link.attr("href");
                String bestand = doel.substring(doel.lastIndexOf('/') + 1);
                gevolgd.add(bestand.contains("?") ? bestand.substring(0, bestand.indexOf('?')) : bestand);
                int status = RestAssured.given().noFilters().auth().none().redirects().follow(false)
                        .cookie(Sessiecookie.NAAM, lezer.cookie()).get(doel).statusCode();
                if (status != 200) {
                    fouten.add(pagina + " -> " + doel + ": " + status);
                }
            }
        }
        assertTrue(fouten.isEmpty(), "downloadlinks die een aangemelde lezer niet kan openen: " + fouten);
        assertEquals(Set.of("bijlage1.xlsx", "plan.xlsx", "producten.xlsx", "projectkaarten.xlsx", "risicos.xlsx",
                "stakeholders.xlsx", "stuurgroep.xlsx"), gevolgd, "elke export heeft een link op een pagina");
    }
}
