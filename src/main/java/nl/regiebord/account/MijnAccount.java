package nl.regiebord.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.regiebord.gebruiker.Gebruiker;
import nl.regiebord.security.HuidigeGebruiker;
import nl.regiebord.toegang.Lidmaatschap;

/** The signed-in user's own account: who they are and in which plans they hold which role. */
@ApplicationScoped
public class MijnAccount {

    public record MijnPlan(Long planId, String plan, String rol) {
    }

    /** @param wachtwoordWijzigen still on a password the beheerder gave: it must be changed before anything else */
    public record Mij(Long id, String gebruikersnaam, String naam, String email, boolean beheerder,
                      boolean wachtwoordWijzigen, List<MijnPlan> plannen) {
    }

    @Inject
    HuidigeGebruiker huidige;

    public Mij mij() {
        Gebruiker gebruiker = Gebruiker.findById(huidige.vereist().id());
        List<MijnPlan> plannen = Lidmaatschap.plannenMetRolVan(gebruiker.id).stream()
                .map(p -> new MijnPlan(p.planId(), p.planNaam(), p.rol().tekst())).toList();
        return new Mij(gebruiker.id, gebruiker.gebruikersnaam, gebruiker.naam, gebruiker.email, gebruiker.beheerder,
                gebruiker.tijdelijkWachtwoordTot != null, plannen);
    }
}
