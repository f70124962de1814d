package nl.regiebord.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import nl.regiebord.historie.Historie;

/**
 * Deleting and restoring a register entry: deleting only marks it, so it stays listed with
 * {@code verwijderd=true} and can be restored; both steps go into its history and its stand.
 */
@ApplicationScoped
public class Prullenbak {

    @Inject
    Historie historie;

    /** Marks the entry deleted; an entry deleted already stays as it is. */
    public <E extends Registeritem> void verwijder(String onderwerp, E item, Standen<E, ?> standen) {
        if (item.verwijderd) {
            return;
        }
        historie.leg(item.plan.id, onderwerp, item.id, "verwijderd", false, true, null);
        item.verwijderd = true;
        standen.leg(item);
        item.flush();
    }

    /**
     * Restores a deleted entry; {@code regels} first checks the feature's rules (it throws to refuse), and
     * {@code terug} repairs what changed around the entry while it was gone. An entry not deleted stays as it is.
     */
    public <E extends Registeritem> void herstel(String onderwerp, E item, Standen<E, ?> standen, Consumer<E> regels,
                                                Consumer<E> terug) {
        if (!item.verwijderd) {
            return;
        }
        regels.accept(item);
        historie.leg(item.plan.id, onderwerp, item.id, "verwijderd", true, false, null);
        item.verwijderd = false;
        terug.accept(item);
        standen.leg(item);
        item.flush();
    }
}
