package nl.regiebord.stuurgroep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regiebord.actie.ActieWeergave;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.VeldFout;
import nl.regiebord.export.XlsxStroom;
import nl.regiebord.pagina.Formulier;
import nl.regiebord.pagina.Formulierfout;
import nl.regiebord.pagina.Paginas;
import nl.regiebord.plan.Plan;
import nl.regiebord.plan.Plannen;
import nl.regiebord.toegang.Ledenlijst;
import nl.regiebord.toegang.Recht;
import nl.regiebord.toegang.Toegestaan;
import nl.regiebord.transactie.AlleenLezen;

/**
 * The meeting view: what changed since the last meeting, on one screen, for the stuurgroep. Below it the form that
 * freezes the meeting with its decisions and actiepunten, and the meetings held before, each opened as it was.
 */
@Path("/plannen/{planId}/stuurgroep")
@Produces(MediaType.TEXT_HTML)
public class StuurgroepPagina {

    static final int ACTIEPUNTRIJEN = 5;
    private static final Pattern ACTIEPUNTVELD = Pattern.compile("actiepunten\\[(\\d+)](.*)");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance stuurgroep(Plan plan, StuurgroepJson overzicht, VergaderingJson vergadering,
                                                  List<VergaderingJson> vergaderingen, Vergaderformulier formulier,
                                                  Formulierfout fout);

        static native TemplateInstance pakket(Plan plan, StuurgroepJson overzicht, VergaderingJson vergadering);
    }

    /** The meeting form as shown: empty, or as it was posted after a refusal. */
    public record Vergaderformulier(String datum, String sinds, List<String> leden, List<String> aanwezig,
                                    String gasten, String besluiten, String notitie, List<Actiepuntrij> rijen,
                                    List<Themakeuze> themas) {
    }

    /** One actiepunt row; its fields carry the API's names ("actiepunten[0].actie"), so a refusal finds its field. */
    public record Actiepuntrij(int nr, String actie, String thema, String verantwoordelijke, String deadline) {

        public String naam(String veld) {
            return "actiepunten[" + (nr - 1) + "]." + veld;
        }
    }

    public record Themakeuze(String sleutel, String naam) {
    }

    @Inject
    Stuurgroepoverzicht overzicht;
    @Inject
    VergaderingService vergaderingen;
    @Inject
    ActieWeergave acties;
    @Inject
    Ledenlijst ledenlijst;
    @Inject
    Pakketten pakketten;
    @Inject
    Clock klok;

    @Toegestaan(Recht.LEZEN)
    @GET
    @AlleenLezen
    public String stuurgroep(@PathParam("planId") Long planId, @QueryParam("sinds") String sinds) {
        Plan plan = Plannen.vind(planId);
        StuurgroepJson beeld = overzicht.van(plan, sinds);
        return Templates.stuurgroep(plan, beeld, null, lijst(plan), leeg(plan, beeld.sinds()), Formulierfout.geen())
                .render();
    }

    @Toegestaan(Recht.LEZEN)
    @GET
    @Path("vergaderingen/{vergaderingId}")
    @AlleenLezen
    public String vergadering(@PathParam("planId") Long planId, @PathParam("vergaderingId") Long vergaderingId) {
        Plan plan = Plannen.vind(planId);
        Vergadering v = vergaderingen.vind(planId, vergaderingId);
        return Templates.stuurgroep(plan, vergaderingen.overzichtVan(v), vergaderingen.alsJson(v, false), lijst(plan),
                null, Formulierfout.geen()).render();
    }

    @Toegestaan(Recht.EXPORTEREN)
    @GET
    @Path("pakket.pdf")
    @Produces(Vergaderpakket.MEDIA_TYPE)
    @AlleenLezen
    public Response pakket(@PathParam("planId") Long planId, @QueryParam("sinds") String sinds) {
        return pakketten.nu(planId, sinds);
    }

    @Toegestaan(Recht.EXPORTEREN)
    @GET
    @Path("vergaderingen/{vergaderingId}/pakket.pdf")
    @Produces(Vergaderpakket.MEDIA_TYPE)
    @AlleenLezen
    public Response pakketVanVergadering(@PathParam("planId") Long planId,
                                         @PathParam("vergaderingId") Long vergaderingId) {
        return pakketten.van(planId, vergaderingId);
    }

    @Toegestaan(Recht.EXPORTEREN)
    @GET
    @Path("stuurgroep.xlsx")
    @Produces(XlsxStroom.MEDIA_TYPE)
    @AlleenLezen
    public Response werkmap(@PathParam("planId") Long planId, @QueryParam("sinds") String sinds) {
        return pakketten.werkmapNu(planId, sinds);
    }

    @Toegestaan(Recht.EXPORTEREN)
    @GET
    @Path("vergaderingen/{vergaderingId}/stuurgroep.xlsx")
    @Produces(XlsxStroom.MEDIA_TYPE)
    @AlleenLezen
    public Response werkmapVanVergadering(@PathParam("planId") Long planId,
                                          @PathParam("vergaderingId") Long vergaderingId) {
        return pakketten.werkmapVan(planId, vergaderingId);
    }

    @Toegestaan(Recht.VERGADERING_VASTLEGGEN)
    @POST
    @Path("vergaderingen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response legVast(@PathParam("planId") Long planId, MultivaluedMap<String, String> velden) {
        Formulier formulier = Formulier.van(velden).tekst("datum", "notitie", "sinds");
        ObjectNode json = formulier.json();
        ArrayNode aanwezigen = json.putArray("aanwezigen");
        velden.getOrDefault("aanwezig", List.of()).forEach(aanwezigen::add);
        regels(formulier.waarde("gasten")).forEach(aanwezigen::add);
        List<String> besluiten = regels(formulier.waarde("besluiten"));
        if (!besluiten.isEmpty()) {
            ArrayNode lijst = json.putArray("besluiten");
            besluiten.forEach(lijst::add);
        }
        // only the rows something was typed in; a refusal is told at the row it came from
        List<Integer> rijVan = new ArrayList<>();
        ArrayNode punten = json.putArray("actiepunten");
        for (Actiepuntrij rij : gepost(formulier)) {
            if (isLeeg(rij.actie()) && isLeeg(rij.verantwoordelijke()) && isLeeg(rij.deadline())) {
                continue;
            }
            ObjectNode punt = punten.addObject();
            zet(punt, "actie", rij.actie());
            zet(punt, "thema", rij.thema());
            zet(punt, "verantwoordelijke", rij.verantwoordelijke());
            zet(punt, "deadline", rij.deadline());
            rijVan.add(rij.nr() - 1);
        }
        return Paginas.verwerk(formulier, "vergadering", () -> {
            Vergadering v;
            try {
                v = vergaderingen.leg(planId, json);
            } catch (ApiFout fout) {
                throw naarRijen(fout, rijVan);
            }
            return Paginas.naar("/plannen/" + planId + "/stuurgroep/vergaderingen/" + v.id);
        }, fout -> {
            Plan plan = Plannen.vind(planId);
            StuurgroepJson beeld = overzicht.van(plan, null);
            List<String> namen = ledenVan(plan);
            Vergaderformulier terug = new Vergaderformulier(waarde(formulier, "datum"), waarde(formulier, "sinds"),
                    namen, velden.getOrDefault("aanwezig", List.of()).stream().filter(namen::contains).toList(),
                    waarde(formulier, "gasten"), waarde(formulier, "besluiten"), waarde(formulier, "notitie"),
                    gepost(formulier), themas());
            return Templates.stuurgroep(plan, beeld, null, lijst(plan), terug, fout);
        });
    }

    private List<VergaderingJson> lijst(Plan plan) {
        return vergaderingen.lijst(plan.id);
    }

    private Vergaderformulier leeg(Plan plan, LocalDate sinds) {
        List<Actiepuntrij> rijen = new ArrayList<>();
        for (int i = 1; i <= ACTIEPUNTRIJEN; i++) {
            rijen.add(new Actiepuntrij(i, "", "", "", ""));
        }
        return new Vergaderformulier(LocalDate.now(klok).toString(), sinds.toString(), ledenVan(plan), List.of(), "",
                "", "", rijen, themas());
    }

    private static List<Actiepuntrij> gepost(Formulier formulier) {
        List<Actiepuntrij> rijen = new ArrayList<>();
        for (int i = 1; i <= ACTIEPUNTRIJEN; i++) {
            Actiepuntrij leeg = new Actiepuntrij(i, "", "", "", "");
            rijen.add(new Actiepuntrij(i, waarde(formulier, leeg.naam("actie")), waarde(formulier, leeg.naam("thema")),
                    waarde(formulier, leeg.naam("verantwoordelijke")), waarde(formulier, leeg.naam("deadline"))));
        }
        return rijen;
    }

    /** The API numbers the actiepunten it was given; the page numbers its rows, empty ones included. */
    private static ApiFout naarRijen(ApiFout fout, List<Integer> rijVan) {
        if (fout.velden() == null) {
            return fout;
        }
        List<VeldFout> velden = new ArrayList<>();
        for (VeldFout v : fout.velden()) {
            Matcher m = ACTIEPUNTVELD.matcher(v.veld());
            int index = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            velden.add(index >= 0 && index < rijVan.size()
                    ? new VeldFout("actiepunten[" + rijVan.get(index) + "]" + m.group(2), v.melding(), v.toegestaan())
                    : v);
        }
        return new ApiFout(fout.status(), fout.getMessage(), velden, fout.huidig());
    }

    private List<Themakeuze> themas() {
        return acties.model().themas().stream().map(t -> new Themakeuze(t.sleutel(), t.naam())).toList();
    }

    private List<String> ledenVan(Plan plan) {
        return ledenlijst.namen(plan.id);
    }

    private static List<String> regels(String tekst) {
        return tekst == null ? List.of() : tekst.lines().map(String::strip).filter(r -> !r.isEmpty()).toList();
    }

    private static String waarde(Formulier formulier, String veld) {
        String w = formulier.waarde(veld);
        return w == null ? "" : w;
    }

    private static boolean isLeeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }

    private static void zet(ObjectNode punt, String veld, String waarde) {
        if (!isLeeg(waarde)) {
            punt.put(veld, waarde.strip());
        }
    }
}
