package nl.regiebord.toegang;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import nl.regiebord.api.ApiFout;
import nl.regiebord.api.Invoer;
import nl.regiebord.api.Versieconflict;
import nl.regiebord.gebruiker.Gebruiker;
import nl.regiebord.historie.Historie;

/** Who is a member of a plan and with which role. A plan always keeps at least one projectmanager. */
@ApplicationScoped
@Transactional
public class Leden {

    static final Set<String> ALLEEN_LEZEN = Set.of("id", "gebruikersnaam", "naam", "planId");

    @Inject
    Historie historie;

    public List<Lidmaatschap> van(Long planId) {
        return Lidmaatschap.vanPlan(planId);
    }

    /** The active users who are not yet a member of the plan and can be added, by name. */
    public List<Gebruiker> kandidaten(Long planId) {
        return Gebruiker.list("actief = true and id not in "
                + "(select l.gebruiker.id from Lidmaatschap l where l.planId = ?1) order by naam", planId);
    }

    /** The projectmanagers' names per plan id, for the list of all plans. */
    public static java.util.Map<Long, String> projectmanagersPerPlan() {
        return Lidmaatschap.<Lidmaatschap>list("rol = ?1 order by gebruiker.naam", Rol.PROJECTMANAGER).stream()
                .collect(java.util.stream.Collectors.groupingBy(l -> l.planId, java.util.stream.Collectors.mapping(
                        l -> l.gebruiker.naam, java.util.stream.Collectors.joining(", "))));
    }

    public Lidmaatschap voegToe(Long planId, Gebruiker gebruiker, Rol rol) {
        Lidmaatschap lid = new Lidmaatschap();
        lid.planId = planId;
        lid.gebruiker = gebruiker;
        lid.rol = rol;
        lid.persist();
        historie.leg(planId, Historie.PLAN, planId, "lid " + gebruiker.naam, null, rol, null);
        return lid;
    }

    /** {"gebruikerId": 12} or {"gebruikersnaam": "jvries"}, and {"rol": "projectleider"}. */
    public Lidmaatschap voegToe(Long planId, Invoer invoer) {
        invoer.alleen(Set.of("gebruikerId", "gebruikersnaam", "rol"), Invoer.metVersie(ALLEEN_LEZEN));
        Long gebruikerId = invoer.getal("gebruikerId", false);
        String gebruikersnaam = invoer.tekst("gebruikersnaam", false, 100);
        Rol rol = invoer.keuze("rol", Rol.class, true);
        Gebruiker gebruiker = null;
        if (gebruikerId != null) {
            gebruiker = Gebruiker.findById(gebruikerId);
            if (gebruiker == null || !gebruiker.actief) {
                invoer.fout("gebruikerId", "er is geen actieve gebruiker met nummer " + gebruikerId);
            }
        } else if (gebruikersnaam != null) {
            gebruiker = Gebruiker.metNaam(gebruikersnaam).filter(g -> g.actief).orElse(null);
            if (gebruiker == null) {
                invoer.fout("gebruikersnaam", "er is geen actieve gebruiker '" + gebruikersnaam + "'");
            }
        } else {
            invoer.fout("gebruikersnaam", "vul de gebruikersnaam (of het gebruikerId) in van wie je toevoegt");
        }
        invoer.controleer();
        if (Lidmaatschap.isLid(planId, gebruiker)) {
            throw ApiFout.regel(gebruiker.naam + " is al lid van dit plan; wijzig de rol in de ledenlijst.");
        }
        Lidmaatschap lid = voegToe(planId, gebruiker, rol);
        lid.flush();
        return lid;
    }

    public Lidmaatschap wijzig(Long planId, Long lidId, Invoer invoer) {
        Lidmaatschap lid = vind(planId, lidId);
        invoer.alleen(Set.of("rol"), ALLEEN_LEZEN);
        long versie = invoer.versie();
        Rol rol = invoer.keuze("rol", Rol.class, true);
        invoer.controleer();
        if (versie != lid.version) {
            throw ApiFout.versieConflict(LidJson.van(lid));
        }
        if (lid.rol == Rol.PROJECTMANAGER && rol != Rol.PROJECTMANAGER) {
            houdProjectmanager(planId, lid);
        }
        historie.leg(planId, Historie.PLAN, planId, "lid " + lid.gebruiker.naam, lid.rol, rol, null);
        lid.rol = rol;
        Versieconflict.schrijfOfWeiger(() -> LidJson.van(Lidmaatschap.findById(lidId)));
        return lid;
    }

    public void verwijder(Long planId, Long lidId) {
        Lidmaatschap lid = vind(planId, lidId);
        if (lid.rol == Rol.PROJECTMANAGER) {
            houdProjectmanager(planId, lid);
        }
        historie.leg(planId, Historie.PLAN, planId, "lid " + lid.gebruiker.naam, lid.rol, null, null);
        lid.delete();
    }

    public Lidmaatschap vind(Long planId, Long lidId) {
        Lidmaatschap lid = lidId == null ? null : Lidmaatschap.findById(lidId);
        if (lid == null || !lid.planId.equals(planId)) {
            throw ApiFout.nietGevonden("Plan " + planId + " heeft geen lid met nummer " + lidId + ".");
        }
        return lid;
    }

    private static void houdProjectmanager(Long planId, Lidmaatschap lid) {
        long anderen = Lidmaatschap.aantalAnderenMetRol(planId, Rol.PROJECTMANAGER, lid.id);
        if (anderen == 0) {
            throw ApiFout.regel("Een plan houdt minstens één projectmanager. Maak eerst iemand anders "
                    + "projectmanager.");
        }
    }
}
